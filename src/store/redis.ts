import type { Redis as RedisClient } from 'ioredis';
import type { SharedStore, StoreLog } from './types.js';

/**
 * GCRA (a token bucket in one number) on Redis's own clock, so every replica counts against the same timeline:
 * KEYS[1] holds the theoretical arrival time (ms). ARGV: interval ms (1000 / qps), burst. Returns 0 when the
 * slot is granted, else the ms to wait. Any window of L seconds then holds at most `burst + qps * L` grants.
 */
const GCRA = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
local interval = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
if tat < now then tat = now end
local wait = tat + interval - burst * interval - now
if wait > 0 then return math.ceil(wait) end
local next = tat + interval
redis.call('SET', KEYS[1], string.format('%.3f', next), 'PX', math.ceil(next - now) + 1000)
return 0
`;

/** Lease renewal and release: only while KEYS[1] still holds ARGV[1] (the owner), so a lost lease stays lost. */
const RENEW_LEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0
`;
const RELEASE_LEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`;

type GcraClient = RedisClient & {
  vodMcpGcra(key: string, interval: string, burst: string): Promise<number>;
  vodMcpRenewLease(key: string, owner: string, ttlMs: string): Promise<number>;
  vodMcpReleaseLease(key: string, owner: string): Promise<number>;
};

export interface RedisStoreOptions {
  /** redis://[user:password@]host:port[/db] (a secret: it is never logged). */
  readonly url: string;
  /** Prepended to every key (default `vod-mcp:`), so several groups can share one Redis. */
  readonly prefix: string;
  readonly log: StoreLog;
}

/** The shared store on Redis (ioredis, loaded only with --redis). Commands fail fast while Redis is away; it reconnects on its own. */
export async function openRedisStore(options: RedisStoreOptions): Promise<SharedStore> {
  const { Redis } = await import('ioredis');
  const client = new Redis(options.url, {
    // Fail fast instead of queueing while disconnected: the callers fail closed or fall back at once.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    commandTimeout: 2_000,
    retryStrategy: (times) => Math.min(100 * times, 2_000),
    lazyConnect: true,
  }) as GcraClient;
  client.defineCommand('vodMcpGcra', { numberOfKeys: 1, lua: GCRA });
  client.defineCommand('vodMcpRenewLease', { numberOfKeys: 1, lua: RENEW_LEASE });
  client.defineCommand('vodMcpReleaseLease', { numberOfKeys: 1, lua: RELEASE_LEASE });
  watch(client, options.log);
  client.connect().catch(() => {
    // Logged by watch(); ioredis keeps retrying.
  });
  const key = (name: string) => options.prefix + name;
  const ms = (ttlMs: number) => Math.max(1, Math.ceil(ttlMs));
  return {
    shared: true,
    kind: 'redis',
    consumeOnce: async (name, ttlMs) => (await client.set(key(name), '1', 'PX', ms(ttlMs), 'NX')) === 'OK',
    put: async (name, value, ttlMs) => void (await client.set(key(name), value, 'PX', ms(ttlMs))),
    get: async (name) => (await client.get(key(name))) ?? undefined,
    take: async (name) => (await client.getdel(key(name))) ?? undefined,
    rateSlot: async (action, qps, burst) => Number(await client.vodMcpGcra(key(`rate:${action}`), String(1000 / qps), String(burst))),
    acquireLease: async (name, owner, ttlMs) => (await client.set(key(name), owner, 'PX', ms(ttlMs), 'NX')) === 'OK',
    renewLease: async (name, owner, ttlMs) => Number(await client.vodMcpRenewLease(key(name), owner, String(ms(ttlMs)))) === 1,
    releaseLease: async (name, owner) => void (await client.vodMcpReleaseLease(key(name), owner)),
    ping: async () => void (await client.ping()),
    close: async () => {
      await client.quit().catch(() => client.disconnect());
    },
  };
}

/** Logs connection changes once each (not every retry), without the URL. */
function watch(client: RedisClient, log: StoreLog): void {
  let up = false;
  let reported = false;
  client.on('ready', () => {
    up = true;
    reported = false;
    log.info('redis: connected (shared store ready)');
  });
  client.on('error', (error: Error) => {
    if (reported) return;
    reported = true;
    log.warn(`redis: ${up ? 'connection lost' : 'cannot connect'} (${error.message}); reconnecting, meanwhile confirmations, upload tickets and bulk plans are refused and the rate limiter uses its local share`);
  });
  client.on('end', () => {
    up = false;
  });
  client.on('close', () => {
    if (up && !reported) {
      reported = true;
      log.warn('redis: connection closed; reconnecting');
    }
    up = false;
  });
}
