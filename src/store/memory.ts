import { TokenBuckets } from './token-buckets.js';
import type { SharedStore } from './types.js';

interface Entry {
  readonly value: string;
  readonly expiresAt: number;
}

export interface MemoryStoreOptions {
  /** Entries at most (default 10,000); past it the oldest is dropped (Infinity: never, for marks that must not be lost). */
  readonly maxEntries?: number;
  readonly now?: () => number;
}

/** The single-process store: a TTL map in this process (the default without --redis). */
export class MemoryStore implements SharedStore {
  readonly shared = false;
  readonly kind = 'memory' as const;
  private readonly entries = new Map<string, Entry>();
  private readonly buckets: TokenBuckets;
  private readonly maxEntries: number;
  private readonly now: () => number;
  private writes = 0;

  constructor(options: MemoryStoreOptions = {}) {
    this.maxEntries = options.maxEntries ?? 10_000;
    this.now = options.now ?? Date.now;
    this.buckets = new TokenBuckets(this.now);
  }

  async consumeOnce(key: string, ttlMs: number): Promise<boolean> {
    if (this.live(key)) return false;
    this.set(key, '1', ttlMs);
    return true;
  }

  async put(key: string, value: string, ttlMs: number): Promise<void> {
    this.set(key, value, ttlMs);
  }

  async get(key: string): Promise<string | undefined> {
    return this.live(key)?.value;
  }

  async take(key: string): Promise<string | undefined> {
    const entry = this.live(key);
    this.entries.delete(key);
    return entry?.value;
  }

  async rateSlot(action: string, qps: number, burst: number): Promise<number> {
    return this.buckets.take(action, qps, burst);
  }

  async acquireLease(key: string, owner: string, ttlMs: number): Promise<boolean> {
    if (this.live(key)) return false;
    this.set(key, owner, ttlMs);
    return true;
  }

  async renewLease(key: string, owner: string, ttlMs: number): Promise<boolean> {
    if (this.live(key)?.value !== owner) return false;
    this.set(key, owner, ttlMs);
    return true;
  }

  async releaseLease(key: string, owner: string): Promise<void> {
    if (this.live(key)?.value === owner) this.entries.delete(key);
  }

  async ping(): Promise<void> {}

  async close(): Promise<void> {
    this.entries.clear();
  }

  private live(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  private set(key: string, value: string, ttlMs: number): void {
    this.entries.delete(key);
    this.entries.set(key, { value, expiresAt: this.now() + ttlMs });
    if (++this.writes % 100 === 0) this.sweep();
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
  }

  private sweep(): void {
    const now = this.now();
    for (const [key, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(key);
  }
}
