import { isAuthError, isThrottling, VodApiError } from './errors.js';

export interface RetryPolicy {
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 4, baseDelayMs: 200, maxDelayMs: 5_000 };

/**
 * Whether attempt `attempt` (1-based) that failed with `error` should be tried again.
 * Idempotent calls retry throttling, 5xx and network failures. Non-idempotent calls retry only
 * what proves the action did not run: throttling (refused at the gateway) and refused connections.
 */
export function shouldRetry(error: unknown, attempt: number, idempotent: boolean, policy: RetryPolicy): boolean {
  if (attempt >= policy.maxAttempts) return false;
  if (!(error instanceof VodApiError)) return false;
  if (isAuthError(error.code)) return false;
  if (isThrottling(error.code)) return true;
  if (error.code === 'ConnectionRefused') return true;
  if (!idempotent) return false;
  return error.transient;
}

/** Exponential backoff with full jitter, capped. `random` is injected for tests. */
export function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(random() * ceiling);
}
