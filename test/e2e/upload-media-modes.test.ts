import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { connectStdio, textOf } from '../helpers/mcp-client.js';

// upload_media's other modes through a real MCP client (stdio) against the sandbox: attached media (subtitles by
// extension, BusinessType), folder mode (Pattern, Recursive, MaxFiles, the roots check per file) and SourceURL mode
// (UploadMediaByURL, whose job finishes on the sandbox clock, moved forward while the tool waits).

const MiB = 1024 * 1024;
let sandbox: Sandbox;
let session: Awaited<ReturnType<typeof connectStdio>>;
let root: string;
let outside: string;
let stateDir: string;

const serverArgs = (maxWaitMs: number) => ['--endpoint', sandbox.url, '--upload-roots', root, '--state-dir', stateDir, '--max-wait', String(maxWaitMs), '--log-level', 'error'];
const credentials = () => ({ ALIBABA_CLOUD_ACCESS_KEY_ID: sandbox.credentials.accessKeyId, ALIBABA_CLOUD_ACCESS_KEY_SECRET: sandbox.credentials.accessKeySecret });

type Structured = Record<string, unknown>;

async function call(args: Record<string, unknown>, options: { onFirstProgress?: () => void; on?: typeof session; name?: string } = {}) {
  const progress: string[] = [];
  const result = (await (options.on ?? session).client.callTool({ name: options.name ?? 'upload_media', arguments: args }, undefined, {
    onprogress: (event) => {
      progress.push(event.message ?? '');
      if (progress.length === 1) options.onFirstProgress?.();
    },
    timeout: 120_000,
  })) as CallToolResult;
  return { result, data: result.structuredContent as Structured, progress };
}

async function succeeded(args: Record<string, unknown>, options: Parameters<typeof call>[1] = {}) {
  const outcome = await call(args, options);
  expect(outcome.result.isError, textOf(outcome.result)).toBeFalsy();
  return outcome;
}

async function fileOf(dir: string, name: string, bytes: number): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, randomBytes(bytes));
  return path;
}

const counts = () => ({
  videos: Object.keys(sandbox.state.data.videos).length,
  images: Object.keys(sandbox.state.data.images).length,
  attached: Object.keys(sandbox.state.data.attachedMedia).length,
});
const createCalls = () => sandbox.requests.filter((request) => /^(CreateUpload|UploadMediaByURL)/.test(request.action)).length;

beforeAll(async () => {
  sandbox = await startSandbox({ enforceQps: false });
  root = await realpath(await mkdtemp(join(tmpdir(), 'vod-modes-root-')));
  outside = await realpath(await mkdtemp(join(tmpdir(), 'vod-modes-outside-')));
  stateDir = await mkdtemp(join(tmpdir(), 'vod-modes-state-'));
  // A bound long enough that URL uploads end by the job finishing, never by the bound.
  session = await connectStdio(serverArgs(60_000), { env: credentials() });
}, 30_000);
afterAll(async () => {
  await session?.close();
  await sandbox?.close();
  for (const dir of [root, outside, stateDir]) if (dir) await rm(dir, { recursive: true, force: true });
});

