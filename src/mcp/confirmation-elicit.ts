import type { AnyTool } from '../tools/define-tool.js';

/** A form elicitation with one required boolean: the only shape of question the server asks. */
export interface FormRequest {
  readonly message: string;
  readonly requestedSchema: {
    readonly type: 'object';
    readonly properties: Record<string, { readonly type: 'boolean'; readonly title: string; readonly description: string }>;
    readonly required: string[];
  };
}

export type ElicitOutcome =
  | { readonly kind: 'answer'; readonly action: string; readonly content?: unknown }
  | { readonly kind: 'timeout' }
  | { readonly kind: 'failed'; readonly detail: string };

/** The client connection as confirmation sees it: the server adapts its SDK session to this. */
export interface ConfirmationPeer {
  /** The client declared form elicitation (at initialize on 2025-era connections, per request on 2026-07-28). */
  readonly canElicit: boolean;
  /**
   * Present on a 2026-07-28 request: confirmation is asked in-band (input_required with a sealed request state)
   * instead of by a server-to-client elicitation request.
   */
  readonly multiRoundTrip?: MultiRoundTripPeer | undefined;
  /** Sends the form and waits at most `timeoutMs`; never throws. */
  elicit(request: FormRequest, options: { readonly timeoutMs: number; readonly signal?: AbortSignal | undefined }): Promise<ElicitOutcome>;
  /** Present when the client sent a progress token: a progress notification that keeps its request alive. */
  readonly keepAlive?: ((message: string) => void) | undefined;
}

/** A 2026-07-28 request as confirmation sees it. */
export interface MultiRoundTripPeer {
  /** Who is calling: the bearer token's identity over HTTP, the local user on stdio. */
  readonly principal: string;
  /** The requestState the client echoed (untrusted), if this is a retry. */
  readonly requestState: string | undefined;
  /** The client's answer to the confirmation form in this retry, if any. */
  readonly answer: ElicitOutcome | undefined;
  /** The input_required result that asks the confirmation form and carries the sealed state. */
  ask(request: FormRequest, requestState: string): Record<string, unknown>;
}

export type HumanAnswer = { readonly confirmed: true } | { readonly confirmed: false; readonly why: string };

const FIELD = 'confirm';

/** Progress every tenth of the answer time, between 1 and 15 seconds. */
export function keepAliveInterval(timeoutMs: number): number {
  return Math.min(15_000, Math.max(1_000, Math.floor(timeoutMs / 10)));
}

/** Asks the human; only `accept` with exactly `{ confirm: true }` is a yes. */
export async function askHuman(peer: ConfirmationPeer, tool: AnyTool, message: string, timeoutMs: number, signal: AbortSignal | undefined): Promise<HumanAnswer> {
  const request = confirmationForm(tool, message);
  const waiting = `Waiting for the user to confirm ${tool.name}`;
  const timer = peer.keepAlive ? setInterval(() => peer.keepAlive?.(waiting), keepAliveInterval(timeoutMs)) : undefined;
  try {
    peer.keepAlive?.(waiting);
    return judge(await peer.elicit(request, { timeoutMs, signal }), timeoutMs);
  } finally {
    clearInterval(timer);
  }
}

/** The one form both eras show: the preview as the message, one required boolean. */
export function confirmationForm(tool: AnyTool, message: string): FormRequest {
  return {
    message,
    requestedSchema: {
      type: 'object',
      properties: { [FIELD]: { type: 'boolean', title: `Run ${tool.title}?`, description: 'Tick to confirm. This cannot be undone.' } },
      required: [FIELD],
    },
  };
}

/** The form's key in the input_required request (and so in the client's inputResponses). */
export const CONFIRM_INPUT_KEY = 'confirm';

export function judge(outcome: ElicitOutcome, timeoutMs: number): HumanAnswer {
  if (outcome.kind === 'timeout') return { confirmed: false, why: `no answer came within ${formatDuration(timeoutMs)}` };
  if (outcome.kind === 'failed') return { confirmed: false, why: `the client could not ask the user (${bounded(outcome.detail)})` };
  if (outcome.action === 'decline') return { confirmed: false, why: 'the user declined' };
  if (outcome.action === 'cancel') return { confirmed: false, why: 'the user dismissed the confirmation' };
  if (outcome.action !== 'accept') return { confirmed: false, why: 'the client answered with an unknown action' };
  const content = outcome.content;
  const valid = content !== null && typeof content === 'object' && !Array.isArray(content) && Object.keys(content).length === 1 && typeof (content as Record<string, unknown>)[FIELD] === 'boolean';
  if (!valid) return { confirmed: false, why: 'the client accepted with content that does not match the confirmation form' };
  if ((content as Record<string, unknown>)[FIELD] !== true) return { confirmed: false, why: 'the user did not tick the confirmation' };
  return { confirmed: true };
}

function bounded(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 200 ? `${oneLine.slice(0, 200)}...` : oneLine;
}

function formatDuration(ms: number): string {
  return ms % 60_000 === 0 ? `${ms / 60_000} minute(s)` : `${Math.round(ms / 100) / 10} s`;
}
