import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATE_GROUP_ID } from '../../src/sandbox/core-seed.js';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { connectStdio, textOf } from '../helpers/mcp-client.js';

// The wait tools against the sandbox: its jobs finish on the simulation clock, which the tests move forward while
// a tool waits (on its first progress notification), so nothing depends on how fast the machine is.

let sandbox: Sandbox;
let session: Awaited<ReturnType<typeof connectStdio>>;
let stateDir: string;

const videoTitled = (title: string) => {
  const video = Object.values(sandbox.state.data.videos).find((candidate) => candidate.Title === title);
  if (!video) throw new Error(`no demo video ${title}`);
  return video;
};

type Structured = Record<string, unknown>;

async function call(name: string, args: Record<string, unknown>, onFirstProgress?: () => void): Promise<{ result: CallToolResult; data: Structured; progress: string[] }> {
  const progress: string[] = [];
  const result = (await session.client.callTool({ name, arguments: args }, undefined, {
    onprogress: (event) => {
      progress.push(event.message ?? '');
      if (progress.length === 1) onFirstProgress?.();
    },
  })) as CallToolResult;
  expect(result.isError, textOf(result)).toBeFalsy();
  return { result, data: result.structuredContent as Structured, progress };
}

beforeAll(async () => {
  sandbox = await startSandbox({ enforceQps: false });
  stateDir = await mkdtemp(join(tmpdir(), 'vod-mcp-waits-'));
  // A bound long enough that the waits below end by the job finishing, never by the bound.
  session = await connectStdio(['--endpoint', sandbox.url, '--state-dir', stateDir, '--max-wait', '60000', '--toolsets', 'default,ai_jobs', '--log-level', 'error'], {
    env: { ALIBABA_CLOUD_ACCESS_KEY_ID: sandbox.credentials.accessKeyId, ALIBABA_CLOUD_ACCESS_KEY_SECRET: sandbox.credentials.accessKeySecret },
  });
}, 30_000);
afterAll(async () => {
  await session?.close();
  await sandbox?.close();
  if (stateDir) await rm(stateDir, { recursive: true, force: true });
});

describe('the task tools', () => {
  it('are listed, read-only', async () => {
    const { tools } = await session.client.listTools();
    for (const name of ['wait_for_media', 'wait_for_job', 'review_audit']) {
      const tool = tools.find((candidate) => candidate.name === name);
      expect(tool?.annotations?.readOnlyHint, name).toBe(true);
    }
  });
});

