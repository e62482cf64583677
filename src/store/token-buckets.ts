/**
 * Token buckets by key, in this process: the one implementation behind MemoryStore.rateSlot and the API client's
 * RateLimiter (which differ only in the rate and capacity they ask for).
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  /**
   * Takes one token of `key`'s bucket (refilling at `rate` per second up to `capacity`, full at first): 0 when taken,
   * else how many ms until one is there (nothing was taken).
   */
  take(key: string, rate: number, capacity: number): number {
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: capacity, at: now };
    bucket.tokens = Math.min(capacity, bucket.tokens + ((now - bucket.at) / 1000) * rate);
    bucket.at = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil(((1 - bucket.tokens) / rate) * 1000));
  }
}
