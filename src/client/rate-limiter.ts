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
  private readonly buckets = new Map<string, { tokens: number; updatedAt: number }>();

  constructor(
    private readonly qpsFor: (action: string) => number | undefined,
    private readonly now: () => number = () => performance.now(),
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  ) {}

  async acquire(action: string): Promise<void> {
    const qps = this.qpsFor(action);
    if (!qps || qps <= 0) return;
    const rate = qps * PACE;
    for (;;) {
      const bucket = this.refill(action, qps, rate);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return;
      }
      await this.sleep(Math.ceil(((1 - bucket.tokens) / rate) * 1000));
    }
  }

  private refill(action: string, capacity: number, rate: number): { tokens: number; updatedAt: number } {
    const now = this.now();
    const bucket = this.buckets.get(action) ?? { tokens: capacity, updatedAt: now };
    bucket.tokens = Math.min(capacity, bucket.tokens + ((now - bucket.updatedAt) / 1000) * rate);
    bucket.updatedAt = now;
    this.buckets.set(action, bucket);
    return bucket;
  }
}
