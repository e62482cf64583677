import { MemoryStore } from './memory.js';
import type { SharedStore, StoreLog } from './types.js';

export { MemoryStore } from './memory.js';
export { SharedRateLimiter } from './shared-limiter.js';
export { localConsumedTokens, sharedConsumedTokens } from './confirmations.js';
export type { SharedStore, StoreLog } from './types.js';

export interface StoreOptions {
  /** --redis: undefined keeps everything in this process. */
  readonly redisUrl: string | undefined;
  readonly prefix: string;
  readonly log: StoreLog;
  /** Registers a secret with the logger's redaction (the URL, its password). */
  readonly addSecret: (secret: string) => void;
}

/** The in-memory store, or (with --redis) the Redis one; ioredis is loaded only then, so cold start is unaffected. */
export async function openStore(options: StoreOptions): Promise<SharedStore> {
  if (!options.redisUrl) return new MemoryStore();
  for (const secret of urlSecrets(options.redisUrl)) options.addSecret(secret);
  const { openRedisStore } = await import('./redis.js');
  return openRedisStore({ url: options.redisUrl, prefix: options.prefix, log: options.log });
}

function urlSecrets(url: string): string[] {
  const secrets = [url];
  try {
    const parsed = new URL(url);
    if (parsed.password) secrets.push(parsed.password, decodeURIComponent(parsed.password));
    if (parsed.username && parsed.password) secrets.push(`${parsed.username}:${parsed.password}`);
  } catch {
    // The whole URL is registered already.
  }
  return secrets;
}
