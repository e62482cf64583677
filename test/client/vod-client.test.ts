import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { backoffDelay, DEFAULT_RETRY_POLICY, RateLimiter, staticCredentials, VodApiError, VodClient } from '../../src/client/index.js';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';

let sandbox: Sandbox;
let videoId: string;
const retries: string[] = [];

function client(options: { timeoutMs?: number; secret?: string } = {}): VodClient {
  return new VodClient({
    endpoint: sandbox.url,
    credentials: staticCredentials({ ...sandbox.credentials, accessKeySecret: options.secret ?? sandbox.credentials.accessKeySecret }, 'test'),
    timeoutMs: options.timeoutMs ?? 5_000,
    sleep: async () => {},
    onRetry: ({ code }) => retries.push(code),
  });
}

beforeAll(async () => {
  sandbox = await startSandbox({ enforceQps: false });
  videoId = Object.values(sandbox.state.data.videos)[0]!.VideoId;
});
afterAll(() => sandbox.close());
beforeEach(() => {
  retries.length = 0;
  sandbox.faults.clear();
});

describe('VodClient against the sandbox', () => {
  it('signs, sends and parses a call', async () => {
    const answer = await client().call('GetVideoInfo', { VideoId: videoId }, { idempotent: true });
    expect((answer.Video as { VideoId: string }).VideoId).toBe(videoId);
  });

  it('turns an API error into a VodApiError with code, message, requestId, hostId and status', async () => {
    const error = await client().call('GetVideoInfo', { VideoId: 'nope' }, { idempotent: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VodApiError);
    expect(error).toMatchObject({ code: 'InvalidVideo.NotFound', message: 'The video does not exist.', httpStatus: 404, action: 'GetVideoInfo' });
    expect((error as VodApiError).requestId).toMatch(/^[0-9A-F-]{36}$/);
    expect((error as VodApiError).hostId).toBeTruthy();
    expect(retries).toEqual([]);
  });

  it('retries throttling with a fresh signature each attempt (no SignatureNonceUsed)', async () => {
    sandbox.injectFault({ action: 'GetVideoInfo', kind: 'throttle', times: 2 });
    const answer = await client().call('GetVideoInfo', { VideoId: videoId }, { idempotent: true });
    expect(answer.Video).toBeTruthy();
    expect(retries).toEqual(['Throttling.User', 'Throttling.User']);
    const nonces = sandbox.requests.slice(-3).map((request) => request.params.SignatureNonce);
    expect(new Set(nonces).size).toBe(3);
  });

  it('retries throttling even for non-idempotent calls (refused before the action ran)', async () => {
    sandbox.injectFault({ action: 'DeleteVideo', kind: 'api-throttle', times: 1 });
    const error = await client().call('DeleteVideo', { VideoIds: 'missing' }, { idempotent: false }).catch((e: unknown) => e);
    expect(retries).toEqual(['Throttling.Api']);
    expect((error as VodApiError).code).toBe('InvalidVideo.NotFound');
  });

  it('retries 5xx for idempotent calls, up to the ceiling', async () => {
    sandbox.injectFault({ action: 'GetVideoInfo', kind: 'unavailable' });
    const error = await client().call('GetVideoInfo', { VideoId: videoId }, { idempotent: true }).catch((e: unknown) => e);
    expect((error as VodApiError).code).toBe('ServiceUnAvailable');
    expect(retries).toHaveLength(DEFAULT_RETRY_POLICY.maxAttempts - 1);
  });

  it('does not retry 5xx or a dropped connection for non-idempotent calls', async () => {
    sandbox.injectFault({ action: 'DeleteVideo', kind: 'internal-error', times: 1 });
    const error = await client().call('DeleteVideo', { VideoIds: 'missing' }, { idempotent: false }).catch((e: unknown) => e);
    expect((error as VodApiError).code).toBe('InternalError');
    // The action runs and its answer is lost: a retry could act twice, so the error surfaces instead.
    const [target] = sandbox.generateMedia(1);
    sandbox.injectFault({ action: 'DeleteVideo', kind: 'drop', times: 1 });
    const dropped = await client().call('DeleteVideo', { VideoIds: target! }, { idempotent: false }).catch((e: unknown) => e);
    expect((dropped as VodApiError).code).toBe('NetworkError');
    expect(sandbox.state.data.videos[target!]).toBeUndefined();
    expect(retries).toEqual([]);
  });

  it('retries a dropped connection and a truncated body for idempotent calls', async () => {
    sandbox.injectFault({ action: 'GetVideoInfo', kind: 'drop', times: 1 });
    sandbox.injectFault({ action: 'GetVideoInfo', kind: 'truncate', times: 1 });
    const answer = await client().call('GetVideoInfo', { VideoId: videoId }, { idempotent: true });
    expect(answer.Video).toBeTruthy();
    expect(retries).toEqual(['NetworkError', 'NetworkError']);
  });

  it('times out a slow answer', async () => {
    sandbox.injectFault({ action: 'GetVideoInfo', kind: 'slow', delayMs: 800, times: 4 });
    const error = await client({ timeoutMs: 300 }).call('GetVideoInfo', { VideoId: videoId }, { idempotent: true }).catch((e: unknown) => e);
    expect(error, JSON.stringify(error)).toBeInstanceOf(VodApiError);
    expect((error as VodApiError).code).toBe('Timeout');
  });

  it('never retries authentication errors', async () => {
    const error = await client({ secret: 'wrong' }).call('GetVideoInfo', { VideoId: videoId }, { idempotent: true }).catch((e: unknown) => e);
    expect((error as VodApiError).code).toBe('SignatureDoesNotMatch');
    expect(retries).toEqual([]);
  });

  it('explains a signature mismatch without echoing the parameters the service put in its message', async () => {
    const privateKey = '-----BEGIN PRIVATE KEY-----secret-material';
    const error = (await client({ secret: 'wrong' })
      .call('SetVodDomainCertificate', { DomainName: 'video.example.com', SSLProtocol: 'on', SSLPub: 'pub', SSLPri: privateKey }, { idempotent: true })
      .catch((e: unknown) => e)) as VodApiError;
    expect(error.code).toBe('SignatureDoesNotMatch');
    expect(error.message).toContain('the AccessKey secret is wrong');
    expect(error.message).not.toContain('secret-material');
    expect(error.message).not.toContain('string to sign is');
  });
});

describe('backoff', () => {
  it('grows exponentially with full jitter and a ceiling', () => {
    const policy = { maxAttempts: 10, baseDelayMs: 100, maxDelayMs: 1_000 };
    expect(backoffDelay(1, policy, () => 1)).toBe(100);
    expect(backoffDelay(3, policy, () => 1)).toBe(400);
    expect(backoffDelay(8, policy, () => 1)).toBe(1_000);
    expect(backoffDelay(3, policy, () => 0)).toBe(0);
  });
});

describe('RateLimiter', () => {
  it('spaces calls to the per-action QPS', async () => {
    let now = 0;
    const waits: number[] = [];
    const limiter = new RateLimiter(
      (action) => (action === 'Slow' ? 2 : undefined),
      () => now,
      async (ms) => {
        waits.push(ms);
        now += ms;
      },
    );
    for (let i = 0; i < 4; i++) await limiter.acquire('Slow');
    await limiter.acquire('Unlimited');
    expect(waits.length).toBe(2);
    expect(now).toBeGreaterThanOrEqual(1_000);
  });
});
