import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, stat, symlink, writeFile, realpath } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OssClient } from '../../src/client/oss/oss-client.js';
import { decodeUploadAddress, decodeUploadAuth } from '../../src/client/oss/upload-credentials.js';
import { UploadCheckpoints } from '../../src/client/upload/checkpoints.js';
import { partSizeFor } from '../../src/client/upload/upload-file.js';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { connectStdio, textOf } from '../helpers/mcp-client.js';
import { ok } from '../helpers/signed-request.js';

// upload_media through a real MCP client (stdio) against the sandbox's OSS endpoint: one PUT for a small file,
// parallel multipart for a large one, a resume from a checkpoint, cancellation that leaves no parts, and the
// allowed-roots refusals.

const MiB = 1024 * 1024;
let sandbox: Sandbox;
let session: Awaited<ReturnType<typeof connectStdio>>;
let root: string;
let outside: string;
let stateDir: string;

interface UploadSliceView {
  objects: Record<string, { Size: number }>;
  multipart: Record<string, { MediaId: string; Parts: Record<string, unknown> }>;
}
const uploads = () => sandbox.state.data.slices.upload as UploadSliceView;
const video = (id: string) => sandbox.state.data.videos[id];

async function call(args: Record<string, unknown>, options: { onProgress?: (message: string) => void; signal?: AbortSignal } = {}) {
  const progress: string[] = [];
  const result = (await session.client.callTool({ name: 'upload_media', arguments: args }, undefined, {
    onprogress: (event) => {
      progress.push(event.message ?? '');
      options.onProgress?.(event.message ?? '');
    },
    ...(options.signal ? { signal: options.signal } : {}),
    timeout: 120_000,
  })) as CallToolResult;
  return { result, data: result.structuredContent as Record<string, unknown>, progress };
}

async function fileOf(dir: string, name: string, bytes: number): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, randomBytes(bytes));
  return path;
}

beforeAll(async () => {
  sandbox = await startSandbox({ enforceQps: false });
  root = await realpath(await mkdtemp(join(tmpdir(), 'vod-upload-root-')));
  outside = await realpath(await mkdtemp(join(tmpdir(), 'vod-upload-outside-')));
  stateDir = await mkdtemp(join(tmpdir(), 'vod-upload-state-'));
  session = await connectStdio(['--endpoint', sandbox.url, '--upload-roots', root, '--state-dir', stateDir, '--log-level', 'error'], {
    env: { ALIBABA_CLOUD_ACCESS_KEY_ID: sandbox.credentials.accessKeyId, ALIBABA_CLOUD_ACCESS_KEY_SECRET: sandbox.credentials.accessKeySecret },
  });
}, 30_000);
afterAll(async () => {
  await session?.close();
  await sandbox?.close();
  for (const dir of [root, outside, stateDir]) if (dir) await rm(dir, { recursive: true, force: true });
});

