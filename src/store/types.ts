/**
 * Shared state of a group of replicas. The in-memory store keeps everything in this process (one instance, the
 * default); the Redis store (`--redis URL`) is shared by every replica pointed at the same Redis and prefix.
 * Keys are namespaced by their users (`confirm:`, `ticket:`, `rate:`, `bulk:`); the store adds its prefix.
 */
export interface SharedStore {
  /** True when every replica of the group sees this same store (Redis); false for the in-memory store. */
  readonly shared: boolean;
  /** `redis` or `memory`, for readiness and logs (never the URL). */
  readonly kind: 'memory' | 'redis';
  /** Marks `key` as spent for `ttlMs`; true for the first caller only (SET NX PX). */
  consumeOnce(key: string, ttlMs: number): Promise<boolean>;
  /** Stores `value` under `key` for `ttlMs`. */
  put(key: string, value: string, ttlMs: number): Promise<void>;
  get(key: string): Promise<string | undefined>;
  /** Reads and deletes `key` atomically (GETDEL): of concurrent callers one gets the value, the others nothing. */
  take(key: string): Promise<string | undefined>;
  /**
   * Takes one request slot of `action`'s account-wide budget (`qps` per second, bursts of `burst`): 0 when granted,
   * else how many ms to wait before asking again (nothing was taken).
   */
  rateSlot(action: string, qps: number, burst: number): Promise<number>;
  /**
   * Takes the lease `key` for `owner` (a random ID of the holder) for `ttlMs` when nobody holds it: true when taken.
   * A lease is a lock that ends by itself when its holder stops renewing it (a crashed replica).
   */
  acquireLease(key: string, owner: string, ttlMs: number): Promise<boolean>;
  /** Extends the lease to `ttlMs` from now if `owner` still holds it; false when it is held by another or by nobody. */
  renewLease(key: string, owner: string, ttlMs: number): Promise<boolean>;
  /** Ends the lease if `owner` holds it (another holder's lease is left alone). */
  releaseLease(key: string, owner: string): Promise<void>;
  /** Resolves when the store answers (Redis PING); rejects otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** What the store logs through (a `Logger` fits). */
export interface StoreLog {
  warn(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
}
