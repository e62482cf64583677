import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { MemoryStore, SharedRateLimiter, type SharedStore } from '../../src/store/index.js';
import { CLI } from '../helpers/mcp-client.js';

describe('MemoryStore', () => {
  it('consumeOnce is true once per key until its TTL passes', async () => {
    let now = 0;
    const store = new MemoryStore({ now: () => now });
    expect(await store.consumeOnce('n', 1_000)).toBe(true);
    expect(await store.consumeOnce('n', 1_000)).toBe(false);
    now = 1_000;
    expect(await store.consumeOnce('n', 1_000)).toBe(true);
  });

  it('take returns a value to one caller only; entries expire and are bounded', async () => {
    let now = 0;
    const store = new MemoryStore({ now: () => now, maxEntries: 2 });
    await store.put('a', '1', 100);
    expect(await Promise.all([store.take('a'), store.take('a')])).toEqual(['1', undefined]);
    await store.put('b', '2', 100);
    now = 100;
    expect(await store.get('b')).toBeUndefined();
    for (const key of ['c', 'd', 'e']) await store.put(key, key, 1_000);
    expect([await store.get('c'), await store.get('d'), await store.get('e')]).toEqual([undefined, 'd', 'e']);
  });
});

describe('MemoryStore leases', () => {
  it('one owner at a time; only the owner renews or releases; an unrenewed lease ends by itself', async () => {
    let now = 0;
    const store = new MemoryStore({ now: () => now });
    expect(await store.acquireLease('run', 'a', 1_000)).toBe(true);
    expect(await store.acquireLease('run', 'b', 1_000)).toBe(false);
    expect(await store.get('run')).toBe('a');
    await store.releaseLease('run', 'b');
    expect(await store.renewLease('run', 'b', 1_000)).toBe(false);
    now = 900;
    expect(await store.renewLease('run', 'a', 1_000)).toBe(true);
    now = 1_800;
    expect(await store.acquireLease('run', 'b', 1_000)).toBe(false);
    now = 1_900;
    // Expired: a's renewal is refused (it lost the lease), and b can take it.
    expect(await store.renewLease('run', 'a', 1_000)).toBe(false);
    expect(await store.acquireLease('run', 'b', 1_000)).toBe(true);
    await store.releaseLease('run', 'a');
    expect(await store.get('run')).toBe('b');
    await store.releaseLease('run', 'b');
    expect(await store.get('run')).toBeUndefined();
  });
});

describe('SharedRateLimiter', () => {
  const lines: string[] = [];
  const log = { warn: (line: string) => void lines.push(`warn ${line}`), info: (line: string) => void lines.push(`info ${line}`) };

  it('waits as long as the store says, then takes the slot', async () => {
    const waits = [250, 0];
    const store = { rateSlot: async () => waits.shift()! } as unknown as SharedStore;
    const slept: number[] = [];
    const limiter = new SharedRateLimiter({ store, qpsFor: () => 10, replicas: 3, log, sleep: async (ms) => void slept.push(ms) });
    await limiter.acquire('GetVideoInfo');
    expect(slept).toEqual([250]);
  });

  it('while the store is down: a local share of the limit (qps / replicas), logged once; logged again when back', async () => {
    lines.length = 0;
    let down = true;
    const store = { rateSlot: async () => (down ? Promise.reject(new Error('connection refused')) : 0) } as unknown as SharedStore;
    const slept: number[] = [];
    const limiter = new SharedRateLimiter({ store, qpsFor: () => 6, replicas: 3, log, sleep: async (ms) => void slept.push(ms) });
    // A share of 2 QPS bursts 1: the first passes, the second waits about half a second.
    await limiter.acquire('SearchMedia');
    await limiter.acquire('SearchMedia');
    expect(slept.length).toBeGreaterThan(0);
    expect(slept[0]).toBeGreaterThan(400);
    expect(lines.filter((line) => line.startsWith('warn'))).toHaveLength(1);
    expect(lines[0]).toMatch(/unreachable \(connection refused\).*local share.*1\/3/);
    down = false;
    await limiter.acquire('SearchMedia');
    expect(lines.at(-1)).toMatch(/^info .*back/);
  });

  it('does not limit actions without a published limit', async () => {
    const store = { rateSlot: async () => Promise.reject(new Error('never asked')) } as unknown as SharedStore;
    await new SharedRateLimiter({ store, qpsFor: () => undefined, replicas: 3, log }).acquire('UploadMediaByURL');
  });
});

describe('--redis configuration', () => {
  const run = (args: string[], env: Record<string, string> = {}) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', input: '', env: { PATH: process.env.PATH ?? '', HOME: '/nonexistent', ...env } });

  it('refuses to start without a shared VOD_MCP_CONFIRM_KEY', () => {
    const answer = run(['--sandbox', '--redis', 'redis://:s3cret-password@127.0.0.1:1']);
    expect(answer.status).toBe(2);
    expect(answer.stderr).toMatch(/set VOD_MCP_CONFIRM_KEY \(the same secret of 16\+ characters on every replica\)/);
    expect(answer.stderr).not.toContain('s3cret-password');
  });

  it('a malformed URL is refused without echoing it (it may hold a password)', () => {
    const answer = run(['--sandbox'], { VOD_MCP_REDIS_URL: 'http://user:s3cret-password@host' });
    expect(answer.status).toBe(2);
    expect(answer.stderr).toMatch(/--redis must be a URL like redis:\/\/HOST:6379/);
    expect(answer.stderr).not.toContain('s3cret-password');
  });
});