describe('upload_media', { timeout: 30_000 }, () => {
  it('is listed by default as a write tool', async () => {
    const { tools } = await session.client.listTools();
    const tool = tools.find((candidate) => candidate.name === 'upload_media');
    expect(tool?.annotations).toMatchObject({ readOnlyHint: false, destructiveHint: false });
  });

  it('uploads a small video in one PUT; it becomes Normal as the sandbox clock moves', async () => {
    await fileOf(root, 'Short clip.mp4', 300_000);
    const { result, data } = await call({ FilePath: 'Short clip.mp4', Tags: ['demo'] });
    expect(result.isError, textOf(result)).toBeFalsy();
    expect(data).toMatchObject({ MediaType: 'video', Status: 'Uploaded', Method: 'put', Bytes: 300_000, Parts: 1, FileName: 'Short clip.mp4' });
    const id = String(data.VideoId);
    expect(video(id)).toMatchObject({ Title: 'Short clip', Size: 300_000 });
    expect(textOf(result)).toContain(`Next step: Call wait_for_media with VideoId ${id}`);
    await sandbox.advance(600);
    expect(video(id)?.Status).toBe('Normal');
  });

  it('uploads a large video in parallel parts, with progress', async () => {
    const size = 17 * MiB + 12_345;
    const path = await fileOf(root, 'long.mov', size);
    const { result, data, progress } = await call({ FilePath: path, Title: 'Long take' });
    expect(result.isError, textOf(result)).toBeFalsy();
    expect(data).toMatchObject({ Method: 'multipart', Bytes: size, Parts: Math.ceil(size / partSizeFor(size)) });
    expect(progress.at(-1)).toBe(`uploaded ${(size / MiB).toFixed(1)} of ${(size / MiB).toFixed(1)} MiB`);
    expect(progress.length).toBeGreaterThanOrEqual(Number(data.Parts));
    const id = String(data.VideoId);
    expect(video(id)).toMatchObject({ Title: 'Long take', Status: 'UploadSucc' });
    expect(Object.values(uploads().multipart).filter((upload) => upload.MediaId === id)).toEqual([]);
  });

  it('resumes an interrupted multipart upload: the parts already there are not sent again', async () => {
    const size = 12 * MiB;
    const path = await fileOf(root, 'interrupted.mp4', size);
    // What an upload killed after its first part leaves: the media record, the OSS upload with one part, the checkpoint.
    const created = await ok(sandbox, 'CreateUploadVideo', { Title: 'Interrupted', FileName: 'interrupted.mp4' });
    const record = { VideoId: String(created.VideoId), UploadAddress: String(created.UploadAddress), UploadAuth: String(created.UploadAuth) };
    const oss = new OssClient(decodeUploadAddress(record.UploadAddress), decodeUploadAuth(record.UploadAuth));
    const uploadId = await oss.initiateMultipartUpload();
    const partSize = partSizeFor(size);
    await oss.uploadPart(uploadId, 1, { path, start: 0, length: partSize });
    await oss.close();
    const info = await stat(path);
    await new UploadCheckpoints(stateDir).save(UploadCheckpoints.keyOf(path, size, info.mtimeMs), {
      MediaType: 'video', MediaId: record.VideoId, UploadId: uploadId, PartSize: partSize, UploadAddress: record.UploadAddress, CreatedAt: new Date().toISOString(),
    });

    const { result, data } = await call({ FilePath: path });
    expect(result.isError, textOf(result)).toBeFalsy();
    expect(data).toMatchObject({ VideoId: record.VideoId, Method: 'multipart', ResumedParts: 1, Parts: Math.ceil(size / partSize) });
    expect(video(record.VideoId)?.Status).toBe('UploadSucc');
    expect(await new UploadCheckpoints(stateDir).load(UploadCheckpoints.keyOf(path, size, info.mtimeMs))).toBeUndefined();
  });

  it('resumes after the server was killed mid-upload: the same VideoId, only the missing parts, then Normal', async () => {
    const size = 40 * MiB;
    const path = await fileOf(root, 'killed.mp4', size);
    const doomed = await connectStdio(['--endpoint', sandbox.url, '--upload-roots', root, '--state-dir', stateDir, '--log-level', 'error'], {
      env: { ALIBABA_CLOUD_ACCESS_KEY_ID: sandbox.credentials.accessKeyId, ALIBABA_CLOUD_ACCESS_KEY_SECRET: sandbox.credentials.accessKeySecret },
    });
    const before = new Set(Object.keys(sandbox.state.data.videos));
    let progressed = 0;
    const killed = doomed.client.callTool({ name: 'upload_media', arguments: { FilePath: path } }, undefined, {
      // The third notification comes after at least two parts are in OSS.
      onprogress: () => ++progressed === 3 && process.kill(doomed.pid()!, 'SIGKILL'),
    });
    await expect(killed).rejects.toThrow();
    await doomed.close().catch(() => undefined);
    const created = Object.keys(sandbox.state.data.videos).filter((id) => !before.has(id));
    expect(created).toHaveLength(1);
    expect(video(created[0]!)?.Status).toBe('Uploading');

    const { result, data } = await call({ FilePath: path });
    expect(result.isError, textOf(result)).toBeFalsy();
    expect(data.VideoId).toBe(created[0]);
    expect(Number(data.ResumedParts)).toBeGreaterThanOrEqual(2);
    expect(Object.keys(sandbox.state.data.videos).filter((id) => !before.has(id))).toHaveLength(1);
    await sandbox.advance(600);
    expect(video(created[0]!)?.Status).toBe('Normal');
  });

  it('a cancelled upload aborts its multipart upload: no parts are left behind', async () => {
    const path = await fileOf(root, 'cancelled.mp4', 40 * MiB);
    const controller = new AbortController();
    const before = new Set(Object.keys(sandbox.state.data.videos));
    const outcome = call({ FilePath: path }, { signal: controller.signal, onProgress: () => controller.abort() });
    await expect(outcome).rejects.toThrow(/abort|cancel/i);
    const id = Object.keys(sandbox.state.data.videos).find((candidate) => !before.has(candidate));
    expect(id).toBeDefined();
    // The server aborts after the client stops waiting: give it until the multipart upload is gone.
    for (let round = 0; round < 50 && Object.values(uploads().multipart).some((upload) => upload.MediaId === id); round++) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(Object.values(uploads().multipart).filter((upload) => upload.MediaId === id)).toEqual([]);
    expect(video(id!)?.Status).toBe('Uploading');
  });

  it('uploads an image by its extension', async () => {
    await fileOf(root, 'poster.png', 2048);
    const { result, data } = await call({ FilePath: 'poster.png' });
    expect(result.isError, textOf(result)).toBeFalsy();
    expect(data).toMatchObject({ MediaType: 'image', Method: 'put', Bytes: 2048 });
    expect(sandbox.state.data.images[String(data.ImageId)]?.Status).toBe('Normal');
  });

  describe('reads only files under the allowed roots', () => {
    it('refuses a path outside them, naming the roots, and creates nothing', async () => {
      const path = await fileOf(outside, 'secret.mp4', 1000);
      const count = Object.keys(sandbox.state.data.videos).length;
      const { result } = await call({ FilePath: path });
      expect(result.isError).toBe(true);
      expect(textOf(result)).toContain('outside the directories uploads may read');
      expect(textOf(result)).toContain(root);
      expect(Object.keys(sandbox.state.data.videos)).toHaveLength(count);
    });

    it('refuses .. and a symlink that leads out', async () => {
      await fileOf(outside, 'target.mp4', 1000);
      await symlink(join(outside, 'target.mp4'), join(root, 'link.mp4'));
      const viaLink = await call({ FilePath: 'link.mp4' });
      expect(textOf(viaLink.result)).toContain('resolves outside');
      const viaDots = await call({ FilePath: `../${outside.split('/').pop()}/target.mp4` });
      expect(viaDots.result.isError).toBe(true);
      expect(textOf(viaDots.result)).toContain('outside the directories');
    });

    it('refuses a missing file, a directory and an unsupported extension', async () => {
      expect(textOf((await call({ FilePath: 'nothing-here.mp4' })).result)).toContain('no such file');
      expect(textOf((await call({ FilePath: '.' + '/' })).result)).toContain('not a supported media file');
      await fileOf(root, 'notes.txt', 10);
      expect(textOf((await call({ FilePath: 'notes.txt' })).result)).toContain('not a supported media file');
    });
  });
});
