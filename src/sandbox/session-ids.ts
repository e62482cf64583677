import type { ActionContext } from './action-context.js';
import { invalidParameter } from './errors.js';

const DAY_MS = 86_400_000;

/** The metadata's deduplication windows: a repeated SessionId within them is refused. */
export const SESSION_WINDOWS_MS: Readonly<Record<string, number>> = {
  SubmitTranscodeJobs: 7 * DAY_MS,
  UploadMediaByURL: 10 * 60_000,
};

/**
 * Records the request's SessionId (1-50 letters, digits, '-', '_'), refusing one this action already saw within its
 * window. Call it once the request is otherwise valid, so a refused request does not use the ID up. The error code
 * is invented (the metadata names none).
 */
export function claimSessionId(context: ActionContext): void {
  const sessionId = context.str('SessionId');
  const windowMs = SESSION_WINDOWS_MS[context.action];
  if (sessionId === undefined || windowMs === undefined) return;
  if (!/^[A-Za-z0-9_-]{1,50}$/.test(sessionId)) throw invalidParameter('SessionId', 'It must be 1-50 letters, digits, - or _.');
  const seen = context.state.slice<Record<string, number>>('sessionIds', () => ({}));
  const key = `${context.action}:${sessionId}`;
  const now = context.clock.now();
  const previous = seen[key];
  if (previous !== undefined && now - previous < windowMs) throw invalidParameter('SessionId', 'A request with this SessionId was already sent; it was not repeated.');
  seen[key] = now;
}
