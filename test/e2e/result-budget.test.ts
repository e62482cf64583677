import type { CallToolResult, Tool } from '@modelcontextprotocol/sdk/types.js';
import { createRequire } from 'node:module';
import { Tiktoken } from 'js-tiktoken/lite';
import o200k from 'js-tiktoken/ranks/o200k_base';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { connectStdio } from '../helpers/mcp-client.js';

// Results sized for an agent (issue 14), through the built server and a real MCP client on the sandbox: realistic
// calls that used to overflow a client come back within the budget (counted with a real o200k tokenizer), valid
// against the tool's output schema, saying what was left out; following the notice returns the next part.
const require = createRequire(import.meta.url);
const Ajv2020 = require('ajv/dist/2020').default as new (options: Record<string, unknown>) => { compile(schema: unknown): (value: unknown) => boolean };
const encoder = new Tiktoken(o200k);
const BUDGET = 20_000;

let sandbox: Sandbox;
let session: Awaited<ReturnType<typeof connectStdio>>;
let tools: Map<string, Tool>;

beforeAll(async () => {
  sandbox = await startSandbox({ enforceQps: false });
  session = await connectStdio(['--endpoint', sandbox.url, '--toolsets', 'all', '--log-level', 'error'], {
    env: { ALIBABA_CLOUD_ACCESS_KEY_ID: sandbox.credentials.accessKeyId, ALIBABA_CLOUD_ACCESS_KEY_SECRET: sandbox.credentials.accessKeySecret },
  });
  tools = new Map((await session.client.listTools()).tools.map((tool) => [tool.name, tool]));
}, 60_000);
afterAll(async () => {
  await session?.close();
  await sandbox?.close();
});

const call = async (name: string, args: Record<string, unknown>) => (await session.client.callTool({ name, arguments: args })) as CallToolResult;
const texts = (result: CallToolResult) => result.content.filter((block) => block.type === 'text').map((block) => (block as { text: string }).text);
const tokens = (result: CallToolResult) => texts(result).reduce((sum, text) => sum + encoder.encode(text).length, 0);
const notice = (result: CallToolResult) => String((result.structuredContent as { ResultNotice?: string }).ResultNotice ?? '');
const days = (count: number) => {
  const end = new Date(sandbox.clock.now());
  const start = new Date(end.getTime() - count * 86_400_000);
  const iso = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return { StartTime: iso(start), EndTime: iso(end) };
};

function expectWithinBudgetAndValid(name: string, result: CallToolResult) {
  expect(result.isError, texts(result).join('\n').slice(0, 500)).toBeFalsy();
  expect(tokens(result)).toBeLessThanOrEqual(BUDGET);
  const valid = new Ajv2020({ strict: false }).compile(tools.get(name)!.outputSchema);
  expect(valid(result.structuredContent)).toBe(true);
}

const FIELDS = ['Title', 'CoverURL', 'Status', 'Description', 'Tags', 'CateName', 'Size', 'Duration', 'CreationTime', 'ModificationTime', 'StorageLocation', 'AppId', 'Snapshots', 'SpriteSnapshots', 'DownloadSwitch', 'TranscodeMode', 'PreprocessStatus'];

