import { ElicitRequestSchema, type CallToolResult, type ElicitResult } from '@modelcontextprotocol/sdk/types.js';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { connectStdio, textOf } from '../helpers/mcp-client.js';

// plan_bulk_media and run_bulk_media through the built server and a real MCP client against the sandbox:
// a dry run, a declined run (nothing happens), an accepted run (per-item outcomes), and a rerun (nothing more).

vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });

let sandbox: Sandbox;
let session: Awaited<ReturnType<typeof connectStdio>>;
let stateDir: string;
let ids: string[];
let answer: () => ElicitResult = () => ({ action: 'decline' });
const messages: string[] = [];

type Structured = Record<string, unknown>;

async function call(name: string, args: Record<string, unknown>): Promise<{ result: CallToolResult; data: Structured; progress: string[] }> {
  const progress: string[] = [];
  const result = (await session.client.callTool({ name, arguments: args }, undefined, { onprogress: (event) => progress.push(event.message ?? '') })) as CallToolResult;
  expect(result.isError, textOf(result)).toBeFalsy();
  return { result, data: result.structuredContent as Structured, progress };
}

const requests = (action: string) => sandbox.requests.filter((request) => request.action === action).length;
const video = (id: string) => sandbox.state.data.videos[id];

beforeAll(async () => {
  sandbox = await startSandbox({ enforceQps: false });
  ids = sandbox.generateMedia(60);
  stateDir = await mkdtemp(join(tmpdir(), 'vod-mcp-bulk-'));
  session = await connectStdio(['--endpoint', sandbox.url, '--state-dir', stateDir, '--toolsets', 'default,bulk', '--log-level', 'error'], {
    env: { ALIBABA_CLOUD_ACCESS_KEY_ID: sandbox.credentials.accessKeyId, ALIBABA_CLOUD_ACCESS_KEY_SECRET: sandbox.credentials.accessKeySecret },
    capabilities: { capabilities: { elicitation: { form: {} } } },
  });
  session.client.setRequestHandler(ElicitRequestSchema, async (request) => {
    messages.push(request.params.message);
    return answer();
  });
});
afterAll(async () => {
  await session?.close();
  await sandbox?.close();
  if (stateDir) await rm(stateDir, { recursive: true, force: true });
});

describe('the bulk tools', () => {
  it('are listed: plan read-only, run destructive', async () => {
    const { tools } = await session.client.listTools();
    expect(tools.find((tool) => tool.name === 'plan_bulk_media')?.annotations?.readOnlyHint).toBe(true);
    expect(tools.find((tool) => tool.name === 'run_bulk_media')?.annotations?.destructiveHint).toBe(true);
  });
});

describe('SetCategory over 60 generated videos', () => {
  let jobId: string;
  let target: number;
  let already: string[];

  it('plans: dry-run counts, a sample, a plan file, and no change', async () => {
    target = Object.values(sandbox.state.data.categories).find((category) => category.CateName === 'Serverless')!.CateId;
    already = ids.filter((id) => video(id)!.CateId === target);
    expect(already.length).toBeGreaterThan(0);
    const updatesBefore = requests('UpdateVideoInfos');
    const { data, result } = await call('plan_bulk_media', { Match: "Tags = 'generated'", Operation: 'SetCategory', CateId: target });
    jobId = data.JobId as string;
    expect(jobId).toMatch(/^[0-9a-f-]{36}$/);
    expect(data).toMatchObject({ Operation: 'SetCategory', Total: 60, Unchanged: already.length, WouldChange: 60 - already.length, LeftOut: 0 });
    expect(data.Sample).toHaveLength(10);
    expect((data.Sample as { VideoId: string }[]).every((item) => ids.includes(item.VideoId))).toBe(true);
    expect(data.NextStep).toContain(`run_bulk_media with JobId ${jobId}`);
    expect(textOf(result)).toContain(`run_bulk_media with JobId ${jobId}`);
    const plan = JSON.parse(await readFile(join(stateDir, 'bulk', `${jobId}.json`), 'utf8')) as { Items: { VideoId: string; State: string }[]; Operation: unknown };
    expect(plan.Operation).toEqual({ Type: 'SetCategory', CateId: target });
    expect(plan.Items.map((item) => item.VideoId).sort()).toEqual([...ids].sort());
    expect(plan.Items.every((item) => item.State === 'pending')).toBe(true);
    expect(requests('UpdateVideoInfos')).toBe(updatesBefore);
  });

  it('a declined confirmation executes nothing', async () => {
    answer = () => ({ action: 'decline' });
    const updatesBefore = requests('UpdateVideoInfos');
    const result = (await session.client.callTool({ name: 'run_bulk_media', arguments: { JobId: jobId } })) as CallToolResult;
    expect(result.isError).toBe(true);
    expect(messages.at(-1)).toContain(`(plan ${jobId}`);
    expect(messages.at(-1)).toContain(`Set the category of 60 videos to ${target}`);
    expect(messages.at(-1)).toMatch(/"Title":"Generated video \d+"/);
    expect(requests('UpdateVideoInfos')).toBe(updatesBefore);
    expect(ids.filter((id) => video(id)!.CateId === target)).toEqual(already);
  });

  it('an accepted run changes the rest, reports videos deleted meanwhile as not_found, with progress', async () => {
    answer = () => ({ action: 'accept', content: { confirm: true } });
    const gone = ids.filter((id) => !already.includes(id)).slice(0, 2);
    for (const id of gone) delete sandbox.state.data.videos[id];
    const { data, progress } = await call('run_bulk_media', { JobId: jobId });
    expect(data).toMatchObject({ JobId: jobId, Total: 60, Changed: 60 - already.length - 2, Unchanged: already.length, NotFound: 2, Failed: 0, Remaining: 0, Failures: [] });
    expect(data.NextStep).toContain('Done');
    // Progress is fire-and-forget: the last notification may arrive after the result, when the client no longer listens.
    expect(progress).toContain('20 of 60 videos processed');
    const left = ids.filter((id) => !gone.includes(id));
    expect(left.every((id) => video(id)!.CateId === target)).toBe(true);
    const plan = JSON.parse(await readFile(join(stateDir, 'bulk', `${jobId}.json`), 'utf8')) as { Items: { VideoId: string; State: string }[] };
    expect(plan.Items.filter((item) => item.State === 'not_found').map((item) => item.VideoId).sort()).toEqual([...gone].sort());
  });

  it('a rerun of the same JobId changes nothing more', async () => {
    const before = { updates: requests('UpdateVideoInfos'), lookups: requests('GetVideoInfos') };
    const { data } = await call('run_bulk_media', { JobId: jobId });
    expect(data).toMatchObject({ Changed: 60 - already.length - 2, Unchanged: already.length, NotFound: 2, Failed: 0, Remaining: 0 });
    expect(requests('UpdateVideoInfos')).toBe(before.updates);
    expect(requests('GetVideoInfos')).toBe(before.lookups);
  });

  it('get_bulk_job reads the results from the plan file without a call or a confirmation', async () => {
    const before = sandbox.requests.length;
    const asked = messages.length;
    const { data } = await call('get_bulk_job', { JobId: jobId });
    expect(data).toMatchObject({ JobId: jobId, Operation: 'SetCategory', Total: 60, Changed: 60 - already.length - 2, NotFound: 2, Remaining: 0, Running: false });
    expect(data.NextStep).toMatch(/^Done/);
    expect(sandbox.requests.length).toBe(before);
    expect(messages.length).toBe(asked);
  });
});

