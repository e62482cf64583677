import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { spawnHttpServer, type HttpServerProcess } from '../helpers/http-server.js';
import { connectModernHttp, type ModernSession } from '../helpers/modern-client.js';

// Resource subscriptions on 2026-07-28 over HTTP: there is no resources/subscribe in that era; a
// subscriptions/listen stream names the URIs, the server watches them while the stream is open and publishes
// notifications/resources/updated onto it.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

let sandbox: Sandbox;
let http: HttpServerProcess;
let session: ModernSession;

beforeAll(async () => {
  sandbox = await startSandbox({ enforceQps: false });
  http = await spawnHttpServer(['--endpoint', sandbox.url], {
    ALIBABA_CLOUD_ACCESS_KEY_ID: sandbox.credentials.accessKeyId,
    ALIBABA_CLOUD_ACCESS_KEY_SECRET: sandbox.credentials.accessKeySecret,
    VOD_MCP_POLL_MS: '100',
  });
  session = await connectModernHttp(http.url);
});
afterAll(async () => {
  await session?.close().catch(() => {});
  http?.stop();
  await sandbox?.close();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('subscriptions/listen with resourceSubscriptions (2026-07-28, HTTP)', () => {
  it('notifies when a listened video finishes transcoding, and stops watching when the stream closes', async () => {
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