describe('upload_media: attached media', { timeout: 30_000 }, () => {
  it('uploads a subtitle file as attached media by its extension', async () => {
    await writeFile(join(root, 'captions.en.srt'), '1\n00:00:01,000 --> 00:00:02,000\nHello\n');
    const { data, result } = await succeeded({ FilePath: 'captions.en.srt', Title: 'English captions' });
    expect(data).toMatchObject({ MediaType: 'attached', Status: 'Uploaded', Method: 'put', FileName: 'captions.en.srt' });
    const id = String(data.MediaId);
    expect(data.VideoId).toBeUndefined();
    expect(sandbox.state.data.attachedMedia[id]).toMatchObject({ BusinessType: 'subtitle', Ext: 'srt', Title: 'English captions', Status: 'Normal', FileName: 'captions.en.srt' });
    expect(data.FileURL).toBe(sandbox.state.data.attachedMedia[id]?.FileURL);
    expect(data.MediaURL).toBeTruthy();
    expect(textOf(result)).toContain(`wait_for_media with MediaId ${id}`);
  });

  it('BusinessType watermark makes a png attached media, not an image', async () => {
    await fileOf(root, 'logo.png', 4096);
    const before = counts();
    const { data } = await succeeded({ FilePath: 'logo.png', BusinessType: 'watermark' });
    expect(data).toMatchObject({ MediaType: 'attached', Status: 'Uploaded', Bytes: 4096 });
    expect(sandbox.state.data.attachedMedia[String(data.MediaId)]).toMatchObject({ BusinessType: 'watermark', Ext: 'png', Status: 'Normal', Title: 'logo' });
    expect(counts()).toEqual({ ...before, attached: before.attached + 1 });
  });

  it('a large attached file goes in parts, and leaves no checkpoint (attached media cannot resume)', async () => {
    const size = 9 * MiB + 3;
    await fileOf(root, 'assets.zip', size);
    const { data } = await succeeded({ FilePath: 'assets.zip', BusinessType: 'material' });
    expect(data).toMatchObject({ MediaType: 'attached', Method: 'multipart', Bytes: size });
    expect(sandbox.state.data.attachedMedia[String(data.MediaId)]).toMatchObject({ BusinessType: 'material', Status: 'Normal', Size: size });
    expect(await readdir(join(stateDir, 'uploads')).catch(() => [])).toEqual([]);
  });

  it('refuses an extension the BusinessType does not take, without any API call', async () => {
    await fileOf(root, 'clip-for-sub.mp4', 1000);
    const before = { ...counts(), calls: createCalls(), requests: sandbox.requests.length };
    const { result } = await call({ FilePath: 'clip-for-sub.mp4', BusinessType: 'subtitle' });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toContain('BusinessType subtitle takes only srt, ass, stl, ttml, vtt files');
    expect({ ...counts(), calls: createCalls(), requests: sandbox.requests.length }).toEqual(before);
  });

  it('refuses BusinessType with TemplateGroupId (attached media are not transcoded)', async () => {
    const { result } = await call({ FilePath: 'logo.png', BusinessType: 'watermark', TemplateGroupId: 'abc' });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toContain('TemplateGroupId');
  });
});

