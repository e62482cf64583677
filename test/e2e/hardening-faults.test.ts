import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { connectStdio, textOf } from '../helpers/mcp-client.js';

// The built server over stdio against a sandbox whose fault injection (/__sandbox/faults) drops, truncates,
// slows or fails answers: what the agent is told must never invite a duplicate, nor show a secret.
const KEY_ID = 'faults-key-id-7c1d';
const SECRET = 'faults-secret-value-3b9a7e';
let sandbox: Sandbox;
let session: Awaited<ReturnType<typeof connectStdio>>;
let slow: Awaited<ReturnType<typeof connectStdio>>;

async function fault(spec: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${sandbox.url}/__sandbox/faults`, { method: 'POST', body: JSON.stringify(spec) });
  expect(response.status).toBe(200);
}
const requestsFor = (action: string) => sandbox.requests.filter((request) => request.action === action);
const credentials = { ALIBABA_CLOUD_ACCESS_KEY_ID: KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET: SECRET };

beforeAll(async () => {
  sandbox = await startSandbox({ credentials: [{ accessKeyId: KEY_ID, accessKeySecret: SECRET }], enforceQps: false });
  [session, slow] = await Promise.all([
    connectStdio(['--endpoint', sandbox.url, '--toolsets', 'all', '--confirm', 'never', '--i-understand-no-confirmation', '--log-level', 'debug'], { env: credentials }),
    connectStdio(['--endpoint', sandbox.url, '--timeout', '1000'], { env: credentials }),
  ]);
}, 60_000);
afterAll(async () => {
  await Promise.all([session?.close(), slow?.close()]);
  await sandbox?.close();
});

describe('a lost answer to a call that is not safe to repeat', () => {
  it.each(['drop', 'truncate'])('%s: "outcome unknown", the read tool that tells, no retry, no "retry later"', async (kind) => {
    const name = `faults-${kind}-category`;
    await fault({ action: 'AddCategory', kind, times: 1 });
    const result = await session.client.callTool({ name: 'add_category', arguments: { CateName: name } });
    expect(result.isError).toBe(true);
    const text = textOf(result);
    expect(text).toMatch(/Next step: Outcome unknown: the call may have run, and repeating it could do it twice\. Do not call add_category again before checking: call get_categories \(toolset categories\) to see whether it took effect\./);
    expect(text).not.toMatch(/retry later/i);
    // It did run, once: the server did not retry it on its own.
    expect(requestsFor('AddCategory').filter((request) => request.params.CateName === name)).toHaveLength(1);
    expect(Object.values(sandbox.state.data.categories).filter((category) => category.CateName === name)).toHaveLength(1);
  }, 30_000);

  it('timeout: the same answer when no complete answer comes within --timeout', async () => {
    await fault({ action: 'AddCategory', kind: 'slow', delayMs: 2_500, times: 1 });
    const result = await slow.client.callTool({ name: 'add_category', arguments: { CateName: 'faults-slow-category' } });
    const text = textOf(result);
    expect(text).toMatch(/VOD API error Timeout from AddCategory: No complete answer to AddCategory within 1000 ms/);
    expect(text).toMatch(/Outcome unknown: the call may have run.*get_categories/);
  }, 30_000);
});

describe('--timeout is one deadline for the whole call', () => {
  it('a read whose every attempt is slow is not retried past the deadline (one attempt, not four)', async () => {
    const video = Object.values(sandbox.state.data.videos).find((v) => v.Status === 'Normal')!;
    const before = requestsFor('GetVideoInfo').length;
    await fault({ action: 'GetVideoInfo', kind: 'slow', delayMs: 1_500, times: 4 });
    const result = await slow.client.callTool({ name: 'get_video_info', arguments: { VideoId: video.VideoId } });
    expect(textOf(result)).toMatch(/VOD API error Timeout from GetVideoInfo: .*retries included/);
    // Let every request the sandbox is still sleeping on finish, then count them.
    await sleep(3_500);
    expect(requestsFor('GetVideoInfo').length - before).toBe(1);
    await fetch(`${sandbox.url}/__sandbox/faults`, { method: 'DELETE' });
  }, 30_000);
});

describe('a retried delete whose first attempt ran', () => {
  it('reports the video deleted (the retry found it gone), never not_found or failed', async () => {
    const generated = (await (await fetch(`${sandbox.url}/__sandbox/media/generate`, { method: 'POST', body: '{"count":2}' })).json()) as { VideoIds: string[] };
    await fault({ action: 'DeleteVideo', kind: 'drop', times: 1 });
    const result = await session.client.callTool({ name: 'delete_video', arguments: { VideoIds: generated.VideoIds } });
    expect(result.isError).toBeFalsy();
    const structured = result.structuredContent as { Results: { VideoId: string; Result: string; Note?: string }[]; NonExistVideoIds: string[] };
    expect(structured.Results).toEqual(generated.VideoIds.map((VideoId) => ({ VideoId, Result: 'deleted', Note: expect.stringMatching(/retry found this item gone/) })));
    expect(structured.NonExistVideoIds).toEqual([]);
    expect(requestsFor('DeleteVideo').slice(-2).map((request) => request.params.VideoIds)).toEqual([generated.VideoIds.join(','), generated.VideoIds.join(',')]);
    for (const id of generated.VideoIds) expect(sandbox.state.data.videos[id]).toBeUndefined();
  }, 30_000);
});

describe('secrets in API error messages', () => {
  const token = `CAIS${'Qx7'.repeat(30)}`;
  const stringToSign = `POST&%2F&AccessKeyId%3D${KEY_ID}%26Action%3DGetVideoInfo%26SecurityToken%3D${token}%26Signature%3Dabc%252Bdef`;
  it.each([
    ['IncompleteSignature', `The request signature does not conform to Aliyun standards. server string to sign is:${stringToSign}`],
    ['InvalidAccessKeyId.NotFound', `Specified access key is not found: LTAI5tQ8xYz1234567890ab, SecurityToken=${token}`],
    ['SomeFutureError', `Request refused (Signature=Zm9vYmFyYmF6, AccessKeySecret=${SECRET}); StringToSign: ${stringToSign}`],
  ])('%s: the message is masked in the tool error and in the logs', async (code, message) => {
    const video = Object.values(sandbox.state.data.videos).find((v) => v.Status === 'Normal')!;
    await fault({ action: 'GetVideoInfo', kind: 'error', code, message, httpStatus: 400, times: 1 });
    const result = await session.client.callTool({ name: 'get_video_info', arguments: { VideoId: video.VideoId } });
    const text = textOf(result);
    expect(text).toContain(`VOD API error ${code}`);
    for (const secret of [KEY_ID, SECRET, token, 'LTAI5tQ8xYz1234567890ab', 'Zm9vYmFyYmF6', 'abc%252Bdef', 'POST&%2F&']) {
      expect(text).not.toContain(secret);
      expect(session.stderr()).not.toContain(secret);
    }
    expect(text).toContain('***');
  }, 30_000);
});
