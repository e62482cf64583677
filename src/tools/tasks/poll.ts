import { z } from 'zod';
import type { TaskHost, ToolContext } from '../define-tool.js';

/**
 * The polling loop of the wait tools: look, and while the thing is not done, wait with exponential backoff (under
 * the client's per-action rate limiter, which every look goes through) until the bound; then answer with the
 * current state instead of an error, so the caller can call again.
 */

export interface Backoff {
  readonly initialMs: number;
  readonly maxMs: number;
  readonly factor: number;
}

export const DEFAULT_BACKOFF: Backoff = { initialMs: 1000, maxMs: 10_000, factor: 2 };
/** The bound when no host is given (the server always gives one: --max-wait). */
export const DEFAULT_MAX_WAIT_MS = 45_000;
/** The largest MaxWaitSeconds a call may ask for; the host's bound caps it further. */
export const MAX_WAIT_SECONDS = 600;

export const maxWaitSecondsArgument = () =>
  z
    .number()
    .int()
    .min(0)
    .max(MAX_WAIT_SECONDS)
    .describe('Longest wait of this call in seconds, capped at the server bound (--max-wait). 0: look once. Default: the server bound.');

/** The wait bound of one call: the server's, or the caller's if it is shorter. */
export function waitBoundMs(host: TaskHost | undefined, maxWaitSeconds: number | undefined): number {
  const hostBound = Math.max(0, host?.maxWaitMs ?? DEFAULT_MAX_WAIT_MS);
  return maxWaitSeconds === undefined ? hostBound : Math.min(hostBound, Math.max(0, maxWaitSeconds) * 1000);
}

/** The pause after `previous` (undefined: the first pause). */
export function nextDelay(previous: number | undefined, backoff: Backoff = DEFAULT_BACKOFF): number {
  return previous === undefined ? backoff.initialMs : Math.min(backoff.maxMs, previous * backoff.factor);
}

/** One look at the thing waited for. */
export interface Observation<T> {
  readonly done: boolean;
  /** What the progress messages show, e.g. the API's status. */
  readonly status: string;
  readonly state: T;
  /** Completion in percent, where the API gives one. */
  readonly percent?: number | undefined;
}

export interface PollResult<T> {
  readonly done: boolean;
  readonly state: T;
  readonly status: string;
  readonly elapsedMs: number;
  readonly polls: number;
  /** The client cancelled the call while it waited. */
  readonly aborted: boolean;
}

export interface Timing {
  now(): number;
  /** Resolves after `ms`, or at once when `signal` aborts (never rejects). */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const realTiming: Timing = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve) => {
      if (signal?.aborted) return resolve();
      const done = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      signal?.addEventListener('abort', done, { once: true });
    }),
};

export interface PollOptions {
  readonly boundMs: number;
  /** What is waited for, in progress messages: "video 3f2a...", "Transcode job 9b1c...". */
  readonly label: string;
  readonly signal?: AbortSignal | undefined;
  readonly progress?: ToolContext['progress'];
  readonly backoff?: Backoff;
  readonly timing?: Timing;
}

export async function pollUntilDone<T>(observe: () => Promise<Observation<T>>, options: PollOptions): Promise<PollResult<T>> {
  const timing = options.timing ?? realTiming;
  const start = timing.now();
  const deadline = start + options.boundMs;
  const report = progressReporter(options);
  let delay: number | undefined;
  let polls = 0;
  let previousStatus: string | undefined;
  for (;;) {
    const observation = await observe();
    polls++;
    const elapsedMs = timing.now() - start;
    const result = (done: boolean, aborted = false): PollResult<T> => ({ done, state: observation.state, status: observation.status, elapsedMs: timing.now() - start, polls, aborted });
    if (observation.done) return result(true);
    report(elapsedMs, progressMessage(options.label, observation, previousStatus, elapsedMs));
    previousStatus = observation.status;
    const remaining = deadline - timing.now();
    if (remaining <= 0) return result(false);
    if (options.signal?.aborted) return result(false, true);
    delay = nextDelay(delay, options.backoff);
    await timing.sleep(Math.min(delay, remaining), options.signal);
    if (options.signal?.aborted) return result(false, true);
  }
}

export function progressMessage(label: string, observation: Pick<Observation<unknown>, 'status' | 'percent'>, previousStatus: string | undefined, elapsedMs: number): string {
  const percent = observation.percent === undefined ? '' : ` (${observation.percent}%)`;
  const seconds = Math.round(elapsedMs / 1000);
  if (previousStatus !== undefined && previousStatus !== observation.status) return `${label}: ${previousStatus} -> ${observation.status}${percent} after ${seconds} s`;
  return `${label}: ${observation.status}${percent}, ${seconds} s waited`;
}

/** Progress as seconds waited out of the bound; each notification's value is larger than the last, as MCP requires. */
function progressReporter(options: PollOptions): (elapsedMs: number, message: string) => void {
  const total = Math.round(options.boundMs / 100) / 10;
  let last = -1;
  return (elapsedMs, message) => {
    if (!options.progress) return;
    const value = Math.min(total, Math.round(elapsedMs / 100) / 10);
    if (value <= last) return;
    last = value;
    options.progress(value, total, message);
  };
}

/** Seconds with one decimal, for results. */
export const seconds = (ms: number) => Math.round(ms / 100) / 10;
