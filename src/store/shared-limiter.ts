import { TokenBuckets } from './token-buckets.js';
import type { SharedStore, StoreLog } from './types.js';

export interface SharedLimiterOptions {
  readonly store: SharedStore;
  /** The account's per-second limit of an action (the QPS table); undefined = unlimited. */
  readonly qpsFor: (action: string) => number | undefined;
  /** How many replicas share the account: while the store is unreachable each one keeps to qps / replicas. */
  readonly replicas: number;
  readonly log: StoreLog;
  readonly sleep?: (ms: number) => Promise<void>;
}

/**
 * The account-wide limiter of a replica group: one GCRA bucket per action in the shared store, so N replicas
 * together send at most the account's QPS. A caller over the budget waits (it is not refused).
 *
 * Bursts are half the per-second limit: a grant leaves Redis some milliseconds before the request reaches the API,
 * and the other half of the bucket absorbs up to 0.5 s of such jitter, so the service's own per-second bucket never
 * sees more than it allows. The sustained rate is the full limit.
 *
 * While the store is unreachable, each replica falls back to a local bucket of its share (qps / replicas) and logs
 * it once; it returns to the shared bucket as soon as the store answers again.
 */
export class SharedRateLimiter {
  private readonly local = new TokenBuckets();
  private readonly sleep: (ms: number) => Promise<void>;
  private degraded = false;

  constructor(private readonly options: SharedLimiterOptions) {
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  async acquire(action: string): Promise<void> {
    const qps = this.options.qpsFor(action);
    if (!qps || qps <= 0) return;
    for (;;) {
      let wait: number;
      try {
        wait = await this.options.store.rateSlot(action, qps, Math.max(1, Math.floor(qps / 2)));
        this.recover();
      } catch (error) {
        this.degrade(error);
        return this.acquireLocally(action, qps / this.options.replicas);
      }
      if (wait <= 0) return;
      await this.sleep(wait);
    }
  }

  private async acquireLocally(action: string, share: number): Promise<void> {
    for (;;) {
      const wait = this.local.take(action, share, Math.max(1, Math.floor(share / 2)));
      if (wait <= 0) return;
      await this.sleep(wait);
    }
  }

  private degrade(error: unknown): void {
    if (this.degraded) return;
    this.degraded = true;
    const reason = error instanceof Error ? error.message : String(error);
    this.options.log.warn(`rate limiter: the shared store is unreachable (${reason}); keeping to a local share of each limit (1/${this.options.replicas}) until it is back`);
  }

  private recover(): void {
    if (!this.degraded) return;
    this.degraded = false;
    this.options.log.info('rate limiter: the shared store is back; per-action buckets are account-wide again');
  }
}