describe('results within the budget', () => {
  it('30 days of domain logs at PageSize 1000: the first items, and the next PageNumber returns the rest in order', async () => {
    const args = { DomainName: 'video.example.com', ...days(30), PageSize: 1000, PageNumber: 1 };
    const result = await call('describe_vod_domain_log', args);
    expectWithinBudgetAndValid('describe_vod_domain_log', result);
    const text = notice(result);
    const match = /the first (\d+) of (\d+) items are shown; call again with the same arguments and PageSize=(\d+), PageNumber=(\d+)/.exec(text);
    expect(match, text).not.toBeNull();
    const [, kept, , pageSize, pageNumber] = match!.map(Number) as [number, number, number, number, number];
    const logs = (value: unknown) => (value as { DomainLogDetails: { LogInfos: { LogName: string }[] }[] }).DomainLogDetails[0]!.LogInfos.map((log) => log.LogName);
    const shown = logs(result.structuredContent);
    expect(shown.length).toBe(kept);
    const next = await call('describe_vod_domain_log', { ...args, PageSize: pageSize, PageNumber: pageNumber });
    expect(next.isError).toBeFalsy();
    const smallerPages = await call('describe_vod_domain_log', { ...args, PageSize: pageSize, PageNumber: pageNumber - 1 });
    expect(logs(smallerPages.structuredContent)).toEqual(shown.slice(-pageSize));
    const nextNames = logs(next.structuredContent);
    expect(nextNames.length).toBeGreaterThan(0);
    expect(shown).not.toContain(nextNames[0]);
  });

  it('30 days of traffic: a summary of the full series, points averaged with the factor stated', async () => {
    const args = { DomainName: ['video.example.com'], ...days(30), Interval: '3600' };
    const result = await call('describe_vod_domain_traffic_data', args);
    expectWithinBudgetAndValid('describe_vod_domain_traffic_data', result);
    const all = texts(result).join('\n');
    expect(all).toMatch(/Series summary \(full data\): TrafficDataPerInterval: 72\d points every 3600 s, Value total [\d.]+, average [\d.]+, peak [\d.]+ at \d{4}-/);
    if (notice(result)) expect(notice(result)).toMatch(/TrafficDataPerInterval: 72\d points averaged \d+ to 1 \(\d+ shown\)/);
  });

  it('two days of bandwidth at 5-minute points stays within the budget', async () => {
    const result = await call('describe_vod_domain_bps_data', { DomainName: ['video.example.com'], ...days(2), Interval: '300' });
    expectWithinBudgetAndValid('describe_vod_domain_bps_data', result);
    expect(texts(result).join('\n')).toMatch(/BpsDataPerInterval: 57\d points every 300 s/);
  });

  it('search_media with PageSize 100 and all fields stays within the budget and links its media', async () => {
    const args = { SearchType: 'video', PageNo: 1, PageSize: 100, Fields: FIELDS };
    const result = await call('search_media', args);
    expectWithinBudgetAndValid('search_media', result);
    expect(result.content.some((block) => block.type === 'resource_link' && block.uri.startsWith('vod://media/video/'))).toBe(true);
  });

  it('search_media with snapshots: a cover URL that is also a snapshot is written once in the text, every copy stays in structured content', async () => {
    const result = await call('search_media', { PageSize: 20, Fields: ['Title', 'CoverURL', 'Snapshots'] });
    expectWithinBudgetAndValid('search_media', result);
    const media = (result.structuredContent as { MediaList: { Video?: { CoverURL?: string; Snapshots?: string[] } }[] }).MediaList;
    const repeated = media.map((item) => item.Video).filter((video) => video?.CoverURL && video.Snapshots?.includes(video.CoverURL));
    expect(repeated.length).toBeGreaterThan(0);
    const [data, ...rest] = texts(result);
    for (const video of repeated) expect(data!.split(video!.CoverURL!).length - 1).toBe(1);
    expect(data).toContain('(same as MediaList[');
    expect(rest.join('\n')).toContain('each later copy reads "(same as <path>)"');
  });

  it('a huge argument: the error stays within the budget, and the server keeps serving', async () => {
    const result = await call('get_video_info', { VideoId: 'x'.repeat(5_000_000) });
    expect(result.isError).toBe(true);
    expect(tokens(result)).toBeLessThanOrEqual(BUDGET);
    const after = await call('search_media', { SearchType: 'video', PageSize: 1 });
    expect(after.isError).toBeFalsy();
  });

  it('results naming media carry resource links to their vod:// resources', async () => {
    const result = await call('search_media', { SearchType: 'video', PageSize: 5 });
    const links = result.content.filter((block) => block.type === 'resource_link');
    expect(links.length).toBeGreaterThan(0);
    expect((result.structuredContent as { Paging?: unknown }).Paging).toMatchObject({ Returned: 5, NextPage: { PageSize: 5 } });
    expect(texts(result).some((text) => text.startsWith('Paging: '))).toBe(true);
    const read = await session.client.readResource({ uri: (links[0] as { uri: string }).uri });
    expect(read.contents[0]!.uri).toBe((links[0] as { uri: string }).uri);
  });
});
