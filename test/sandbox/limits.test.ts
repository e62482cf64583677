import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { callSandbox } from '../helpers/signed-request.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ enforceQps: false });
});
afterAll(() => sandbox.close());

/** Sends only the head of a request declaring `length` bytes (plus a few), returns the status line and body. */
async function declareBody(path: string, length: number): Promise<string> {
  const socket = connect(sandbox.port, '127.0.0.1');
  await new Promise<void>((resolve) => socket.once('connect', resolve));
  let answer = '';
  socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
  socket.write(`POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${length}\r\n\r\nAction=`);
  await new Promise<void>((resolve) => socket.once('close', () => resolve()));
  return answer;
}

describe('sandbox request body limits', () => {
  it('refuses an RPC body over the limit with 413, whether declared or streamed, and keeps serving', async () => {
    expect(await declareBody('/', 300 * 1024 * 1024)).toMatch(/^HTTP\/1\.1 413[\s\S]*"Code":"RequestEntityTooLarge"/);
    const streamed = await fetch(`${sandbox.url}/`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `Action=GetVideoInfo&Pad=${'p'.repeat(9 * 1024 * 1024)}` }).catch((error: Error) => error);
    if (!(streamed instanceof Error)) expect(streamed.status).toBe(413);
    const video = Object.values(sandbox.state.data.videos).find((v) => v.Status === 'Normal')!;
    expect((await callSandbox(sandbox, 'GetVideoInfo', { VideoId: video.VideoId })).status).toBe(200);
  }, 30_000);

  it('refuses an upload to the OSS endpoint past its limit with EntityTooLarge', async () => {
    expect(await declareBody('/bucket/object.mp4', 300 * 1024 * 1024)).toMatch(/^HTTP\/1\.1 413[\s\S]*<Code>EntityTooLarge<\/Code>/);
  });

  it('refuses an admin body over 1 MB', async () => {
    expect(await declareBody('/__sandbox/faults', 2 * 1024 * 1024)).toMatch(/^HTTP\/1\.1 413/);
  });
});

describe('sandbox clock bounds', () => {
  const admin = (path: string, body?: unknown) => fetch(`${sandbox.url}/__sandbox/${path}`, { method: 'POST', body: body === undefined ? undefined : JSON.stringify(body) });

  it('refuses an advance past ten years (e.g. 1e13 s) and stays usable', async () => {
    const before = ((await (await fetch(`${sandbox.url}/__sandbox/clock`)).json()) as { now: string }).now;
    for (const seconds of [1e13, 10 * 366 * 86400 + 1, -1, 'soon']) {
      const answer = await admin('clock/advance', { seconds });
      expect(answer.status).toBe(400);
      expect(((await answer.json()) as { error: string }).error).toMatch(/seconds must be a number from 0 to \d+ \(ten years\)/);
    }
    const after = ((await (await fetch(`${sandbox.url}/__sandbox/clock`)).json()) as { now: string }).now;
    expect(Date.parse(after) - Date.parse(before)).toBeLessThan(60_000);
    expect((await admin('clock/advance', { seconds: 60 })).status).toBe(200);
  });

  it('reset always works and puts the clock back to wall time, even far ahead', async () => {
    for (let i = 0; i < 3; i++) expect((await admin('clock/advance', { seconds: 10 * 365 * 86400 })).status).toBe(200);
    const ahead = ((await (await fetch(`${sandbox.url}/__sandbox/clock`)).json()) as { now: string }).now;
    expect(Date.parse(ahead) - Date.now()).toBeGreaterThan(29 * 365 * 86400 * 1000);
    const reset = await admin('reset');
    expect(reset.status).toBe(200);
    const now = ((await (await fetch(`${sandbox.url}/__sandbox/clock`)).json()) as { now: string; pendingTimers: number }).now;
    expect(Math.abs(Date.parse(now) - Date.now())).toBeLessThan(10 * 60_000);
    const video = Object.values(sandbox.state.data.videos).find((v) => v.Status === 'Normal')!;
    expect((await callSandbox(sandbox, 'GetVideoInfo', { VideoId: video.VideoId })).status).toBe(200);
  });
});
