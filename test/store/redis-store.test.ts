import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfirmationTokens } from '../../src/mcp/confirmation-token.js';
import { openStore, sharedConsumedTokens, type SharedStore } from '../../src/store/index.js';
import { missingTools, startRedis, type Proc } from '../replicas/cluster.js';

const noRedis = missingTools().includes('redis-server');

describe.skipIf(noRedis)('the Redis store (needs redis-server; apt-get install -y redis-server)', () => {
  let redis: { proc: Proc; url: string };
  let store: SharedStore;
  let other: SharedStore;
  const secrets: string[] = [];
  const log = { warn: () => {}, info: () => {} };

  beforeAll(async () => {
    redis = await startRedis();
    store = await openStore({ redisUrl: redis.url, prefix: 'test:', log, addSecret: (secret) => void secrets.push(secret) });
    other = await openStore({ redisUrl: redis.url, prefix: 'test:', log, addSecret: () => {} });
    // Both connect in the background (commands fail fast until then).
    for (const client of [store, other]) {
      while (!(await client.ping().then(() => true, () => false))) await new Promise((resolve) => setTimeout(resolve, 20));
    }
  });
  afterAll(async () => {
    await store?.close();
    await other?.close();
    await redis?.proc.kill();
  });

  it('registers its URL as a secret', () => {
    expect(secrets).toContain(redis.url);
  });

  it('consumeOnce and take are single-winner across two connections', async () => {
    expect(await Promise.all([store.consumeOnce('nonce', 10_000), other.consumeOnce('nonce', 10_000)])).toEqual(expect.arrayContaining([true, false]));
    await store.put('ticket', 'grant', 10_000);
    expect((await Promise.all([store.take('ticket'), other.take('ticket')])).sort()).toEqual(['grant', undefined]);
  });

  it('rateSlot grants the burst, then answers how long to wait, for every replica alike', async () => {
    // 0.01 QPS: one slot per 100 s after a burst of 3, so the 4th ask waits whatever this machine's speed.
    const answers = [];
    for (const client of [store, other, store, other]) answers.push(await client.rateSlot('Slow', 0.01, 3));
    expect(answers.slice(0, 3)).toEqual([0, 0, 0]);
    expect(answers[3]).toBeGreaterThan(90_000);
  });

  it('a lease has one owner across two connections; only its owner renews or releases it; it expires when not renewed', async () => {
    const taken = await Promise.all([store.acquireLease('lease', 'a', 10_000), other.acquireLease('lease', 'b', 10_000)]);
    const owner = taken[0] ? 'a' : 'b';
    expect([...taken].sort()).toEqual([false, true]);
    const stranger = owner === 'a' ? 'b' : 'a';
    expect(await other.renewLease('lease', stranger, 10_000)).toBe(false);
    await other.releaseLease('lease', stranger);
    expect(await store.get('lease')).toBe(owner);
    expect(await other.renewLease('lease', owner, 10_000)).toBe(true);
    await store.releaseLease('lease', owner);
    expect(await other.get('lease')).toBeUndefined();
    expect(await other.acquireLease('short', 'c', 50)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(await store.renewLease('short', 'c', 10_000)).toBe(false);
    expect(await store.acquireLease('short', 'd', 10_000)).toBe(true);
  });

  it('a confirmation token is consumed once across two instances sharing the store', async () => {
    const key = 'shared-confirm-key-0123456789';
    const [a, b] = [store, other].map((shared) => new ConfirmationTokens({ key, store: sharedConsumedTokens(shared) }));
    const { token } = a!.issue('delete_video', { VideoIds: ['v1'] }, 'destructive');
    expect(await b!.redeem('delete_video', { VideoIds: ['v1'] }, token, 'destructive')).toBeUndefined();
    expect(await a!.redeem('delete_video', { VideoIds: ['v1'] }, token, 'destructive')).toMatch(/already used/);
  });
});
