import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { connectStdio, textOf } from '../helpers/mcp-client.js';

// Issue 10, "inputs that pass the schema but should not": each reproduction through the built server and a real
// client; the sandbox's request log proves that nothing reached the API.

let sandbox: Sandbox;
let session: Awaited<ReturnType<typeof connectStdio>>;
let videoIds: string[];

interface LoggedRequest {
  action: string;
  params: Record<string, string>;
}

const requestLog = async (): Promise<LoggedRequest[]> =>
  ((await (await fetch(`${sandbox.url}/__sandbox/requests`)).json()) as { requests: LoggedRequest[] }).requests;

/** Calls a tool and returns its result together with the API requests it caused. */
async function call(name: string, args: Record<string, unknown>) {
  const before = await requestLog();
  const result = await session.client.callTool({ name, arguments: args });
  const after = await requestLog();
  return { result, text: textOf(result), sent: after.slice(before.length) };
}

async function expectRefusedUnsent(name: string, args: Record<string, unknown>, message: RegExp) {
  const { result, text, sent } = await call(name, args);
  expect(result.isError, text).toBe(true);
  expect(text).toContain('nothing was sent to the API');
  expect(text).toMatch(message);
  expect(sent.map((request) => request.action)).toEqual([]);
  return text;
}

beforeAll(async () => {
  sandbox = await startSandbox({ enforceQps: false });
  videoIds = sandbox.generateMedia(30);
  session = await connectStdio(['--endpoint', sandbox.url, '--toolsets', 'all', '--log-level', 'error'], {
    env: { ALIBABA_CLOUD_ACCESS_KEY_ID: sandbox.credentials.accessKeyId, ALIBABA_CLOUD_ACCESS_KEY_SECRET: sandbox.credentials.accessKeySecret },
  });
}, 30_000);
afterAll(async () => {
  await session?.close();
  await sandbox?.close();
});

describe('comma-joined list items', () => {
  it('refuses two IDs in one item of delete_video, and deletes nothing', async () => {
    await expectRefusedUnsent('delete_video', { VideoIds: [`${videoIds[0]},${videoIds[1]}`] }, /VideoIds\.0: must not contain whitespace or commas/);
    const { sent } = await call('get_video_infos', { VideoIds: [videoIds[0]!, videoIds[1]!] });
    expect(sent[0]?.params.VideoIds).toBe(`${videoIds[0]},${videoIds[1]}`);
  });

  it('refuses 25 IDs packed into one item (the API takes 20 a call)', async () => {
    await expectRefusedUnsent('delete_video', { VideoIds: [videoIds.slice(0, 25).join(',')] }, /comma/);
  });

  it('refuses whitespace in IDs and in every other comma-joined list', async () => {
    await expectRefusedUnsent('get_video_infos', { VideoIds: [`${videoIds[0]} ${videoIds[1]}`] }, /VideoIds\.0: must not contain whitespace or commas/);
    await expectRefusedUnsent('describe_vod_transcode_data', { StartTime: '2026-01-01T00:00:00Z', EndTime: '2026-01-02T00:00:00Z', Specification: ['H264.SD,H264.HD'] }, /Specification\.0/);
  });

  it('still sends object paths joined by newlines, commas allowed', async () => {
    const { text, sent } = await call('preload_vod_object_caches', { ObjectPath: ['example.com/a,b.mp4', 'example.com/c.mp4'] });
    expect(text).not.toContain('Invalid arguments');
    expect(sent.map((request) => request.params.ObjectPath)).toEqual(['example.com/a,b.mp4\nexample.com/c.mp4']);
    await expectRefusedUnsent('preload_vod_object_caches', { ObjectPath: ['example.com/a.mp4\nexample.com/b.mp4'] }, /ObjectPath\.0: /);
  });
});

describe('string caps', () => {
  it('refuses a 5 MB IspNameEn before sending, and the server stays up', async () => {
    const text = await expectRefusedUnsent(
      'describe_vod_domain_bps_data',
      { IspNameEn: 'x'.repeat(5 * 1024 * 1024) },
      /IspNameEn: Too big: expected string to have <=1024 characters/,
    );
    expect(text.length).toBeLessThan(2_000);
    const { tools } = await session.client.listTools();
    expect(tools.length).toBeGreaterThan(100);
  });

  it('publishes the caps as maxLength', async () => {
    const { tools } = await session.client.listTools();
    const bps = tools.find((tool) => tool.name === 'describe_vod_domain_bps_data')!;
    expect((bps.inputSchema.properties as Record<string, { maxLength?: number }>).IspNameEn?.maxLength).toBe(1024);
    const update = tools.find((tool) => tool.name === 'update_video_info')!;
    expect((update.inputSchema.properties as Record<string, { maxLength?: number }>).Title?.maxLength).toBe(128);
  });
});