describe('AddTags and Delete', () => {
  it('AddTags adds to the existing tags; a run with MaxItems stops early and resumes', async () => {
    answer = () => ({ action: 'accept', content: { confirm: true } });
    const odd = Object.values(sandbox.state.data.videos).filter((candidate) => candidate.Tags?.split(',').includes('odd'));
    const { data: plan } = await call('plan_bulk_media', { Match: "Tags = 'odd'", Operation: 'AddTags', Tags: ['reviewed'] });
    expect(plan).toMatchObject({ Total: odd.length, WouldChange: odd.length, Unchanged: 0 });
    const first = await call('run_bulk_media', { JobId: plan.JobId, MaxItems: 20 });
    expect(first.data).toMatchObject({ Changed: 20, Remaining: odd.length - 20 });
    expect(first.data.NextStep).toContain('still to do');
    const second = await call('run_bulk_media', { JobId: plan.JobId });
    expect(second.data).toMatchObject({ Changed: odd.length, Remaining: 0 });
    expect(odd.every((candidate) => video(candidate.VideoId)!.Tags === 'generated,odd,reviewed')).toBe(true);
  });

  it('Delete removes the planned videos', async () => {
    answer = () => ({ action: 'accept', content: { confirm: true } });
    const targets = sandbox.generateMedia(3);
    const { data: plan } = await call('plan_bulk_media', { Match: `VideoId in (${targets.map((id) => `'${id}'`).join(',')})`, Operation: 'Delete' });
    expect(plan).toMatchObject({ Total: 3, WouldChange: 3 });
    const { data } = await call('run_bulk_media', { JobId: plan.JobId });
    expect(data).toMatchObject({ Changed: 3, Remaining: 0 });
    expect(targets.every((id) => !video(id))).toBe(true);
    expect(messages.at(-1)).toContain('Delete 3 videos');
  });

  it('an unknown JobId is a tool error naming plan_bulk_media', async () => {
    const result = (await session.client.callTool({ name: 'plan_bulk_media', arguments: { Operation: 'SetCategory' } })) as CallToolResult;
    expect(result.isError).toBe(true);
    expect(textOf(result)).toContain('CateId');
    answer = () => ({ action: 'accept', content: { confirm: true } });
    const missing = (await session.client.callTool({ name: 'run_bulk_media', arguments: { JobId: '00000000-0000-4000-8000-000000000000' } })) as CallToolResult;
    expect(missing.isError).toBe(true);
    expect(textOf(missing)).toContain('plan_bulk_media');
  });
});

