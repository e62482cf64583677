import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { connectHttp, spawnHttpServer, type HttpServerProcess } from '../helpers/http-server.js';
import { CLI, textOf } from '../helpers/mcp-client.js';

// Over HTTP the server cannot read the user's files: upload_media creates the record and answers with a
// single-use ticket and a command; the command (this package's CLI) redeems it and uploads from the user's machine.

const run = promisify(execFile);
let sandbox: Sandbox;
let server: HttpServerProcess;
let session: Awaited<ReturnType<typeof connectHttp>>;
let dir: string;

beforeAll(async () => {
  sandbox = await startSandbox({ enforceQps: false });
  dir = await mkdtemp(join(tmpdir(), 'vod-ticket-'));
  server = await spawnHttpServer(['--endpoint', sandbox.url, '--state-dir', dir, '--log-level', 'info'], {
    ALIBABA_CLOUD_ACCESS_KEY_ID: sandbox.credentials.accessKeyId,
    ALIBABA_CLOUD_ACCESS_KEY_SECRET: sandbox.credentials.accessKeySecret,
  });
  session = await connectHttp(server.url);
}, 30_000);
afterAll(async () => {
  await session?.end();
  server?.stop();
  await sandbox?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function uploadMedia(args: Record<string, unknown>) {
  const result = (await session.client.callTool({ name: 'upload_media', arguments: args })) as CallToolResult;
  expect(result.isError, textOf(result)).toBeFalsy();
  return result.structuredContent as { VideoId: string; Status: string; Method: string; Ticket: string; Command: string; NextStep: string };
}

const uploadCommand = (file: string, ticket: string) => run(process.execPath, [CLI, 'upload', file, '--ticket', ticket, '--server', server.url.replace(/\/mcp$/, '')], { env: { PATH: process.env.PATH ?? '' } });

describe('upload_media over HTTP', { timeout: 30_000 }, () => {
  it('answers with a ticket and the command, and reads no file on the server', async () => {
    const data = await uploadMedia({ FilePath: '/home/someone/Videos/holiday clip.mp4' });
    expect(data).toMatchObject({ Status: 'AwaitingUpload', Method: 'ticket' });
    expect(data.Command).toContain(`upload "/home/someone/Videos/holiday clip.mp4" --ticket ${data.Ticket} --server ${server.url.replace(/\/mcp$/, '')}`);
    expect(sandbox.state.data.videos[data.VideoId]).toMatchObject({ Title: 'holiday clip', Status: 'Uploading' });
  });

  it('a Windows path with spaces names the user\'s file: its name becomes the title and the command quotes it whole', async () => {
    const path = 'C:\\Users\\Ana Li\\My Videos\\promo clip.mp4';
    const data = await uploadMedia({ FilePath: path });
    expect(data).toMatchObject({ Status: 'AwaitingUpload', Method: 'ticket', FileName: 'promo clip.mp4' });
    expect(data.Command).toContain(`upload "${path}" --ticket ${data.Ticket}`);
    expect(sandbox.state.data.videos[data.VideoId]).toMatchObject({ Title: 'promo clip', FileName: 'promo clip.mp4' });
  });

  it('the command uploads the file once; the same ticket is refused after that', async () => {
    const file = join(dir, 'holiday clip.mp4');
    await writeFile(file, randomBytes(9 * 1024 * 1024 + 7));
    const data = await uploadMedia({ FilePath: file });
    const { stdout, stderr } = await uploadCommand(file, data.Ticket);
    expect(JSON.parse(stdout)).toMatchObject({ Status: 'Uploaded', MediaId: data.VideoId, MediaType: 'video', method: 'multipart', bytes: 9 * 1024 * 1024 + 7 });
    expect(stderr).toContain('uploaded 100%');
    expect(sandbox.state.data.videos[data.VideoId]?.Status).toBe('UploadSucc');

    const again = await uploadCommand(file, data.Ticket).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(again?.code).toBe(1);
    expect(again?.stderr).toContain('Upload ticket refused: this ticket was already used');
  });

  it('a made-up ticket is refused and uploads nothing', async () => {
    const file = join(dir, 'other.mp4');
    await writeFile(file, randomBytes(1000));
    const refused = await uploadCommand(file, 'A'.repeat(43)).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(refused?.code).toBe(1);
    expect(refused?.stderr).toContain('Upload ticket refused: unknown ticket');
  });

  it('issues tickets for attached media too; the command uploads a subtitle file, with no credential refresh', async () => {
    const file = join(dir, 'captions.vtt');
    await writeFile(file, 'WEBVTT\n\n00:01.000 --> 00:02.000\nHello\n');
    const data = (await uploadMedia({ FilePath: file })) as unknown as { MediaType: string; MediaId: string; Ticket: string; NextStep: string };
    expect(data).toMatchObject({ MediaType: 'attached', Status: 'AwaitingUpload', Method: 'ticket' });
    expect(data.NextStep).toContain(`wait_for_media with MediaId ${data.MediaId}`);
    expect(data.NextStep).toContain('cannot be refreshed');
    const { stdout } = await uploadCommand(file, data.Ticket);
    expect(JSON.parse(stdout)).toMatchObject({ Status: 'Uploaded', MediaId: data.MediaId, MediaType: 'attached', method: 'put' });
    expect(sandbox.state.data.attachedMedia[data.MediaId]).toMatchObject({ BusinessType: 'subtitle', Status: 'Normal' });
  });

  it('refuses folder mode: the server cannot list the user\'s folders', async () => {
    const count = Object.keys(sandbox.state.data.videos).length;
    const result = (await session.client.callTool({ name: 'upload_media', arguments: { FilePath: '/home/someone/Videos', Pattern: '*.mp4' } })) as CallToolResult;
    expect(result.isError).toBe(true);
    expect(textOf(result)).toContain('over HTTP it cannot list your folders. Name each file');
    expect(Object.keys(sandbox.state.data.videos)).toHaveLength(count);
  });

  it('SourceURL works the same as over stdio: no file is read, VOD pulls the URL', async () => {
    let advanced = false;
    const result = (await session.client.callTool({ name: 'upload_media', arguments: { SourceURL: 'https://cdn.example.com/remote/recap.mp4' } }, undefined, {
      onprogress: () => {
        if (!advanced) sandbox.advance(11);
        advanced = true;
      },
    })) as CallToolResult;
    expect(result.isError, textOf(result)).toBeFalsy();
    const data = result.structuredContent as { Status: string; VideoId: string; JobId: string };
    expect(data).toMatchObject({ Status: 'Uploaded', Method: 'url' });
    expect(sandbox.state.data.videos[data.VideoId]?.Title).toBe('recap.mp4');
  });
});