describe('wait_for_media', () => {
  it('waits for a transcoding demo video to become Normal, with progress, and reports its play streams', async () => {
    const webinar = videoTitled('Webinar recording (processing)');
    const first = await call('wait_for_media', { VideoId: webinar.VideoId, MaxWaitSeconds: 0 });
    expect(first.data).toMatchObject({ VideoId: webinar.VideoId, Done: false, WaitStatus: 'StillWaiting', Status: 'Transcoding', Polls: 1 });
    expect(first.data.NextStep).toContain('call wait_for_media again with the same arguments');

    const { result, data, progress } = await call('wait_for_media', { VideoId: webinar.VideoId, IncludePlayInfo: true }, () => sandbox.advance(61));
    expect(data).toMatchObject({ VideoId: webinar.VideoId, Done: true, WaitStatus: 'Reached', Status: 'Normal', Title: 'Webinar recording (processing)' });
    expect(data.Duration).toBe(webinar.Duration);
    expect(data.Polls).toBeGreaterThanOrEqual(2);
    expect(data.PlayInfo).toMatchObject({ Available: true, Streams: 3 });
    expect((data.PlayInfo as { Definitions: string[] }).Definitions.sort()).toEqual(['HD', 'LD', 'SD']);
    expect(progress[0]).toContain(`video ${webinar.VideoId}: Transcoding`);
    expect(result.content.some((block) => block.type === 'resource_link' && block.uri.endsWith(webinar.VideoId))).toBe(true);
  });

  it('stops at a terminal failure at once', async () => {
    const broken = videoTitled('Broken upload (corrupt source)');
    const { data } = await call('wait_for_media', { VideoId: broken.VideoId });
    expect(data).toMatchObject({ Done: true, WaitStatus: 'Failed', Status: 'TranscodeFail', Polls: 1 });
    expect(data.NextStep).toContain('get_transcode_summary');
  });

  it('answers "still waiting, call again" at a short bound, and NotFound for an unknown ID', async () => {
    const uploading = videoTitled('Upload in progress');
    const { data, progress } = await call('wait_for_media', { VideoId: uploading.VideoId, MaxWaitSeconds: 1 });
    expect(data).toMatchObject({ Done: false, WaitStatus: 'StillWaiting', Status: 'Uploading', NextStep: 'Still Uploading: call wait_for_media again with the same arguments.' });
    expect(progress.length).toBeGreaterThanOrEqual(1);
    const missing = await call('wait_for_media', { VideoId: 'ffffffffffffffffffffffffffffffff' });
    expect(missing.data).toMatchObject({ Done: true, WaitStatus: 'NotFound' });
  });

  it('waits for an image by ImageId', async () => {
    const image = Object.values(sandbox.state.data.images).find((candidate) => candidate.Title === 'Course banner')!;
    const { data } = await call('wait_for_media', { ImageId: image.ImageId });
    expect(data).toMatchObject({ ImageId: image.ImageId, Done: true, WaitStatus: 'Reached', Status: 'Normal', Width: 1200, Height: 400, Size: 182_344 });
  });

  it('refuses two IDs at once', async () => {
    const result = await session.client.callTool({ name: 'wait_for_media', arguments: { VideoId: 'a1', ImageId: 'b2' } });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toContain('exactly one of VideoId, ImageId, MediaId');
  });
});

