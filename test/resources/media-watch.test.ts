import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staticCredentials, VodClient } from '../../src/client/index.js';
import { Logger } from '../../src/log.js';
import { mediaResourceWatch } from '../../src/resources/listen-watch.js';
import { MediaSubscriptions } from '../../src/resources/subscriptions.js';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';

const POLL = { initialMs: 20, maxMs: 20 };
const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('media watches for listen streams (real sandbox over HTTP)', () => {
  let sandbox: Sandbox;
  let api: VodClient;
  let uri: string;
  let videoId: string;
  const reads = () => sandbox.requests.filter((request) => request.action === 'GetVideoInfo' && request.params.VideoId === videoId).length;
  const readsDuring = async (ms: number) => {
    const before = reads();
    await settle(ms);
    return reads() - before;
  };
  /** A change the watch sees: ModificationTime has whole seconds, so the simulated clock moves on first. */
  const retitle = (title: string) => {
    sandbox.advance(2);
    return api.call('UpdateVideoInfo', { VideoId: videoId, Title: title }, { idempotent: false });
  };

  beforeAll(async () => {
    sandbox = await startSandbox({ enforceQps: false });
    api = new VodClient({ endpoint: sandbox.url, credentials: staticCredentials(sandbox.credentials, 'test') });
    videoId = Object.values(sandbox.state.data.videos)[0]!.VideoId;
    uri = `vod://media/video/${videoId}`;
  });
  afterAll(async () => {
    await api?.close();
    await sandbox?.close();
  });

  it('polls a URI once for all the streams that name it, tells each, and stops with the last stream', async () => {
    const watch = mediaResourceWatch(api, new Logger('error'), POLL);
    const seen = { a: [] as string[], b: [] as string[] };
    const stopA = watch([uri, uri], (changed) => seen.a.push(changed));
    await settle(200);
    const oneStream = await readsDuring(500);
    expect(oneStream).toBeGreaterThan(3);
    const stopB = watch([uri], (changed) => seen.b.push(changed));
    const more = [1, 2, 3].map(() => watch([uri], () => {}));
    await settle(200);
    // Five streams on one URI poll it as often as one (one poller per stream would read five times as often).
    expect(await readsDuring(500)).toBeLessThan(2 * oneStream + 3);
    more.forEach((stop) => stop());

    await retitle('watched once');
    await expect.poll(() => seen.a.length + seen.b.length, { timeout: 5_000 }).toBe(2);
    expect(seen).toEqual({ a: [uri], b: [uri] });

    stopA();
    await retitle('watched by b');
    await expect.poll(() => seen.b.length, { timeout: 5_000 }).toBe(2);
    expect(seen.a).toHaveLength(1);

    stopB();
    await settle(100);
    expect(await readsDuring(300)).toBe(0);
  });

  it('a stream that ends while the first status is still being read leaves no poller behind', async () => {
    const watch = mediaResourceWatch(api, new Logger('error'), POLL);
    const stop = watch([uri], () => {});
    stop();
    await settle(300);
    expect(await readsDuring(300)).toBe(0);
  });

  it('two subscribes of one URI at once make one poller', async () => {
    const notified: string[] = [];
    const subscriptions = new MediaSubscriptions(api, async (changed) => void notified.push(changed), new Logger('error'), POLL);
    await Promise.all([subscriptions.subscribe(uri), subscriptions.subscribe(uri)]);
    await settle(100);
    await retitle('subscribed twice');
    await expect.poll(() => notified.length, { timeout: 5_000 }).toBe(1);
    await settle(200);
    // Two pollers would both have seen the change.
    expect(notified).toEqual([uri]);
    subscriptions.close();
  });
});
