import { SandboxError } from './errors.js';

/** The service's per-account QPS flow control (spec chapter 2), answering Throttling.User. */
export class QpsThrottle {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  /** Requests refused per action since the start (or the last reset), for tests asserting a client stayed under the limits. */
  private readonly denied = new Map<string, number>();

  constructor(
    private readonly qpsFor: (action: string) => number | undefined,
    private readonly now: () => number = () => performance.now(),
  ) {}

  check(accessKeyId: string, action: string): void {
    const qps = this.qpsFor(action);
    if (!qps) return;
    const key = `${accessKeyId}\u0000${action}`;
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: qps, at: now };
    bucket.tokens = Math.min(qps, bucket.tokens + ((now - bucket.at) / 1000) * qps);
    bucket.at = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens < 1) {
      this.denied.set(action, (this.denied.get(action) ?? 0) + 1);
      throw new SandboxError('Throttling.User', 'Request was denied due to user flow control.', 400);
    }
    bucket.tokens -= 1;
  }

  deniedByAction(): Record<string, number> {
    return Object.fromEntries(this.denied);
  }

  reset(): void {
    this.buckets.clear();
    this.denied.clear();
  }
}
