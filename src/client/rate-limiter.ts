/**
 * Client-side token buckets, one per action, sized from the per-account QPS table (spec chapter 2),
 * so the server spaces out bursts itself instead of collecting Throttling.User errors.
 */
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
    for (;;) {
      const bucket = this.refill(action, qps);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return;
      }
      await this.sleep(Math.ceil(((1 - bucket.tokens) / qps) * 1000));
    }
  }

  private refill(action: string, qps: number): { tokens: number; updatedAt: number } {
    const now = this.now();
    const bucket = this.buckets.get(action) ?? { tokens: qps, updatedAt: now };
    bucket.tokens = Math.min(qps, bucket.tokens + ((now - bucket.updatedAt) / 1000) * qps);
    bucket.updatedAt = now;
    this.buckets.set(action, bucket);
    return bucket;
  }
}