describe('wait_for_job', () => {
  it('a transcode job: still running at a short bound, then its final state once the clock moves on', async () => {
    const keynote = videoTitled('Product launch keynote 2026');
    const submitted = await call('submit_transcode_jobs', { VideoId: keynote.VideoId, TemplateGroupId: DEFAULT_TEMPLATE_GROUP_ID });
    const taskId = submitted.data.TranscodeTaskId as string;
    expect(taskId).toMatch(/^[0-9a-f]{32}$/);

    const short = await call('wait_for_job', { JobType: 'Transcode', JobId: taskId, MaxWaitSeconds: 1 });
    expect(short.data).toMatchObject({ JobType: 'Transcode', JobId: taskId, Done: false, WaitStatus: 'StillRunning', Status: 'Processing', Progress: 0, VideoId: keynote.VideoId });
    expect(short.data.NextStep).toContain('call wait_for_job again with the same arguments');
    expect(short.progress[0]).toContain(`Transcode job ${taskId}: Processing (0%)`);

    const { data } = await call('wait_for_job', { JobType: 'Transcode', JobId: taskId }, () => sandbox.advance(61));
    expect(data).toMatchObject({ Done: true, WaitStatus: 'Succeeded', Status: 'CompleteAllSucc', Progress: 100, VideoId: keynote.VideoId });
    const outputs = data.Outputs as { Definition: string; Status: string; Url: string }[];
    expect(outputs.map((output) => output.Definition).sort()).toEqual(['HD', 'LD', 'SD']);
    expect(outputs.every((output) => output.Status === 'TranscodeSuccess' && output.Url.startsWith(`${sandbox.url}/play/${keynote.VideoId}/`))).toBe(true);

    // The same job by one of its transcode job IDs.
    const byJob = await call('wait_for_job', { JobType: 'Transcode', JobId: (submitted.data.TranscodeJobs as { JobId: string }[])[0]!.JobId });
    expect(byJob.data).toMatchObject({ Done: true, WaitStatus: 'Succeeded', VideoId: keynote.VideoId });
  });

  it('a snapshot job ends with its snapshot URLs', async () => {
    const keynote = videoTitled('Product launch keynote 2026');
    const submitted = await call('submit_snapshot_job', { VideoId: keynote.VideoId, Count: 3, Interval: 1 });
    const jobId = (submitted.data.SnapshotJob as { JobId: string }).JobId;
    const { data } = await call('wait_for_job', { JobType: 'Snapshot', JobId: jobId }, () => sandbox.advance(11));
    expect(data).toMatchObject({ Done: true, WaitStatus: 'Succeeded', Status: 'Success', VideoId: keynote.VideoId });
    // Signed URLs (URL authentication is on for the demo domain): compare without the auth_key.
    const urls = (data.Outputs as { Url: string }[]).map((output) => output.Url.split('?')[0]);
    expect(urls).toEqual([1, 2, 3].map((n) => `${sandbox.url}/snapshot/${keynote.VideoId}/${jobId}-0000${n}.jpg`));
  });

  it('a failing AI job ends Failed with the error code and message', async () => {
    const broken = videoTitled('Broken upload (corrupt source)');
    const submitted = await call('submit_ai_job', { MediaId: broken.VideoId, Types: ['AIVideoTag'] });
    const jobId = (submitted.data.AIJobList as { JobId: string }[])[0]!.JobId;
    const { data } = await call('wait_for_job', { JobType: 'AI', JobId: jobId }, () => sandbox.advance(31));
    expect(data).toMatchObject({ Done: true, WaitStatus: 'Failed', Status: 'fail', SubType: 'AIVideoTag', VideoId: broken.VideoId, ErrorCode: 'InvalidMediaFile' });
    expect(data.ErrorMessage).toBe('The source file cannot be decoded.');
  });

  it('a play-URL refresh, then the CDN refresh tasks it started', async () => {
    const keynote = videoTitled('Product launch keynote 2026');
    const submitted = await call('refresh_media_play_urls', { MediaIds: [keynote.VideoId], TaskType: 'Refresh' });
    const jobId = submitted.data.MediaRefreshJobId as string;
    const job = await call('wait_for_job', { JobType: 'MediaRefresh', JobId: jobId });
    expect(job.data).toMatchObject({ Done: true, WaitStatus: 'Succeeded', SubType: 'Refresh' });
    const [media] = job.data.Outputs as { VideoId: string; TaskIds: string }[];
    expect(media!.VideoId).toBe(keynote.VideoId);
    expect(media!.TaskIds.split(',')).toHaveLength(3);

    const short = await call('wait_for_job', { JobType: 'CDNRefresh', JobId: media!.TaskIds, MaxWaitSeconds: 0 });
    expect(short.data).toMatchObject({ Done: false, WaitStatus: 'StillRunning', Status: '3 Refreshing' });
    const tasks = await call('wait_for_job', { JobType: 'CDNRefresh', JobId: media!.TaskIds }, () => sandbox.advance(11));
    expect(tasks.data).toMatchObject({ Done: true, WaitStatus: 'Succeeded', Status: '3 Complete', Progress: 100 });
    expect((tasks.data.Outputs as { TaskId: string; Status: string }[]).map((task) => task.TaskId).join(',')).toBe(media!.TaskIds);
  });

  it('an unknown job is NotFound, not an error', async () => {
    const { data } = await call('wait_for_job', { JobType: 'AIMediaAudit', JobId: 'ffffffffffffffffffffffffffffffff' });
    expect(data).toMatchObject({ Done: true, WaitStatus: 'NotFound' });
  });
});

