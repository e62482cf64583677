import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { textOf } from '../helpers/mcp-client.js';
import { missingTools, sandboxAdmin, sandboxRequests, sessionsOnEach, startHaproxy, startRedis, startReplica, startSandbox, type Proc, type Replica, type Session } from './cluster.js';

// Bulk plans across a replica group: three replicas behind HAProxy (deploy/haproxy.cfg) sharing one Redis and one
// sandbox. A plan made on r1 runs on r2; while it runs, r3 is refused a second run and reads its progress; the run's
// answer is lost (the client gives up on it) and the rerun on r3 does only what is left; r1 reads the results.

const missing = missingTools();
if (missing.length) process.stderr.write(`test/replicas/bulk-replicas: skipped, ${missing.join(' and ')} not found (apt-get install -y redis-server haproxy)\n`);

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

type Data = Record<string, unknown>;

describe.skipIf(missing.length > 0)('bulk plans across replicas (needs redis-server and haproxy)', () => {
  let redis: { proc: Proc; url: string };
  let sandbox: { proc: Proc; url: string };
  let replicas: Replica[] = [];
  let balancer: { proc: Proc; url: string };
  let on: Map<string, Session>;

  beforeAll(async () => {
    [redis, sandbox] = await Promise.all([startRedis(), startSandbox()]);
    replicas = await Promise.all([1, 2, 3].map(() => startReplica(sandbox.url, redis.url)));
    balancer = await startHaproxy(replicas);
    on = await sessionsOnEach(balancer.url, ['r1', 'r2', 'r3']);
  });
  afterAll(async () => {
    await Promise.all([...(on?.values() ?? [])].map((session) => session.close()));
    await Promise.all([...replicas.map((replica) => replica.proc.kill('SIGKILL')), balancer?.proc.kill(), redis?.proc.kill(), sandbox?.proc.kill()]);
  });

  const call = async (replica: string, name: string, args: Data, options: { signal?: AbortSignal } = {}) => {
    const result = await on.get(replica)!.client.callTool({ name, arguments: args }, undefined, options);
    return { result, data: (result.structuredContent ?? {}) as Data, text: textOf(result) };
  };
  const job = async (replica: string, JobId: string) => {
    const { result, data } = await call(replica, 'get_bulk_job', { JobId });
    expect(result.isError, textOf(result)).toBeFalsy();
    return data;
  };
  /** run_bulk_media on a replica: the preview's token (a 2025 client without elicitation), then the confirmed call. */
  const confirmedRun = async (replica: string, JobId: string, options: { signal?: AbortSignal } = {}) => {
    const preview = await call(replica, 'run_bulk_media', { JobId });
    const token = preview.data.token;
    if (typeof token !== 'string') return preview;
    return call(replica, 'run_bulk_media', { JobId, ConfirmationToken: token }, options);
  };
  const updates = async () => (await sandboxRequests(sandbox.url)).filter((request) => request.action === 'UpdateVideoInfos').length;

  it('plan on r1, run on r2, concurrent run refused on r3, lost answer resumed on r3 without redoing items, results read on r1', async () => {
    const generated = await fetch(`${sandbox.url}/__sandbox/media/generate`, { method: 'POST', body: JSON.stringify({ count: 60 }) });
    expect(generated.ok).toBe(true);
    const planned = await call('r1', 'plan_bulk_media', { Match: "Tags = 'generated'", Operation: 'AddTags', Tags: ['across-replicas'] });
    expect(planned.result.isError, planned.text).toBeFalsy();
    const JobId = planned.data.JobId as string;
    expect(planned.data).toMatchObject({ Total: 60, WouldChange: 60 });
    const before = await updates();

    // Each chunk's re-check (GetVideoInfos) of the first two chunks is slow: the run on r2 is caught in its second chunk.
    await sandboxAdmin(sandbox.url, 'faults', { action: 'GetVideoInfos', kind: 'slow', delayMs: 4_000, times: 2 });
    const giveUp = new AbortController();
    const first = confirmedRun('r2', JobId, { signal: giveUp.signal }).then(
      (outcome) => ({ lost: false, text: outcome.text }),
      (error: unknown) => ({ lost: true, text: String(error) }),
    );
    await waitUntil(async () => (await job('r3', JobId)).Running === true);
    const refused = await confirmedRun('r3', JobId);
    expect(refused.result.isError, refused.text).toBe(true);
    expect(refused.text).toMatch(/already running in another call/);
    // Progress saved by r2 after its first chunk is visible on r3 while the run goes on.
    await waitUntil(async () => (await job('r3', JobId)).Changed === 20);
    expect(await job('r3', JobId)).toMatchObject({ Running: true, Remaining: 40 });

    // The agent gives up on r2's call (its answer never arrives): r2 stops between chunks and frees the plan.
    giveUp.abort();
    expect((await first).lost, (await first).text).toBe(true);
    await waitUntil(async () => (await job('r3', JobId)).Running === false);
    const stoppedAt = (await job('r1', JobId)).Changed as number;
    expect(stoppedAt).toBeGreaterThanOrEqual(20);
    await sandboxAdmin(sandbox.url, 'faults');

    const resumed = await confirmedRun('r3', JobId);
    expect(resumed.result.isError, resumed.text).toBeFalsy();
    expect(resumed.data).toMatchObject({ Total: 60, Changed: 60, Remaining: 0, Failed: 0 });
    // One UpdateVideoInfos per chunk of 20 over both runs: nothing done by r2 was sent again by r3.
    expect((await updates()) - before).toBe(3);

    expect(await job('r1', JobId)).toMatchObject({ Running: false, Changed: 60, Remaining: 0, NextStep: expect.stringMatching(/^Done/) });
    const again = await confirmedRun('r2', JobId);
    expect(again.data).toMatchObject({ Changed: 60, Remaining: 0 });
    expect((await updates()) - before).toBe(3);
  });

  it('Redis down: plans and runs are refused with a clear error (fail closed); back when Redis is', async () => {
    const planned = await call('r1', 'plan_bulk_media', { Match: "Tags = 'odd'", Operation: 'AddTags', Tags: ['while-down'], MaxItems: 5 });
    expect(planned.result.isError, planned.text).toBeFalsy();
    const JobId = planned.data.JobId as string;
    const port = Number(new URL(redis.url).port);
    await redis.proc.kill('SIGKILL');
    const before = await updates();
    for (const attempt of [await confirmedRun('r2', JobId), await call('r3', 'get_bulk_job', { JobId }), await call('r1', 'plan_bulk_media', { Operation: 'AddTags', Tags: ['x'] })]) {
      expect(attempt.result.isError, attempt.text).toBe(true);
      expect(attempt.text).toMatch(/shared store \(Redis\) cannot be reached|shared consumed-token store cannot be reached/);
    }
    expect(await updates()).toBe(before);
    redis = await startRedis(port);
    for (const replica of replicas) await waitUntil(async () => (await fetch(`http://${replica.address}/ready`)).status === 200);
    // Redis restarted empty (no persistence in this test): the plan is gone, and the answer says so.
    const gone = await call('r2', 'get_bulk_job', { JobId });
    expect(gone.text).toMatch(/No bulk plan .* in the shared store/);
  });
});

async function waitUntil(condition: () => Promise<boolean>): Promise<void> {
  for (;;) {
    if (await condition().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