describe('text content', () => {
  it('refuses a lone UTF-16 surrogate with a clear message (it used to fail in signing)', async () => {
    const text = await expectRefusedUnsent('update_video_info', { VideoId: videoIds[2], Title: 'half \uD83D emoji' }, /Title: has a lone UTF-16 surrogate \(U\+D83D\)/);
    expect(text).not.toContain('URI malformed');
    await expectRefusedUnsent('update_video_info', { VideoId: videoIds[2], Description: 'tail \uDE00' }, /Description: has a lone UTF-16 surrogate/);
  });

  it.each([
    ['NUL', '\u0000', /NUL \(U\+0000\)/],
    ['CR/LF', 'line\r\nbreak', /a line break \(U\+000D\)/],
    ['a bidi override', 'abc\u202Egpj.exe', /a bidirectional override \(U\+202E\)/],
    ['a tab', 'a\tb', /a control character \(U\+0009\)/],
  ])('refuses %s in a title (single-line)', async (_name, value, message) => {
    await expectRefusedUnsent('update_video_info', { VideoId: videoIds[2], Title: `T${value}` }, message);
    await expectRefusedUnsent('add_category', { CateName: `C${value}` }, message);
    await expectRefusedUnsent('get_video_info', { VideoId: `${videoIds[2]}${value}` }, message);
  });

  it('allows line breaks in a description (multi-line) and sends them', async () => {
    const { result, sent } = await call('update_video_info', { VideoId: videoIds[3], Description: 'first line\nsecond line' });
    expect(result.isError, textOf(result)).toBeFalsy();
    expect(sent.find((request) => request.action === 'UpdateVideoInfo')?.params.Description).toBe('first line\nsecond line');
    await expectRefusedUnsent('update_video_info', { VideoId: videoIds[3], Description: 'nul\u0000' }, /NUL/);
  });
});

describe('dates', () => {
  it.each([
    ['get_video_list', { StartTime: '2026-99-99T99:99:99Z' }],
    ['get_video_list', { StartTime: '2026-02-30T00:00:00Z' }],
    ['list_transcode_task', { StartTime: '2026-13-01T00:00:00Z', EndTime: '2026-12-01T00:00:00Z' }],
    ['describe_play_top_videos', { BizDate: '2026-04-31T00:00:00Z' }],
    ['describe_vod_storage_data', { StartTime: '2026-01-01T24:00:00Z', EndTime: '2026-01-02T00:00:00Z' }],
  ])('%s refuses the impossible date in %j', async (name, args) => {
    await expectRefusedUnsent(name, args, /(real date|yyyy-MM-ddTHH:mm:ssZ)/);
  });

  it('publishes a pattern that bounds month, day and hour', async () => {
    const { tools } = await session.client.listTools();
    const list = tools.find((tool) => tool.name === 'get_video_list')!;
    const pattern = (list.inputSchema.properties as Record<string, { pattern?: string }>).StartTime!.pattern!;
    expect(new RegExp(pattern).test('2026-02-28T23:59:59Z')).toBe(true);
    expect(new RegExp(pattern).test('2026-99-99T99:99:99Z')).toBe(false);
  });
});

describe('object-model keys', () => {
  it.each(['__proto__', 'constructor', 'prototype'])('refuses a top-level %s as an unknown argument', async (key) => {
    const args = JSON.parse(`{"VideoId":"${videoIds[4]}","${key}":{"Title":"x"}}`) as Record<string, unknown>;
    await expectRefusedUnsent('get_video_info', args, new RegExp(`Unknown argument "${key}"`));
  });

  it('refuses __proto__ inside a nested object too', async () => {
    const args = JSON.parse(`{"Title":"t","FileName":"a.mp4","UserData":{"Extend":{"__proto__":{"a":"b"}}}}`) as Record<string, unknown>;
    await expectRefusedUnsent('create_upload_video', args, /Unknown key "__proto__" in UserData\.Extend/);
  });
});
