import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { formatTimestamp } from '../../src/signing/index.js';
import { callSandbox } from '../helpers/signed-request.js';

let sandbox: Sandbox;
let videoId: string;
beforeAll(async () => {
  sandbox = await startSandbox({ enforceQps: false });
  videoId = Object.values(sandbox.state.data.videos).find((video) => video.Status === 'Normal')!.VideoId;
});
afterAll(() => sandbox.close());

describe('sandbox gateway (spec 4.2-4.4 and the gateway errors)', () => {
  it('answers a correctly signed POST and GET with RequestId', async () => {
    for (const method of ['POST', 'GET'] as const) {
      const answer = await callSandbox(sandbox, 'GetVideoInfo', { VideoId: videoId }, { method });
      expect(answer.status).toBe(200);
      expect(answer.body.RequestId).toMatch(/^[0-9A-F-]{36}$/);
      expect((answer.body.Video as { VideoId: string }).VideoId).toBe(videoId);
    }
  });

  it('frames every RPC answer with its Content-Length, not chunked, as the gateway does', async () => {
    const answers = [
      await callSandbox(sandbox, 'GetVideoInfo', { VideoId: videoId }),
      await callSandbox(sandbox, 'GetVideoInfo', { VideoId: videoId }, { format: 'XML' }),
      await callSandbox(sandbox, 'GetVideoInfo', { VideoId: 'no-such-video-标题' }),
      await callSandbox(sandbox, 'GetVideoInfo', { VideoId: videoId }, { secret: 'wrong-secret' }),
    ];
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 404, 400]);
    for (const answer of answers) {
      expect(answer.headers.get('transfer-encoding')).toBeNull();
      expect(Number(answer.headers.get('content-length'))).toBe(Buffer.byteLength(answer.text));
    }
  });

  it('answers XML when Format is XML', async () => {
    const answer = await callSandbox(sandbox, 'GetVideoInfo', { VideoId: videoId }, { format: 'XML' });
    expect(answer.status).toBe(200);
    expect(answer.text).toMatch(/^<\?xml[^>]*>\n<GetVideoInfoResponse><RequestId>[^<]+<\/RequestId><Video>/);
  });

  it('refuses a wrong signature, naming the string to sign', async () => {
    const answer = await callSandbox(sandbox, 'GetVideoInfo', { VideoId: videoId }, { secret: 'wrong-secret' });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ Code: 'SignatureDoesNotMatch' });
    expect(String(answer.body.Message)).toContain('server string to sign is:POST&%2F&AccessKeyId%3D');
    expect(answer.body.RequestId).toBeTruthy();
    expect(answer.body.HostId).toBeTruthy();
  });

  it('refuses an unknown AccessKeyId with 404', async () => {
    const answer = await callSandbox(sandbox, 'GetVideoInfo', { VideoId: videoId }, { override: { AccessKeyId: 'nobody' } });
    expect(answer.status).toBe(404);
    expect(answer.body.Code).toBe('InvalidAccessKeyId.NotFound');
  });

  it('refuses a stale Timestamp and a malformed one', async () => {
    const stale = formatTimestamp(new Date(Date.now() - 16 * 60 * 1000));
    const old = await callSandbox(sandbox, 'GetVideoInfo', { VideoId: videoId }, { override: { Timestamp: stale } });
    expect(old.status).toBe(400);
    expect(old.body.Code).toBe('InvalidTimeStamp.Expired');
    const malformed = await callSandbox(sandbox, 'GetVideoInfo', { VideoId: videoId }, { override: { Timestamp: '2024-01-01 10:00:00' } });
    expect(malformed.body.Code).toBe('InvalidTimeStamp.Format');
  });

  it('refuses a replayed SignatureNonce', async () => {
    const nonce = 'replayed-nonce-1';
    const first = await callSandbox(sandbox, 'GetVideoInfo', { VideoId: videoId }, { override: { SignatureNonce: nonce } });
    expect(first.status).toBe(200);
    const again = await callSandbox(sandbox, 'GetVideoInfo', { VideoId: videoId }, { override: { SignatureNonce: nonce } });
    expect(again.status).toBe(400);
    expect(again.body.Code).toBe('SignatureNonceUsed');
  });

  it('refuses an unknown Action with 404 and a wrong Version', async () => {
    const unknown = await callSandbox(sandbox, 'GetEverything');
    expect(unknown.status).toBe(404);
    expect(unknown.body.Code).toBe('InvalidAction.NotFound');
    const version = await callSandbox(sandbox, 'GetVideoInfo', { VideoId: videoId }, { override: { Version: '2014-01-01' } });
    expect(version.body.Code).toBe('InvalidVersion');
  });

  it('answers MissingParameter for a missing common or action parameter', async () => {
    const noNonce = await callSandbox(sandbox, 'GetVideoInfo', { VideoId: videoId }, { override: { SignatureNonce: '' } });
    expect(noNonce.body).toMatchObject({ Code: 'MissingParameter' });
    const noVideo = await callSandbox(sandbox, 'GetVideoInfo');
    expect(noVideo.status).toBe(400);
    expect(noVideo.body).toMatchObject({ Code: 'MissingParameter', Message: 'The input parameter "VideoId" that is mandatory for processing this request is not supplied.' });
  });

  it('answers the spec per-action errors', async () => {
    const answer = await callSandbox(sandbox, 'GetVideoInfo', { VideoId: 'does-not-exist' });
    expect(answer.status).toBe(404);
    expect(answer.body).toMatchObject({ Code: 'InvalidVideo.NotFound', Message: 'The video does not exist.' });
    const tooMany = await callSandbox(sandbox, 'DeleteVideo', { VideoIds: Array.from({ length: 21 }, (_, i) => `v${i}`).join(',') });
    expect(tooMany.body.Code).toBe('VideoIdsExceededMax');
  });

  it('throttles past the per-account QPS when enforced', async () => {
    const strict = await startSandbox({ demo: false });
    try {
      const answers = await Promise.all(Array.from({ length: 150 }, () => callSandbox(strict, 'GetVideoInfo', { VideoId: 'any' })));
      const throttled = answers.filter((answer) => answer.body.Code === 'Throttling.User');
      expect(throttled.length).toBeGreaterThan(0);
      expect(throttled[0]!.status).toBe(400);
    } finally {
      await strict.close();
    }
  });
});