describe('review_audit', () => {
  it('gathers the demo audit of the reported clip into one verdict', async () => {
    const clip = videoTitled('Reported clip');
    const durationMs = Math.round(clip.Duration! * 1000);
    const before = sandbox.requests.length;
    const { result, data } = await call('review_audit', { VideoId: clip.VideoId, MaxFrames: 2 });
    expect(data).toMatchObject({ VideoId: clip.VideoId, ReviewStatus: 'Audited', Suggestion: 'block', FramesTotal: 6, FramesLeftOut: 4 });
    expect((data.Reasons as unknown[])[0]).toEqual({ Scene: 'porn', Label: 'porn', Count: 3, MaxScore: 99.1, Suggestion: 'block' });
    expect(data.Reasons).toContainEqual({ Scene: 'ad', Label: 'qrcode', Count: 1, MaxScore: 88.6, Suggestion: 'block' });
    const first = Math.round(durationMs * 0.12);
    expect((data.Frames as unknown[])[0]).toEqual({
      Timestamp: String(first),
      Second: first / 1000,
      Url: `${sandbox.url}/aivideocensor/${clip.VideoId}/${first}.jpg`,
      Findings: [{ Scene: 'porn', Label: 'porn', Score: 97.52 }],
    });
    expect(data.Audio).toMatchObject({ Suggestion: 'block', Total: 2, Labels: [{ Label: 'abuse', Count: 1 }, { Label: 'ad', Count: 1 }], SegmentsLeftOut: 0 });
    expect(data.ManualReview).toMatchObject({ Status: 'Blocked', Total: 1, Histories: [{ Status: 'Blocked', Reason: 'Pornographic content' }] });
    expect(data.NextStep).toContain('create_audit');
    // The transcript and the reviewer's notes are account text: shown fenced. The next step is the server's own
    // words: a text block of its own after the fence, never inside it.
    expect(textOf(result)).toContain('<untrusted-data>');
    const blocks = (result.content as { type: string; text?: string }[]).filter((block) => block.type === 'text').map((block) => block.text ?? '');
    expect(blocks[0]).not.toContain('create_audit');
    expect(blocks).toContain(`Next step: ${String(data.NextStep)}`);
    // Decides nothing: only reads.
    const actions = sandbox.requests.slice(before).map((request) => request.action);
    expect(actions.sort()).toEqual(['GetAuditHistory', 'GetMediaAuditAudioResultDetail', 'GetMediaAuditResult', 'GetMediaAuditResultDetail', 'GetMediaAuditResultTimeline']);
  });

  it('a clean video passes with no flagged frames', async () => {
    const tutorial = videoTitled('Getting started with ApsaraVideo VOD');
    const { data } = await call('review_audit', { VideoId: tutorial.VideoId });
    expect(data).toMatchObject({ ReviewStatus: 'Audited', Suggestion: 'pass', FramesTotal: 0, Frames: [], Reasons: [] });
  });

  it('no audit yet, then a running audit, then its verdict through wait_for_job', async () => {
    const podcast = videoTitled('Podcast episode 12');
    const none = await call('review_audit', { VideoId: podcast.VideoId });
    expect(none.data).toMatchObject({ ReviewStatus: 'NotAudited' });
    expect(none.data.NextStep).toContain('submit_ai_media_audit_job');

    const submitted = await call('submit_ai_media_audit_job', { MediaId: podcast.VideoId });
    const jobId = submitted.data.JobId as string;
    const running = await call('review_audit', { VideoId: podcast.VideoId });
    expect(running.data).toMatchObject({ ReviewStatus: 'Running', JobId: jobId });
    expect(running.data.NextStep).toContain(`wait_for_job (JobType AIMediaAudit, JobId ${jobId})`);

    const waited = await call('wait_for_job', { JobType: 'AIMediaAudit', JobId: jobId }, () => sandbox.advance(31));
    expect(waited.data).toMatchObject({ Done: true, WaitStatus: 'Succeeded', Status: 'success', MediaId: podcast.VideoId, Suggestion: 'pass' });
    const audited = await call('review_audit', { VideoId: podcast.VideoId });
    expect(audited.data).toMatchObject({ ReviewStatus: 'Audited', Suggestion: 'pass' });
  });
});