describe('upload_media: folder mode', { timeout: 60_000 }, () => {
  it('uploads the matching files one by one; a symlink out of the roots is skipped and reported', async () => {
    const dir = join(root, 'shoot');
    await mkdir(dir);
    await fileOf(dir, 'a-intro.mp4', 200_000);
    await fileOf(dir, 'b-main.MP4', 300_000);
    await fileOf(dir, 'c-poster.png', 5_000);
    await fileOf(dir, 'd-raw.mov', 1_000);
    await fileOf(outside, 'private.mp4', 1_000);
    await symlink(join(outside, 'private.mp4'), join(dir, 'e-escape.mp4'));
    const before = counts();

    const { data, progress } = await succeeded({ FilePath: 'shoot', Pattern: '*.{mp4,png}', Tags: ['shoot'] });
    expect(data).toMatchObject({ Status: 'Uploaded', Method: 'folder', FileName: 'shoot', Matched: 4, Uploaded: 3, Failed: 0, Skipped: 1, LeftOut: 0, Bytes: 505_000 });
    const items = data.Items as Structured[];
    expect(items.map((item) => [item.FileName, item.Status])).toEqual([
      ['a-intro.mp4', 'Uploaded'],
      ['b-main.MP4', 'Uploaded'],
      ['c-poster.png', 'Uploaded'],
      ['e-escape.mp4', 'Skipped'],
    ]);
    expect(items[3]).toMatchObject({ Code: 'OutsideRoots' });
    expect(String(items[3]!.Message)).toContain('resolves outside the directories uploads may read');
    expect(sandbox.state.data.videos[String(items[0]!.VideoId)]).toMatchObject({ Title: 'a-intro', Tags: 'shoot' });
    expect(sandbox.state.data.videos[String(items[1]!.VideoId)]).toMatchObject({ Title: 'b-main', Size: 300_000 });
    expect(sandbox.state.data.images[String(items[2]!.ImageId)]?.Status).toBe('Normal');
    expect(counts()).toEqual({ ...before, videos: before.videos + 2, images: before.images + 1 });
    // Progress counts the bytes of all files.
    expect(progress.at(-1)).toContain(`uploaded ${(505_000 / MiB).toFixed(1)} of ${(505_000 / MiB).toFixed(1)} MiB in all`);
    expect(progress.some((message) => message.startsWith('file 2 of 3 (b-main.MP4)'))).toBe(true);
  });

  it('a failing file is recorded in its item and the others still go', async () => {
    const dir = join(root, 'mixed');
    await mkdir(dir);
    await fileOf(dir, '1.mp3', 1_000);
    await fileOf(dir, '2.png', 1_000);
    await fileOf(dir, '3.mp3', 1_000);
    sandbox.injectFault({ action: 'CreateUploadImage', kind: 'error', code: 'Forbidden.Test', message: 'Injected refusal.', httpStatus: 403, times: 1 });
    const { data, result } = await succeeded({ FilePath: dir, Pattern: '*' });
    expect(data).toMatchObject({ Status: 'PartlyUploaded', Matched: 3, Uploaded: 2, Failed: 1 });
    expect((data.Items as Structured[])[1]).toMatchObject({ FileName: '2.png', MediaType: 'image', Status: 'Failed', Code: 'Forbidden.Test' });
    expect((data.Items as Structured[])[1]!.ImageId).toBeUndefined();
    expect(textOf(result)).toContain('Failed items');
  });

  it('a cancellation aborts the current file and starts no other', async () => {
    const dir = join(root, 'cancelled');
    await mkdir(dir);
    await fileOf(dir, 'first.mp4', 40 * MiB);
    await fileOf(dir, 'second.mp4', 1_000);
    const before = new Set(Object.keys(sandbox.state.data.videos));
    const controller = new AbortController();
    const outcome = session.client.callTool({ name: 'upload_media', arguments: { FilePath: 'cancelled', Pattern: '*.mp4' } }, undefined, {
      signal: controller.signal,
      onprogress: () => controller.abort(),
    });
    await expect(outcome).rejects.toThrow(/abort|cancel/i);
    const created = () => Object.keys(sandbox.state.data.videos).filter((id) => !before.has(id));
    const multipart = () => Object.values((sandbox.state.data.slices.upload as { multipart: Record<string, { MediaId: string }> }).multipart).filter((upload) => created().includes(upload.MediaId));
    // The server aborts after the client stops waiting: give it until the multipart upload and its checkpoint are gone.
    for (let round = 0; round < 50 && (multipart().length || (await readdir(join(stateDir, 'uploads')).catch(() => [])).length); round++) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(multipart()).toEqual([]);
    expect(created()).toHaveLength(1);
    expect(sandbox.state.data.videos[created()[0]!]?.Title).toBe('first');
  });

  it('MaxFiles caps the uploads; the rest are LeftOut and the next step does not invite a repeat', async () => {
    const dir = join(root, 'many');
    await mkdir(dir);
    for (const name of ['t1.wav', 't2.wav', 't3.wav', 't4.wav', 't5.wav']) await fileOf(dir, name, 500);
    const before = counts();
    const { data } = await succeeded({ FilePath: 'many', Pattern: '*.wav', MaxFiles: 2 });
    expect(data).toMatchObject({ Matched: 5, Uploaded: 2, LeftOut: 3, LeftOutFiles: ['t3.wav', 't4.wav', 't5.wav'] });
    expect((data.Items as Structured[]).map((item) => item.FileName)).toEqual(['t1.wav', 't2.wav']);
    expect(counts().videos).toBe(before.videos + 2);
    expect(String(data.NextStep)).toContain('Do not repeat this call');
  });

  it('looks into sub-folders only with Recursive', async () => {
    const dir = join(root, 'nested');
    await mkdir(join(dir, 'day1'), { recursive: true });
    await fileOf(join(dir, 'day1'), 'scene.mkv', 700);
    const flat = await call({ FilePath: 'nested', Pattern: '*.mkv' });
    expect(flat.result.isError).toBe(true);
    expect(textOf(flat.result)).toContain('no file in nested matches *.mkv');
    const { data } = await succeeded({ FilePath: 'nested', Pattern: '*.mkv', Recursive: true });
    expect(data).toMatchObject({ Uploaded: 1, Items: [expect.objectContaining({ FileName: 'day1/scene.mkv', Status: 'Uploaded' })] });
  });

  it('refuses Pattern on a file, a folder without Pattern, and folder options without Pattern', async () => {
    await fileOf(root, 'single.mp4', 100);
    const onFile = await call({ FilePath: 'single.mp4', Pattern: '*.mp4' });
    expect(textOf(onFile.result)).toContain('single.mp4 is not a folder');
    const noPattern = await call({ FilePath: 'shoot' });
    expect(textOf(noPattern.result)).toContain('shoot is a folder, not a supported media file: give Pattern');
    const options = await call({ FilePath: 'shoot', Recursive: true });
    expect(options.result.isError).toBe(true);
    expect(textOf(options.result)).toContain('only in folder mode, with Pattern');
    const badGlob = await call({ FilePath: 'shoot', Pattern: '*.{mp4' });
    expect(textOf(badGlob.result)).toContain('unclosed {');
  });
});