describe('wire compatibility with @alicloud/pop-core', () => {
  it('the official client calls the sandbox successfully (GET and POST)', async () => {
    const require = createRequire(import.meta.url);
    const RPCClient = require('@alicloud/pop-core').RPCClient as new (config: Record<string, string>) => {
      request(action: string, params: Record<string, string>, opts?: Record<string, unknown>): Promise<Record<string, unknown>>;
    };
    const client = new RPCClient({
      accessKeyId: sandbox.credentials.accessKeyId,
      accessKeySecret: sandbox.credentials.accessKeySecret,
      endpoint: sandbox.url,
      apiVersion: '2017-03-21',
    });
    const viaGet = await client.request('GetVideoInfo', { VideoId: videoId });
    expect((viaGet.Video as { VideoId: string }).VideoId).toBe(videoId);
    const viaPost = await client.request('GetVideoInfo', { VideoId: videoId }, { method: 'POST' });
    expect((viaPost.Video as { VideoId: string }).VideoId).toBe(videoId);
    await expect(client.request('GetVideoInfo', { VideoId: 'missing' })).rejects.toMatchObject({ code: 'InvalidVideo.NotFound' });
  });
});

describe('test controls', () => {
  it('injects faults for chosen actions', async () => {
    sandbox.injectFault({ action: 'GetVideoInfo', kind: 'throttle', times: 1 });
    const throttled = await callSandbox(sandbox, 'GetVideoInfo', { VideoId: videoId });
    expect(throttled.body.Code).toBe('Throttling.User');
    const next = await callSandbox(sandbox, 'GetVideoInfo', { VideoId: videoId });
    expect(next.status).toBe(200);
    sandbox.injectFault({ action: 'GetVideoInfo', kind: 'unavailable', times: 1 });
    expect((await callSandbox(sandbox, 'GetVideoInfo', { VideoId: videoId })).status).toBe(503);
  });

  it('exposes an admin HTTP surface', async () => {
    const generated = await fetch(`${sandbox.url}/__sandbox/media/generate`, { method: 'POST', body: JSON.stringify({ count: 3 }) });
    const { VideoIds } = (await generated.json()) as { VideoIds: string[] };
    expect(VideoIds).toHaveLength(3);
    const info = await callSandbox(sandbox, 'GetVideoInfo', { VideoId: VideoIds[0]! });
    expect(info.status).toBe(200);
    const before = (await (await fetch(`${sandbox.url}/__sandbox/clock`)).json()) as { now: string };
    await fetch(`${sandbox.url}/__sandbox/clock/advance`, { method: 'POST', body: JSON.stringify({ seconds: 3600 }) });
    const after = (await (await fetch(`${sandbox.url}/__sandbox/clock`)).json()) as { now: string };
    expect(Date.parse(after.now) - Date.parse(before.now)).toBeGreaterThanOrEqual(3600_000);
    const requests = (await (await fetch(`${sandbox.url}/__sandbox/requests`)).json()) as { requests: { action: string; params: Record<string, string> }[] };
    expect(requests.requests.at(-1)).toMatchObject({ action: 'GetVideoInfo', params: { VideoId: VideoIds[0] } });
    expect(requests.requests.at(-1)!.params.Signature).toBeUndefined();
  });
});

describe('coverage', () => {
  it('has a handler for every action of actions.tsv and of the current metadata (less the pending ones), and nothing else', async () => {
    const { HANDLERS } = await import('../../src/sandbox/actions/index.js');
    const { manualActions } = await import('../helpers/manual-data.js');
    const { METADATA, PENDING } = await import('../helpers/current-api.js');
    const current = Object.keys(METADATA).filter((action) => !PENDING.includes(action));
    expect([...HANDLERS.keys()].sort()).toEqual([...new Set([...manualActions(), ...current])].sort());
  });
});
