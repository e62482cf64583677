import { TokenBuckets } from '../store/token-buckets.js';

/**
 * Client-side token buckets, one per action, sized from the per-account QPS table (spec chapter 2),
 * so the server spaces out bursts itself instead of collecting Throttling.User errors.
 *
 * A bucket holds one second's calls but refills at PACE of the limit: the service counts calls when they arrive, and
 * arrivals bunch up (network and server-side queueing), so calls sent exactly 1/QPS apart are refused now and then.
 * The margin lets the service's own bucket fill back up between calls and absorb that jitter.
 */
export const PACE = 0.9;

export class RateLimiter {
  private readonly buckets: TokenBuckets;

  constructor(
    private readonly qpsFor: (action: string) => number | undefined,
    now: () => number = () => performance.now(),
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  ) {
    this.buckets = new TokenBuckets(now);
  }

  async acquire(action: string): Promise<void> {
    const qps = this.qpsFor(action);
    if (!qps || qps <= 0) return;
    for (;;) {
      const wait = this.buckets.take(action, qps * PACE, qps);
      if (wait <= 0) return;
      await this.sleep(wait);
    }
  }
}