describe('upload_media: SourceURL', { timeout: 60_000 }, () => {
  it('pulls the URL and answers the VideoId once the job has finished', async () => {
    const url = 'https://cdn.example.com/clips/launch-teaser.mp4';
    const { data, progress } = await succeeded({ SourceURL: url, Title: 'Launch teaser', Tags: ['launch'] }, { onFirstProgress: () => sandbox.advance(11) });
    expect(data).toMatchObject({ MediaType: 'video', Status: 'Uploaded', Method: 'url', FileName: 'launch-teaser.mp4' });
    const videoId = String(data.VideoId);
    expect(sandbox.state.data.videos[videoId]).toMatchObject({ Title: 'Launch teaser', Tags: 'launch' });
    const request = sandbox.requests.find((candidate) => candidate.action === 'UploadMediaByURL' && candidate.params.UploadURLs === url);
    expect(request?.params.UploadMetadatas).toBeDefined();
    expect(JSON.parse(String(request?.params.UploadMetadatas))).toEqual([{ SourceURL: url, Title: 'Launch teaser', Tags: 'launch' }]);
    expect(progress[0]).toContain(`URL upload job ${String(data.JobId)}`);
  });

  it('with a tiny wait bound answers Pulling and the JobId; wait_for_job finishes it', async () => {
    const quick = await connectStdio(serverArgs(0), { env: credentials() });
    try {
      const before = counts().videos;
      const { data } = await succeeded({ SourceURL: 'https://cdn.example.com/clips/keynote.mov' }, { on: quick });
      expect(data).toMatchObject({ MediaType: 'video', Status: 'Pulling', Method: 'url' });
      const jobId = String(data.JobId);
      expect(String(data.NextStep)).toContain(`call wait_for_job with JobType URLUpload and JobId ${jobId}`);
      expect(String(data.NextStep)).toContain('upload_media again is NOT right');
      const waited = await succeeded({ JobType: 'URLUpload', JobId: jobId }, { name: 'wait_for_job', onFirstProgress: () => sandbox.advance(11) });
      expect(waited.data).toMatchObject({ Done: true, WaitStatus: 'Succeeded', Status: 'SUCCESS' });
      expect(sandbox.state.data.videos[String(waited.data.VideoId)]?.Title).toBe('keynote.mov');
      expect(counts().videos).toBe(before + 1);
    } finally {
      await quick.close();
    }
  });

  it('a failed pull is a tool error naming the job', async () => {
    const { result } = await call({ SourceURL: 'https://cdn.example.com/missing/404.mp4' }, { onFirstProgress: () => sandbox.advance(11) });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(/URL upload job \S+ failed \(DownloadFailed/);
  });

  it('refuses FilePath with SourceURL, neither of them, and file options with SourceURL, before any API call', async () => {
    const before = sandbox.requests.length;
    const both = await call({ FilePath: 'single.mp4', SourceURL: 'https://cdn.example.com/a.mp4' });
    expect(both.result.isError).toBe(true);
    expect(textOf(both.result)).toContain('give exactly one of FilePath and SourceURL');
    const neither = await call({ Title: 'Nothing' });
    expect(neither.result.isError).toBe(true);
    expect(textOf(neither.result)).toContain('give exactly one of FilePath and SourceURL');
    const folderish = await call({ SourceURL: 'https://cdn.example.com/a.mp4', Pattern: '*.mp4' });
    expect(textOf(folderish.result)).toContain('only with FilePath, not with SourceURL');
    expect(sandbox.requests.length).toBe(before);
  });

  it('publishes the rules in the input JSON Schema', async () => {
    const { tools } = await session.client.listTools();
    const schema = tools.find((tool) => tool.name === 'upload_media')?.inputSchema as Structured;
    expect(schema.required).toBeUndefined();
    expect(schema).toMatchObject({
      if: { required: ['SourceURL'] },
      then: { not: { required: ['FilePath'] } },
      else: { required: ['FilePath'] },
      dependentRequired: { Recursive: ['Pattern'], MaxFiles: ['Pattern'] },
    });
    expect((schema.properties as Structured).BusinessType).toMatchObject({ enum: ['watermark', 'subtitle', 'material'] });
  });
});
