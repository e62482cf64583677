import { Client as ModernClient, isInputRequiredResult, StreamableHTTPClientTransport as ModernHttpTransport } from '@modelcontextprotocol/client';
import { QPS_PER_ACCOUNT, RateLimiter, staticCredentials, VodClient } from '../../src/client/index.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { textOf } from '../helpers/mcp-client.js';
import {
  connect,
  missingTools,
  REDIS_PASSWORD,
  sandboxAdmin,
  sandboxRequests,
  SANDBOX_KEY,
  sessionsOnEach,
  startHaproxy,
  startRedis,
  startReplica,
  startSandbox,
  type Proc,
  type Replica,
  type Session,
} from './cluster.js';

// Three replicas behind HAProxy (deploy/haproxy.cfg) sharing one Redis and one VOD endpoint (the sandbox, which
// enforces the account's per-action QPS). Needs redis-server and haproxy on PATH; .ci/run installs them.
const missing = missingTools();
if (missing.length) {
  process.stderr.write(
    `test/replicas: skipped, ${missing.join(' and ')} not found. To run it: apt-get install -y redis-server haproxy (Debian/Ubuntu), then npx vitest run test/replicas\n`,
  );
}

vi.setConfig({ testTimeout: 45_000, hookTimeout: 45_000 });

/** A read action with a low per-account limit (10 QPS in the spec and in the sandbox). */
const LIMITED_ACTION = 'ListWatermark';
const LIMITED_TOOL = 'list_watermark';

