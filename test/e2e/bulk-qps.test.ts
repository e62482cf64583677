import { ElicitRequestSchema, type CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { defaultTemplateGroupId } from '../../src/sandbox/state/media-lifecycle.js';
import { connectStdio, textOf } from '../helpers/mcp-client.js';

// A bulk AddTags over 250 matched videos against the sandbox with its QPS flow control ON (the default): the dry run
// changes nothing, the run changes every video with an exact report, and the sandbox refused no request.
//
// Calls and limits (per-account QPS, src/client/qps-table.ts): planning is 3 SearchMedia pages of 100 (50 QPS); the
// run re-checks and writes 20 videos a call, 13 GetVideoInfos (100 QPS) and 13 UpdateVideoInfos (30 QPS). That is
// under one second's budget of each action, so the run takes about as long as its 29 round trips.
// SubmitTranscodes over the same 250 is one SubmitTranscodeJobs per video at 30 QPS: past the first second's 30 the
// client's rate limiter spaces them ~33 ms apart, about 7 s in all; without it the sandbox would refuse most of them.

vi.setConfig({ testTimeout: 60_000, hookTimeout: 30_000 });

const COUNT = 250;
let sandbox: Sandbox;
let session: Awaited<ReturnType<typeof connectStdio>>;
let stateDir: string;
let ids: string[];

type Structured = Record<string, unknown>;

async function call(name: string, args: Record<string, unknown>): Promise<Structured> {
  const result = (await session.client.callTool({ name, arguments: args }, undefined, { timeout: 60_000 })) as CallToolResult;
  expect(result.isError, textOf(result)).toBeFalsy();
  return result.structuredContent as Structured;
}

const requests = (action: string) => sandbox.requests.filter((request) => request.action === action).length;

async function throttleStats(): Promise<{ enforced: boolean; denied: Record<string, number>; injected: number }> {
  const response = await fetch(`${sandbox.url}/__sandbox/throttle`);
  expect(response.status).toBe(200);
  return (await response.json()) as { enforced: boolean; denied: Record<string, number>; injected: number };
}

beforeAll(async () => {
  sandbox = await startSandbox({ demo: false });
  ids = sandbox.generateMedia(COUNT);
  stateDir = await mkdtemp(join(tmpdir(), 'vod-mcp-bulk-qps-'));
  session = await connectStdio(['--endpoint', sandbox.url, '--state-dir', stateDir, '--toolsets', 'bulk', '--log-level', 'error'], {
    env: { ALIBABA_CLOUD_ACCESS_KEY_ID: sandbox.credentials.accessKeyId, ALIBABA_CLOUD_ACCESS_KEY_SECRET: sandbox.credentials.accessKeySecret },
    capabilities: { capabilities: { elicitation: { form: {} } } },
  });
  session.client.setRequestHandler(ElicitRequestSchema, async () => ({ action: 'accept', content: { confirm: true } }));
});
afterAll(async () => {
  await session?.close();
  await sandbox?.close();
  if (stateDir) await rm(stateDir, { recursive: true, force: true });
});

describe(`AddTags over ${COUNT} videos with QPS enforcement on`, () => {
  let jobId: string;

  it('the sandbox enforces the QPS limits and has refused nothing yet', async () => {
    expect(await throttleStats()).toEqual({ enforced: true, denied: {}, injected: 0 });
  });

  it('the dry run counts all 250 and changes nothing', async () => {
    // The sandbox watches its records through proxies (its search index), which structuredClone cannot copy.
    const before = JSON.parse(JSON.stringify(sandbox.state.data.videos));
    const plan = await call('plan_bulk_media', { Match: "Tags = 'generated'", Operation: 'AddTags', Tags: ['bulk-250'] });
    jobId = plan.JobId as string;
    expect(plan).toMatchObject({ Total: COUNT, WouldChange: COUNT, Unchanged: 0, LeftOut: 0 });
    expect(sandbox.state.data.videos).toEqual(before);
    expect(requests('SearchMedia')).toBe(3);
    expect(requests('UpdateVideoInfos')).toBe(0);
  });

  it('the confirmed run changes every video, reports exact counts, and no request was throttled', async () => {
    const report = await call('run_bulk_media', { JobId: jobId });
    expect(report).toMatchObject({ Total: COUNT, Changed: COUNT, Unchanged: 0, NotFound: 0, Forbidden: 0, Failed: 0, Remaining: 0, Failures: [] });
    for (const id of ids) expect(sandbox.state.data.videos[id]!.Tags!.split(',')).toContain('bulk-250');
    expect({ GetVideoInfos: requests('GetVideoInfos'), UpdateVideoInfos: requests('UpdateVideoInfos') }).toEqual({ GetVideoInfos: 13, UpdateVideoInfos: 13 });
    expect(sandbox.requests.filter((request) => request.code?.startsWith('Throttling'))).toEqual([]);
    expect(await throttleStats()).toEqual({ enforced: true, denied: {}, injected: 0 });
  });
});

describe(`SubmitTranscodes over the same ${COUNT} videos: one call per video at 30 QPS`, () => {
  it('submits every transcode, reports a TranscodeTaskId per video, and no request was throttled', async () => {
    const groupId = defaultTemplateGroupId(sandbox);
    const plan = await call('plan_bulk_media', { Match: "Tags = 'generated'", Operation: 'SubmitTranscodes', TemplateGroupId: groupId });
    expect(plan).toMatchObject({ Total: COUNT, WouldChange: COUNT });
    const tasksBefore = Object.keys(sandbox.state.data.transcodeTasks).length;
    expect(requests('SubmitTranscodeJobs')).toBe(0);
    const report = await call('run_bulk_media', { JobId: plan.JobId });
    expect(report).toMatchObject({ Total: COUNT, Changed: COUNT, Failed: 0, Forbidden: 0, Remaining: 0 });
    expect(requests('SubmitTranscodeJobs')).toBe(COUNT);
    expect(Object.keys(sandbox.state.data.transcodeTasks).length - tasksBefore).toBe(COUNT);
    const jobs = report.Jobs as { VideoId: string; JobId: string }[];
    expect(jobs).toHaveLength(100);
    for (const job of jobs) expect(sandbox.state.data.transcodeTasks[job.JobId]?.VideoId).toBe(job.VideoId);
    expect(report.NextStep).toContain('wait_for_job (JobType Transcode');
    const saved = JSON.parse(await readFile(join(stateDir, 'bulk', `${String(plan.JobId)}.json`), 'utf8')) as { Items: { JobId?: string }[] };
    expect(new Set(saved.Items.map((item) => item.JobId)).size).toBe(COUNT);
    expect(await throttleStats()).toEqual({ enforced: true, denied: {}, injected: 0 });
  });
});
