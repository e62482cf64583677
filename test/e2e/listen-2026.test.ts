import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { spawnHttpServer, type HttpServerProcess } from '../helpers/http-server.js';
import { connectModernHttp, connectModernStdio, type ModernSession } from '../helpers/modern-client.js';

// Resource subscriptions on 2026-07-28 over HTTP and stdio: there is no resources/subscribe in that era; a
// subscriptions/listen stream names the URIs, the server watches them while the stream is open and publishes
// notifications/resources/updated onto it.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

/** One sandbox per transport: it has one transcoding video, and its clock moves every video at once. */
const sandboxes: Record<'http' | 'stdio', Sandbox> = {} as Record<'http' | 'stdio', Sandbox>;
let http: HttpServerProcess;
const sessions: Record<'http' | 'stdio', ModernSession> = {} as Record<'http' | 'stdio', ModernSession>;

beforeAll(async () => {
  [sandboxes.http, sandboxes.stdio] = await Promise.all([startSandbox({ enforceQps: false }), startSandbox({ enforceQps: false })]);
  const env = (sandbox: Sandbox) => ({
    ALIBABA_CLOUD_ACCESS_KEY_ID: sandbox.credentials.accessKeyId,
    ALIBABA_CLOUD_ACCESS_KEY_SECRET: sandbox.credentials.accessKeySecret,
    VOD_MCP_POLL_MS: '100',
  });
  http = await spawnHttpServer(['--endpoint', sandboxes.http.url], env(sandboxes.http));
  sessions.http = await connectModernHttp(http.url);
  sessions.stdio = await connectModernStdio(['--endpoint', sandboxes.stdio.url], env(sandboxes.stdio));
});
afterAll(async () => {
  await Promise.all(Object.values(sessions).map((session) => session.close().catch(() => {})));
  http?.stop();
  await Promise.all(Object.values(sandboxes).map((sandbox) => sandbox.close()));
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(['http', 'stdio'] as const)('subscriptions/listen with resourceSubscriptions (2026-07-28, %s)', (transport) => {
  it('notifies when a listened video finishes transcoding, and stops watching when the stream closes', async () => {
    const session = sessions[transport];
    const sandbox = sandboxes[transport];
    expect(session.client.getNegotiatedProtocolVersion()).toBe('2026-07-28');
    const transcoding = Object.values(sandbox.state.data.videos).find((video) => video.Status === 'Transcoding')!;
    const uri = `vod://media/video/${transcoding.VideoId}`;
    const updated = new Promise<string>((resolve) => session.client.setNotificationHandler('notifications/resources/updated', (notification) => resolve(notification.params.uri)));
    const subscription = await session.client.listen({ resourceSubscriptions: [uri] });
    expect(subscription.honoredFilter.resourceSubscriptions).toEqual([uri]);
    const polls = () => sandbox.requests.filter((request) => JSON.stringify(request).includes(transcoding.VideoId)).length;
    await vi.waitFor(() => expect(polls()).toBeGreaterThan(0), { timeout: 20_000 });
    sandbox.advance(120);
    expect(await updated).toBe(uri);

    await subscription.close();
    await sleep(1_000);
    const after = polls();
    await sleep(1_500);
    expect(polls()).toBe(after);
  });
});