describe.skipIf(missing.length > 0)(`replicas behind HAProxy with Redis (needs redis-server and haproxy)`, () => {
  let redis: { proc: Proc; port: number; url: string };
  let sandbox: { proc: Proc; url: string };
  let replicas: Replica[] = [];
  let balancer: { proc: Proc; url: string };
  const sessions: Session[] = [];
  const open = async (capabilities?: Parameters<typeof connect>[1]) => {
    const session = await connect(balancer.url, capabilities);
    sessions.push(session);
    return session;
  };

  beforeAll(async () => {
    [redis, sandbox] = await Promise.all([startRedis(), startSandbox()]);
    replicas = await Promise.all([1, 2, 3].map(() => startReplica(sandbox.url, redis.url)));
    balancer = await startHaproxy(replicas);
  });
  afterAll(async () => {
    await Promise.all(sessions.map((session) => session.close()));
    await Promise.all([...replicas.map((replica) => replica.proc.kill('SIGKILL')), balancer?.proc.kill(), redis?.proc.kill(), sandbox?.proc.kill()]);
  });

  it('tools/list and calls go through the balancer, new sessions spread over the three replicas', async () => {
    const byReplica = await sessionsOnEach(balancer.url, ['r1', 'r2', 'r3']);
    sessions.push(...byReplica.values());
    expect([...byReplica.keys()].sort()).toEqual(['r1', 'r2', 'r3']);
    for (const session of byReplica.values()) {
      const { tools } = await session.client.listTools();
      expect(tools.map((tool) => tool.name)).toContain('search_media');
      const result = await session.client.callTool({ name: 'get_categories', arguments: {} });
      expect(result.isError, textOf(result)).toBeFalsy();
    }
    const ready = await fetch(`${balancer.url}/ready`);
    expect(await ready.json()).toMatchObject({ ok: true, redis: 'ok' });
  });

  it('a confirmation token minted on one replica executes once on another, and never again on any', async () => {
    const byReplica = await sessionsOnEach(balancer.url, ['r1', 'r2', 'r3']);
    sessions.push(...byReplica.values());
    const [minting, redeeming, third] = ['r1', 'r2', 'r3'].map((name) => byReplica.get(name)!);
    const found = await minting!.client.callTool({ name: 'search_media', arguments: { SearchType: 'video', PageSize: 5, Match: "Status in ('Normal')" } });
    const id = (found.structuredContent as { MediaList: { MediaId: string }[] }).MediaList[0]!.MediaId;
    const preview = await minting!.client.callTool({ name: 'delete_video', arguments: { VideoIds: [id] } });
    const token = (preview.structuredContent as { token: string }).token;
    expect(token, textOf(preview)).toEqual(expect.any(String));
    const before = (await sandboxRequests(sandbox.url)).filter((request) => request.action === 'DeleteVideo').length;

    const attempts = await Promise.all(
      [redeeming, third, redeeming].map((session) => session!.client.callTool({ name: 'delete_video', arguments: { VideoIds: [id], ConfirmationToken: token } })),
    );
    const executed = attempts.filter((result) => !result.isError);
    expect(executed, attempts.map(textOf).join('\n---\n')).toHaveLength(1);
    for (const refused of attempts.filter((result) => result.isError)) expect(textOf(refused)).toMatch(/already used/);
    const late = await minting!.client.callTool({ name: 'delete_video', arguments: { VideoIds: [id], ConfirmationToken: token } });
    expect(textOf(late)).toMatch(/already used/);
    const deletes = (await sandboxRequests(sandbox.url)).filter((request) => request.action === 'DeleteVideo').length - before;
    expect(deletes).toBe(1);
  });

  it('2026-07-28 clients need no pinning: requests spread over the replicas, and a sealed confirmation state executes once across them', async () => {
    const answeredBy: string[] = [];
    const client = new ModernClient(
      { name: 'replicas-test-v2', version: '1.0.0' },
      { versionNegotiation: { mode: 'auto' }, capabilities: { elicitation: { form: {} } }, inputRequired: { autoFulfill: false } },
    );
    const transport = new ModernHttpTransport(new URL(`${balancer.url}/mcp`), {
      fetch: async (input, init) => {
        const answer = await fetch(input, init);
        answeredBy.push(answer.headers.get('x-vod-mcp-replica') ?? '');
        return answer;
      },
    });
    await client.connect(transport);
    sessions.push({ close: () => client.close().catch(() => {}) } as Session);
    expect(client.getNegotiatedProtocolVersion()).toBe('2026-07-28');
    for (let i = 0; i < 6; i++) {
      const { tools } = await client.listTools();
      expect(tools.map((tool) => tool.name)).toContain('search_media');
    }
    const found = await client.callTool({ name: 'search_media', arguments: { SearchType: 'video', PageSize: 5, Match: "Status in ('Normal')" } });
    expect(found.isError).toBeFalsy();
    expect(new Set(answeredBy.filter(Boolean)).size, answeredBy.join(',')).toBeGreaterThan(1);

    const id = (found.structuredContent as { MediaList: { MediaId: string }[] }).MediaList[0]!.MediaId;
    const call = (extra: Record<string, unknown> = {}) =>
      client.request({ method: 'tools/call', params: { name: 'delete_video', arguments: { VideoIds: [id] }, ...extra } }, { allowInputRequired: true });
    const asked = await call();
    if (!isInputRequiredResult(asked)) throw new Error(`expected input_required, got ${JSON.stringify(asked).slice(0, 300)}`);
    const before = (await sandboxRequests(sandbox.url)).filter((request) => request.action === 'DeleteVideo').length;
    const accept = { requestState: asked.requestState, inputResponses: { confirm: { action: 'accept', content: { confirm: true } } } };
    // Round robin sends these retries to different replicas; the state is spent once in Redis.
    const retries = await Promise.all([call(accept), call(accept), call(accept)]);
    const executed = retries.filter((result) => !isInputRequiredResult(result) && (result as { isError?: boolean }).isError !== true);
    expect(executed, JSON.stringify(retries).slice(0, 2000)).toHaveLength(1);
    const deletes = (await sandboxRequests(sandbox.url)).filter((request) => request.action === 'DeleteVideo').length - before;
    expect(deletes).toBe(1);
  });

  it('an upload ticket issued on one replica is redeemed on another, once', async () => {
    const byReplica = await sessionsOnEach(balancer.url, ['r1']);
    sessions.push(...byReplica.values());
    const issued = await byReplica.get('r1')!.client.callTool({ name: 'upload_media', arguments: { FilePath: '/home/someone/clip.mp4' } });
    const { Ticket, VideoId } = issued.structuredContent as { Ticket: string; VideoId: string };
    expect(Ticket, textOf(issued)).toEqual(expect.any(String));
    const redeemOn = (replica: Replica) => fetch(`http://${replica.address}/upload-tickets/redeem`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ Ticket }) });
    const answers = await Promise.all([redeemOn(replicas[1]!), redeemOn(replicas[2]!)]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 403]);
    const granted = (await Promise.all(answers.map((answer) => answer.json()))) as { MediaId?: string; Message?: string }[];
    expect(granted.find((body) => body.MediaId)?.MediaId).toBe(VideoId);
    expect(granted.find((body) => body.Message)?.Message).toMatch(/already used/);
  });

  it(`the account-wide limiter holds: three replicas together never trip the sandbox's ${LIMITED_ACTION} limit`, async () => {
    const qps = QPS_PER_ACCOUNT[LIMITED_ACTION]!;
    const byReplica = await sessionsOnEach(balancer.url, ['r1', 'r2', 'r3']);
    sessions.push(...byReplica.values());
    const before = (await sandboxRequests(sandbox.url)).length;
    // Each replica alone may send `qps` at once; together 3 x qps in the first instant, then 3 x qps a second.
    const perReplica = Math.ceil(qps * 1.5);
    const results = await Promise.all(
      [...byReplica.values()].flatMap((session) => Array.from({ length: perReplica }, () => session.client.callTool({ name: LIMITED_TOOL, arguments: {} }))),
    );
    expect(results.filter((result) => result.isError).map(textOf)).toEqual([]);
    const sent = (await sandboxRequests(sandbox.url)).slice(before).filter((request) => request.action === LIMITED_ACTION);
    expect(sent.filter((request) => request.code === 'Throttling.User')).toEqual([]);
    expect(sent).toHaveLength(results.length);

    // The same load from three instances with their own (single-instance) limiters trips the sandbox's limit.
    const start = (await sandboxRequests(sandbox.url)).length;
    const local = [1, 2, 3].map(
      () =>
        new VodClient({
          endpoint: sandbox.url,
          credentials: staticCredentials({ accessKeyId: SANDBOX_KEY.id, accessKeySecret: SANDBOX_KEY.secret }, 'test'),
          rateLimiter: new RateLimiter((action) => QPS_PER_ACCOUNT[action] ?? undefined),
        }),
    );
    await Promise.all(local.flatMap((client) => Array.from({ length: perReplica }, () => client.call(LIMITED_ACTION, {}, { idempotent: true }).catch(() => undefined))));
    await Promise.all(local.map((client) => client.close()));
    const throttled = (await sandboxRequests(sandbox.url)).slice(start).filter((request) => request.code === 'Throttling.User');
    expect(throttled.length).toBeGreaterThan(0);
  });

  it('killing one replica fails only the calls in flight on it; its pinned sessions get 404 and re-initialize', async () => {
    const byReplica = await sessionsOnEach(balancer.url, ['r1', 'r2', 'r3']);
    sessions.push(...byReplica.values());
    const victimName = 'r3';
    const victim = replicas[2]!;
    const doomed = byReplica.get(victimName)!;
    const survivors = ['r1', 'r2'].map((name) => byReplica.get(name)!);
    const found = await doomed.client.callTool({ name: 'search_media', arguments: { SearchType: 'video', PageSize: 1 } });
    const id = (found.structuredContent as { MediaList: { MediaId: string }[] }).MediaList[0]!.MediaId;
    // The victim's call waits at the sandbox while the replica is killed.
    await sandboxAdmin(sandbox.url, 'faults', { action: 'GetMezzanineInfo', kind: 'slow', delayMs: 10_000, times: 1 });
    // The SDK client learns of a broken answer stream through onerror (it does not reject the pending call by
    // itself); like an agent's host, the test then gives up on that call.
    const broken = new AbortController();
    doomed.client.onerror = (error) => broken.abort(error);
    const inFlight = doomed.client.callTool({ name: 'get_mezzanine_info', arguments: { VideoId: id } }, undefined, { signal: broken.signal }).then(
      (result) => ({ failed: false, text: textOf(result) }),
      (error: unknown) => ({ failed: true, text: String(error) }),
    );
    const others = survivors.flatMap((session) => [1, 2, 3].map(() => session.client.callTool({ name: 'get_categories', arguments: {} })));
    await waitUntil(async () => ((await (await fetch(`http://${victim.address}/ready`)).json()) as { inFlight: number }).inFlight > 0);
    await victim.proc.kill('SIGKILL');

    const outcome = await inFlight;
    expect(outcome.failed, outcome.text).toBe(true);
    expect(outcome.text).toMatch(/SSE stream disconnected|terminated|fetch failed|ECONNRESET|socket/i);
    for (const result of await Promise.all(others)) expect(result.isError, textOf(result)).toBeFalsy();
    for (const session of survivors) expect((await session.client.callTool({ name: 'get_categories', arguments: {} })).isError).toBeFalsy();

    // The dead replica's session is unknown everywhere else: 404, and the client starts a new session.
    const stale = await doomed.client.callTool({ name: 'get_categories', arguments: {} }).then(
      () => undefined,
      (error: unknown) => error as { code?: number },
    );
    expect(stale?.code).toBe(404);
    const renewed = await open();
    expect(['r1', 'r2']).toContain(renewed.replica);
    expect((await renewed.client.callTool({ name: 'get_categories', arguments: {} })).isError).toBeFalsy();
    await sandboxAdmin(sandbox.url, 'faults');
  });

  it('Redis down: not ready, confirmations refused (fail closed), reads keep a local share; back when Redis is', async () => {
    const byReplica = await sessionsOnEach(balancer.url, ['r1', 'r2']);
    sessions.push(...byReplica.values());
    const [minting, redeeming] = [byReplica.get('r1')!, byReplica.get('r2')!];
    const found = await minting.client.callTool({ name: 'search_media', arguments: { SearchType: 'video', PageSize: 5, Match: "Status in ('Normal')" } });
    const id = (found.structuredContent as { MediaList: { MediaId: string }[] }).MediaList[0]!.MediaId;
    const preview = await minting.client.callTool({ name: 'delete_video', arguments: { VideoIds: [id] } });
    const token = (preview.structuredContent as { token: string }).token;
    await redis.proc.kill('SIGKILL');

    const ready = await fetch(`http://${replicas[0]!.address}/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ ok: false, redis: 'unreachable' });
    const refused = await redeeming.client.callTool({ name: 'delete_video', arguments: { VideoIds: [id], ConfirmationToken: token } });
    expect(textOf(refused)).toMatch(/Confirmation refused: the shared consumed-token store cannot be reached/);
    const read = await redeeming.client.callTool({ name: LIMITED_TOOL, arguments: {} });
    expect(read.isError, textOf(read)).toBeFalsy();
    expect(replicas[1]!.proc.output()).toMatch(/rate limiter: the shared store is unreachable .*local share/);
    expect(replicas.map((replica) => replica.proc.output()).join('\n')).not.toContain(REDIS_PASSWORD);

    redis = await startRedis(redis.port);
    // Each replica reconnects on its own schedule: wait for both that this test talks to.
    for (const replica of replicas.slice(0, 2)) await waitUntil(async () => (await fetch(`http://${replica.address}/ready`)).status === 200);
    const executed = await redeeming.client.callTool({ name: 'delete_video', arguments: { VideoIds: [id], ConfirmationToken: token } });
    expect(executed.isError, textOf(executed)).toBeFalsy();
  });

  it('SIGTERM drains a replica: no new sessions (503), the call in flight finishes, then it exits', async () => {
    const draining = replicas[1]!;
    const direct = `http://${draining.address}`;
    const session = await connect(direct.replace(/\/$/, ''));
    sessions.push(session);
    await sandboxAdmin(sandbox.url, 'faults', { action: 'GetCategories', kind: 'slow', delayMs: 1_500, times: 1 });
    const inFlight = session.client.callTool({ name: 'get_categories', arguments: {} });
    await waitUntil(async () => ((await (await fetch(`${direct}/ready`)).json()) as { inFlight: number }).inFlight > 0);
    draining.proc.child.kill('SIGTERM');
    await waitUntil(async () => (await fetch(`${direct}/ready`)).status === 503);
    const refused = await fetch(`${direct}/mcp`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'late', version: '1' } } }),
    });
    expect(refused.status).toBe(503);
    const result = await inFlight;
    expect(result.isError, textOf(result)).toBeFalsy();
    const code = await new Promise((resolve) => (draining.proc.child.exitCode !== null ? resolve(draining.proc.child.exitCode) : draining.proc.child.once('exit', resolve)));
    expect(code).toBe(0);
    expect(draining.proc.output()).toMatch(/shutting down: no new sessions; waiting up to 3000 ms for 1 call\(s\) in flight/);
    await sandboxAdmin(sandbox.url, 'faults');
  });
});

async function waitUntil(condition: () => Promise<boolean>): Promise<void> {
  for (;;) {
    if (await condition().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