describe('SetTitlePrefix and RefreshPlayUrls', () => {
  it('SetTitlePrefix: the dry run names the too long title, the run prefixes the rest and fails it with TitleTooLong without a call', async () => {
    answer = () => ({ action: 'accept', content: { confirm: true } });
    const targets = sandbox.generateMedia(3);
    sandbox.state.data.videos[targets[1]!]!.Title = `[x] ${video(targets[1]!)!.Title}`;
    sandbox.state.data.videos[targets[2]!]!.Title = 'é'.repeat(63);
    const match = `VideoId in (${targets.map((id) => `'${id}'`).join(',')})`;
    // The sandbox watches its records through proxies (its search index), which structuredClone cannot copy.
    const before = JSON.parse(JSON.stringify(targets.map((id) => video(id))));
    const { data: plan } = await call('plan_bulk_media', { Match: match, Operation: 'SetTitlePrefix', TitlePrefix: '[x] ' });
    expect(plan).toMatchObject({ Total: 3, WouldChange: 1, Unchanged: 1, WouldFail: 1 });
    expect(plan.Sample).toContainEqual(expect.objectContaining({ VideoId: targets[2], Outcome: 'fail', Code: 'TitleTooLong' }));
    expect(targets.map((id) => video(id))).toEqual(before);
    const updates = sandbox.requests.filter((request) => request.action === 'UpdateVideoInfos').length;
    const { data } = await call('run_bulk_media', { JobId: plan.JobId });
    expect(messages.at(-1)).toContain('Prefix the titles of 3 videos with "[x] "');
    expect(data).toMatchObject({ Changed: 1, Unchanged: 1, Failed: 1, Forbidden: 0 });
    expect(data.Failures).toEqual([expect.objectContaining({ VideoId: targets[2], State: 'failed', Code: 'TitleTooLong' })]);
    const sent = sandbox.requests.filter((request) => request.action === 'UpdateVideoInfos').slice(updates);
    expect(sent).toHaveLength(1);
    expect(JSON.parse(sent[0]!.params.UpdateContent!)).toEqual([{ VideoId: targets[0], Title: `[x] ${before[0]!.Title}` }]);
    expect(video(targets[2]!)!.Title).toBe('é'.repeat(63));
  });

  it('RefreshPlayUrls: one RefreshMediaPlayUrls per chunk, the MediaRefreshJobId per video', async () => {
    answer = () => ({ action: 'accept', content: { confirm: true } });
    const targets = sandbox.generateMedia(2);
    const { data: plan } = await call('plan_bulk_media', { Match: `VideoId in (${targets.map((id) => `'${id}'`).join(',')})`, Operation: 'RefreshPlayUrls' });
    const before = requests('RefreshMediaPlayUrls');
    const { data } = await call('run_bulk_media', { JobId: plan.JobId });
    expect(data).toMatchObject({ Changed: 2, Failed: 0 });
    expect(requests('RefreshMediaPlayUrls')).toBe(before + 1);
    const jobs = data.Jobs as { VideoId: string; JobId: string }[];
    expect(jobs.map((job) => job.VideoId).sort()).toEqual([...targets].sort());
    expect(new Set(jobs.map((job) => job.JobId)).size).toBe(1);
    const { data: waited } = await call('wait_for_job', { JobType: 'MediaRefresh', JobId: jobs[0]!.JobId, MaxWaitSeconds: 1 });
    expect(waited.JobType).toBe('MediaRefresh');
  });
});

describe('two runs of the same plan at once', () => {
  it('the second is refused as already running and sends nothing; the first completes', async () => {
    const targets = sandbox.generateMedia(3);
    const { data: plan } = await call('plan_bulk_media', { Match: `VideoId in (${targets.map((id) => `'${id}'`).join(',')})`, Operation: 'AddTags', Tags: ['locked'] });
    // The first run's re-check is held for 3 s; the second confirmation is given only once the first is inside it.
    sandbox.injectFault({ action: 'GetVideoInfos', kind: 'slow', delayMs: 3000, times: 1 });
    let asked = 0;
    answer = () => ({ action: 'accept', content: { confirm: true } });
    session.client.setRequestHandler(ElicitRequestSchema, async (request) => {
      messages.push(request.params.message);
      if (asked++ > 0) for (let i = 0; i < 100 && sandbox.faults.list().length; i++) await new Promise((resolve) => setTimeout(resolve, 20));
      return answer();
    });
    const updates = requests('UpdateVideoInfos');
    const lookups = requests('GetVideoInfos');
    const runs = await Promise.all([0, 1].map(() => session.client.callTool({ name: 'run_bulk_media', arguments: { JobId: plan.JobId } }) as Promise<CallToolResult>));
    const refused = runs.filter((result) => result.isError);
    expect(refused).toHaveLength(1);
    expect(textOf(refused[0])).toContain('already running');
    const done = runs.find((result) => !result.isError)!;
    expect(done.structuredContent).toMatchObject({ Changed: 3, Remaining: 0 });
    expect(requests('UpdateVideoInfos')).toBe(updates + 1);
    expect(requests('GetVideoInfos')).toBe(lookups + 1);
    expect(targets.every((id) => video(id)!.Tags!.split(',').includes('locked'))).toBe(true);
  });
});
