import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { callSandbox, expectError, ok } from '../helpers/signed-request.js';

// Job details and lists over the families' job records, digital watermark extraction on the sandbox clock, editing
// project materials and editing usage, driven over HTTP. `ok` also checks each answer against the tool's output schema.

type Obj = Record<string, unknown>;
const list = (value: unknown): Obj[] => value as Obj[];

let sandbox: Sandbox;
const video: Record<string, string> = {};
const TUTORIAL = 'Getting started with ApsaraVideo VOD';
const KEYNOTE = 'Product launch keynote 2026';
const CLOUD_NATIVE = '云原生架构实践';
const REPORTED = 'Reported clip';
const UPLOADING = 'Upload in progress';
const CORRUPT = 'Broken upload (corrupt source)';

beforeAll(async () => {
  sandbox = await startSandbox({ enforceQps: false });
  for (const record of Object.values(sandbox.state.data.videos)) video[record.Title] = record.VideoId;
});
afterAll(async () => {
  await sandbox?.close();
});

const groupNamed = (prefix: string) => Object.values(sandbox.state.data.transcodeTemplateGroups).find((group) => group.Name.startsWith(prefix))!.TranscodeTemplateGroupId;
const detail = (JobId: string, JobType: string) => ok(sandbox, 'GetJobDetail', { JobId, JobType });

describe('GetJobDetail and ListJobInfo', () => {
  it('follows a transcode job (not its task) from Transcoding to TranscodeSuccess', async () => {
    const submitted = await ok(sandbox, 'SubmitTranscodeJobs', { VideoId: video[KEYNOTE]!, TemplateGroupId: groupNamed('Default MP4') });
    const jobId = String(list(submitted.TranscodeJobs)[0]!.JobId);
    const running = await detail(jobId, 'transcode');
    expect(running.JobType).toBe('transcode');
    expect(running.TranscodeJobDetail).toMatchObject({ JobId: jobId, VideoId: video[KEYNOTE], Status: 'Transcoding' });
    expect(running.TranscodeJobDetail).not.toHaveProperty('CompleteTime');
    sandbox.advance(60);
    const done = (await detail(jobId, 'transcode')).TranscodeJobDetail as Obj;
    expect(done).toMatchObject({ Status: 'TranscodeSuccess', UserId: expect.any(Number) });
    expect(done.TemplateId).toEqual(expect.any(String));
    expect(done.Definition).toEqual(expect.any(String));
    expect(Date.parse(String(done.CompleteTime))).toBeGreaterThan(Date.parse(String(done.CreateTime)));
    await expectError(sandbox, 'GetJobDetail', { JobId: String(submitted.TranscodeTaskId), JobType: 'transcode' }, 'InvalidJobId.NotFound', 404);
    await expectError(sandbox, 'GetJobDetail', { JobId: jobId, JobType: 'snapshot' }, 'InvalidJobId.NotFound', 404);
    const listed = await ok(sandbox, 'ListJobInfo', { JobType: 'transcode', MediaId: video[KEYNOTE]! });
    expect(listed).toMatchObject({ JobType: 'transcode', MediaId: video[KEYNOTE] });
    expect(list(listed.JobInfoList).map((job) => job.JobId)).toContain(jobId);
  });

  it('reports snapshot jobs with their capture plan, newest first in the list', async () => {
    const first = await ok(sandbox, 'SubmitSnapshotJob', { VideoId: video[TUTORIAL]!, Count: '3', Interval: '1', Width: '640', Height: '360' });
    const second = await ok(sandbox, 'SubmitSnapshotJob', { VideoId: video[TUTORIAL]!, Count: '2', Interval: '5' });
    const firstId = String((first.SnapshotJob as Obj).JobId);
    const secondId = String((second.SnapshotJob as Obj).JobId);
    expect((await detail(firstId, 'snapshot')).SnapshotJobDetail).toMatchObject({ JobId: firstId, VideoId: video[TUTORIAL], Status: 'Processing', Trigger: 'Manual' });
    sandbox.advance(10);
    const done = (await detail(firstId, 'snapshot')).SnapshotJobDetail as Obj;
    expect(done.Status).toBe('Success');
    expect(JSON.parse(String(done.NormalConfig))).toEqual({ num: 3, inl: 1, wd: '640', hg: '360', ft: 'normal' });
    const ids = list((await ok(sandbox, 'ListJobInfo', { JobType: 'snapshot', MediaId: video[TUTORIAL]! })).JobInfoList).map((job) => job.JobId);
    expect(ids.indexOf(secondId)).toBeLessThan(ids.indexOf(firstId));
    expect(ids.indexOf(secondId)).toBeGreaterThanOrEqual(0);
  });

  it('answers for AI jobs of every AI family: tags, moderation and smart covers', async () => {
    const tags = await ok(sandbox, 'SubmitAIJob', { MediaId: video[CLOUD_NATIVE]!, Types: 'AIVideoTag' });
    const tagJob = String(list(tags.AIJobList)[0]!.JobId);
    const audit = await ok(sandbox, 'SubmitAIMediaAuditJob', { MediaId: video[CLOUD_NATIVE]! });
    const auditJob = String(audit.JobId);
    const aiImageTemplate = Object.values((sandbox.state.data.slices.ai as { templates: Record<string, Obj> }).templates).find((row) => row.TemplateType === 'AIImage')!;
    const cover = String((await ok(sandbox, 'SubmitAIImageJob', { VideoId: video[CLOUD_NATIVE]!, AITemplateId: String(aiImageTemplate.TemplateId) })).JobId);
    expect((await detail(cover, 'ai')).AIJobDetail).toMatchObject({ JobId: cover, JobType: 'AIImage', TemplateConfig: aiImageTemplate.TemplateConfig });
    expect((await detail(tagJob, 'ai')).AIJobDetail).toMatchObject({ JobId: tagJob, JobType: 'AIVideoTag', MediaId: video[CLOUD_NATIVE], Status: 'processing' });
    sandbox.advance(30);
    expect((await detail(tagJob, 'ai')).AIJobDetail).toMatchObject({ Status: 'success', CompleteTime: expect.any(String) });
    const censor = (await detail(auditJob, 'ai')).AIJobDetail as Obj;
    expect(censor).toMatchObject({ JobType: 'AIVideoCensor', Status: 'success' });
    expect(JSON.parse(String(censor.TemplateConfig))).toHaveProperty('AuditItem');
    const ids = list((await ok(sandbox, 'ListJobInfo', { JobType: 'ai', MediaId: video[CLOUD_NATIVE]! })).JobInfoList).map((job) => job.JobId);
    expect(ids).toEqual(expect.arrayContaining([tagJob, auditJob, cover]));
    await expectError(sandbox, 'GetJobDetail', { JobId: tagJob, JobType: 'transcode' }, 'InvalidJobId.NotFound', 404);
  });

  it('follows a workflow run by the TaskId SubmitWorkflowJob returns', async () => {
    const submitted = await ok(sandbox, 'SubmitWorkflowJob', { WorkflowId: 'wf-demo', MediaId: video[TUTORIAL]! });
    const taskId = String(submitted.TaskId);
    expect((await detail(taskId, 'workflow')).WorkflowTaskDetail).toMatchObject({ TaskId: taskId, Status: 'Processing', Workflow: { WorkflowId: 'wf-demo' } });
    sandbox.advance(61);
    const done = (await detail(taskId, 'workflow')).WorkflowTaskDetail as Obj;
    expect(done).toMatchObject({ Status: 'Succeed', FinishTime: expect.any(String) });
    expect(JSON.parse(String(done.TaskInput))).toEqual({ Type: 'Media', Media: video[TUTORIAL] });
  });

  it('fails as the service does on bad arguments', async () => {
    await expectError(sandbox, 'GetJobDetail', { JobId: 'x', JobType: 'dna' }, 'InvalidParameter', 400);
    await expectError(sandbox, 'GetJobDetail', { JobId: 'x' }, 'MissingParameter', 400);
    await expectError(sandbox, 'ListJobInfo', { JobType: 'workflow', MediaId: video[TUTORIAL]! }, 'InvalidParameter', 400);
    await expectError(sandbox, 'ListJobInfo', { JobType: 'transcode', MediaId: 'no-such-media' }, 'InvalidVideo.NotFound', 404);
    expect((await ok(sandbox, 'ListJobInfo', { JobType: 'ai', MediaId: video[UPLOADING]! })).JobInfoList).toEqual([]);
  });
});

describe('digital watermark extraction', () => {
  const submit = async (ExtractType: string, MediaId: string) => String((await ok(sandbox, 'SubmitDigitalWatermarkExtractJob', { ExtractType, MediaId })).JobId);
  const results = async (params: Record<string, string>) => list((await ok(sandbox, 'GetDigitalWatermarkExtractResult', params)).AiExtractResultList);

  it('fails when the video carries no mark of the type', async () => {
    const jobId = await submit('TraceMark', video[REPORTED]!);
    expect(await results({ ExtractType: 'TraceMark', MediaId: video[REPORTED]!, JobId: jobId })).toEqual([expect.objectContaining({ JobId: jobId, Status: 'Processing' })]);
    sandbox.advance(30);
    const [done] = await results({ ExtractType: 'TraceMark', MediaId: video[REPORTED]!, JobId: jobId });
    expect(done).toMatchObject({ Status: 'Failed', ErrorMessage: expect.stringContaining('No TraceMark') });
    expect(done).not.toHaveProperty('WaterMarkText');
  });

  it('extracts the latest trace the video was played with', async () => {
    await ok(sandbox, 'GetPlayInfo', { VideoId: video[TUTORIAL]!, DigitalWatermarkType: 'TraceMark', Trace: 'viewer41' });
    await ok(sandbox, 'GetPlayInfo', { VideoId: video[TUTORIAL]!, DigitalWatermarkType: 'TraceMark', Trace: 'viewer42' });
    const jobId = await submit('TraceMark', video[TUTORIAL]!);
    sandbox.advance(30);
    expect(await results({ ExtractType: 'TraceMark', MediaId: video[TUTORIAL]!, JobId: jobId })).toEqual([
      expect.objectContaining({ JobId: jobId, Status: 'Success', WaterMarkText: 'viewer42' }),
    ]);
    // A copyright extraction does not find a trace.
    const copyright = await submit('CopyrightMark', video[TUTORIAL]!);
    sandbox.advance(30);
    expect((await results({ ExtractType: 'CopyrightMark', MediaId: video[TUTORIAL]!, JobId: copyright }))[0]).toMatchObject({ Status: 'Failed' });
  });

  it('extracts the copyright text a transcode template wrote, and lists every job of the type newest first', async () => {
    const template = { Definition: 'HD', Container: { Format: 'mp4' }, CopyrightMark: { Content: 'Example Studios 2026' } };
    const group = await ok(sandbox, 'AddTranscodeTemplateGroup', { Name: 'copyright-marked', TranscodeTemplateList: JSON.stringify([template]) });
    await ok(sandbox, 'SubmitTranscodeJobs', { VideoId: video[CLOUD_NATIVE]!, TemplateGroupId: String(group.TranscodeTemplateGroupId) });
    const early = await submit('CopyrightMark', video[CLOUD_NATIVE]!);
    sandbox.advance(30);
    expect((await results({ ExtractType: 'CopyrightMark', MediaId: video[CLOUD_NATIVE]!, JobId: early }))[0]).toMatchObject({ Status: 'Failed' });
    sandbox.advance(31);
    const later = await submit('CopyrightMark', video[CLOUD_NATIVE]!);
    sandbox.advance(30);
    const all = await results({ ExtractType: 'CopyrightMark', MediaId: video[CLOUD_NATIVE]! });
    expect(all.map((job) => job.JobId)).toEqual([later, early]);
    expect(all[0]).toMatchObject({ Status: 'Success', WaterMarkText: 'Example Studios 2026' });
    expect(await results({ ExtractType: 'TraceMark', MediaId: video[CLOUD_NATIVE]! })).toEqual([]);
  });

  it('refuses what the service refuses', async () => {
    await expectError(sandbox, 'SubmitDigitalWatermarkExtractJob', { ExtractType: 'Invisible', MediaId: video[TUTORIAL]! }, 'InvalidParameter', 400);
    await expectError(sandbox, 'SubmitDigitalWatermarkExtractJob', { ExtractType: 'TraceMark', MediaId: 'nope' }, 'InvalidVideo.NotFound', 404);
    await expectError(sandbox, 'SubmitDigitalWatermarkExtractJob', { ExtractType: 'TraceMark', MediaId: video[UPLOADING]! }, 'Forbidden.IllegalStatus', 403);
    await expectError(sandbox, 'GetDigitalWatermarkExtractResult', { ExtractType: 'TraceMark', MediaId: video[TUTORIAL]!, JobId: 'nope' }, 'InvalidJobId.NotFound', 404);
    await expectError(sandbox, 'GetDigitalWatermarkExtractResult', { ExtractType: 'TraceMark', MediaId: 'nope' }, 'InvalidVideo.NotFound', 404);
    await expectError(sandbox, 'GetPlayInfo', { VideoId: video[TUTORIAL]!, Trace: 'viewer1' }, 'InvalidParameter', 400);
    await expectError(sandbox, 'GetPlayInfo', { VideoId: video[TUTORIAL]!, DigitalWatermarkType: 'TraceMark', Trace: 'not letters!' }, 'InvalidParameter', 400);
    await expectError(sandbox, 'GetPlayInfo', { VideoId: video[TUTORIAL]!, DigitalWatermarkType: 'Visible', Trace: 'x' }, 'InvalidParameter', 400);
  });

  it('fails a job whose source cannot be decoded', async () => {
    const corrupt = sandbox.state.data.videos[video[CORRUPT]!]!;
    expect(corrupt.HasMezzanine).toBe(true);
    const jobId = await submit('TraceMark', corrupt.VideoId);
    sandbox.advance(30);
    expect((await results({ ExtractType: 'TraceMark', MediaId: corrupt.VideoId, JobId: jobId }))[0]).toMatchObject({ Status: 'Failed', ErrorMessage: expect.stringContaining('decoded') });
  });
});

function demoProject(): string {
  const projects = sandbox.state.data.slices.editing as { projects: Record<string, { Title: string }> };
  return Object.keys(projects.projects).find((id) => projects.projects[id]!.Title === 'Launch highlights (draft)')!;
}

describe('editing project materials', () => {
  const image = (title: string) => Object.values(sandbox.state.data.images).find((record) => record.Title === title)!.ImageId;
  const materials = async (MaterialType: string) =>
    list((await ok(sandbox, 'GetEditingProjectMaterials', { ProjectId: demoProject(), Type: MaterialType === 'audio' ? 'audio' : 'video', MaterialType })).MaterialList).map((item) => item.MaterialId);

  it('adds materials of one type, answering with them, and keeps each once', async () => {
    const poster = image('Keynote poster');
    const added = await ok(sandbox, 'AddEditingProjectMaterials', { ProjectId: demoProject(), MaterialIds: poster, MaterialType: 'image' });
    const [material] = list(added.MaterialList);
    expect(material).toMatchObject({ MaterialId: poster, MaterialType: 'image', CustomerId: expect.any(Number), CreateTime: expect.any(String) });
    expect(material).not.toHaveProperty('Source');
    expect(material).not.toHaveProperty('CreationTime');
    await ok(sandbox, 'AddEditingProjectMaterials', { ProjectId: demoProject(), MaterialIds: `${video[KEYNOTE]},${video[TUTORIAL]}`, MaterialType: 'video' });
    await ok(sandbox, 'AddEditingProjectMaterials', { ProjectId: demoProject(), MaterialIds: poster, MaterialType: 'image' });
    expect(await materials('image')).toEqual([poster]);
    expect((await materials('video')).sort()).toEqual([video[KEYNOTE], video[TUTORIAL]].sort());
  });

  it('removes only materials of the given type that are on the list; the media stay', async () => {
    const poster = image('Keynote poster');
    await expectError(sandbox, 'DeleteEditingProjectMaterials', { ProjectId: demoProject(), MaterialIds: poster, MaterialType: 'video' }, 'InvalidMaterial.NotFound', 404);
    expect(await materials('image')).toEqual([poster]);
    await ok(sandbox, 'DeleteEditingProjectMaterials', { ProjectId: demoProject(), MaterialIds: `${poster},not-on-the-list`, MaterialType: 'image' });
    expect(await materials('image')).toEqual([]);
    expect(sandbox.state.data.images[poster]).toBeDefined();
    await expectError(sandbox, 'DeleteEditingProjectMaterials', { ProjectId: demoProject(), MaterialIds: poster, MaterialType: 'image' }, 'InvalidMaterial.NotFound', 404);
  });

  it('refuses materials of another type, unknown ones, too many, and unknown projects', async () => {
    const before = await materials('video');
    await expectError(sandbox, 'AddEditingProjectMaterials', { ProjectId: demoProject(), MaterialIds: `${video[KEYNOTE]},${image('Keynote poster')}`, MaterialType: 'video' }, 'InvalidParameter', 400);
    await expectError(sandbox, 'AddEditingProjectMaterials', { ProjectId: demoProject(), MaterialIds: 'no-such-media', MaterialType: 'video' }, 'InvalidMaterial.NotFound', 404);
    const eleven = Array.from({ length: 11 }, (_, i) => `id${i}`).join(',');
    await expectError(sandbox, 'AddEditingProjectMaterials', { ProjectId: demoProject(), MaterialIds: eleven, MaterialType: 'video' }, 'InvalidParameter', 400);
    await expectError(sandbox, 'AddEditingProjectMaterials', { ProjectId: demoProject(), MaterialIds: video[KEYNOTE]!, MaterialType: 'text' }, 'InvalidParameter', 400);
    await expectError(sandbox, 'AddEditingProjectMaterials', { ProjectId: 'nope', MaterialIds: video[KEYNOTE]!, MaterialType: 'video' }, 'InvalidEditingProject.NotFound', 404);
    await expectError(sandbox, 'DeleteEditingProjectMaterials', { ProjectId: 'nope', MaterialIds: video[KEYNOTE]!, MaterialType: 'video' }, 'InvalidEditingProject.NotFound', 404);
    expect(await materials('video')).toEqual(before);
  });
});

describe('editing usage', () => {
  const usage = async (params: Record<string, string> = {}) => ok(sandbox, 'DescribeVodEditingUsageData', params);
  const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

  it('shows the demo history per Beijing day, and a finished production under its output specification', async () => {
    const now = sandbox.clock.now();
    const history = await usage({ StartTime: iso(now - 72 * 3_600_000), EndTime: iso(now) });
    const rows = list(history.EditingData);
    expect(rows.map((row) => [row.Specification, row.Duration])).toEqual(expect.arrayContaining([['H264.SD', 42], ['H264.HD', 95]]));
    for (const row of rows) expect(String(row.TimeStamp)).toMatch(/T16:00:00Z$/);
    expect(history).toMatchObject({ StartTime: iso(now - 72 * 3_600_000), EndTime: iso(now) });

    const timeline = JSON.stringify({ VideoTracks: [{ VideoTrackClips: [{ MediaId: video[TUTORIAL], In: 0, Out: 12.5 }] }] });
    await ok(sandbox, 'ProduceEditingProjectVideo', { Timeline: timeline, Title: 'Usage check', ProduceConfig: JSON.stringify({ Width: 1920, Height: 1080 }) });
    expect(list((await usage({ Specification: 'H264.FHD' })).EditingData)).toEqual([]);
    sandbox.advance(20);
    const produced = list((await usage({ Specification: 'H264.FHD' })).EditingData);
    expect(produced).toEqual([expect.objectContaining({ Specification: 'H264.FHD', Duration: 13, Region: sandbox.region })]);
  });

  it('filters by window, region and app', async () => {
    const now = sandbox.clock.now();
    // The default window is the last 24 hours: the 50-hour-old demo production is outside it.
    const recent = list((await usage()).EditingData).map((row) => row.Specification);
    expect(recent).not.toContain('H264.SD');
    expect(list((await usage({ Region: 'eu-central-1' })).EditingData)).toEqual([]);
    expect(list((await usage({ AppId: 'app-other' })).EditingData)).toEqual([]);
    expect(list((await usage({ AppId: 'app-1000000' })).EditingData).length).toBeGreaterThan(0);
    const answer = await callSandbox(sandbox, 'DescribeVodEditingUsageData', { StartTime: iso(now), EndTime: iso(now - 3_600_000) });
    expect(answer.status).toBe(400);
    expect(answer.body.Code).toBe('InvalidParameterEndTime');
    await expectError(sandbox, 'DescribeVodEditingUsageData', { Region: 'mars-1' }, 'InvalidParameterRegion', 400);
  });
});

describe('job history is six months', () => {
  it('drops jobs created more than six months ago from ListJobInfo, not from GetJobDetail', async () => {
    const fresh = await startSandbox({ enforceQps: false });
    try {
      const tutorial = Object.values(fresh.state.data.videos).find((record) => record.Title === TUTORIAL)!.VideoId;
      const jobId = String(((await ok(fresh, 'SubmitSnapshotJob', { VideoId: tutorial, Count: '1' })).SnapshotJob as Obj).JobId);
      fresh.advance(150 * 86_400);
      expect(list((await ok(fresh, 'ListJobInfo', { JobType: 'snapshot', MediaId: tutorial })).JobInfoList).map((job) => job.JobId)).toContain(jobId);
      fresh.advance(40 * 86_400);
      expect(list((await ok(fresh, 'ListJobInfo', { JobType: 'snapshot', MediaId: tutorial })).JobInfoList).map((job) => job.JobId)).not.toContain(jobId);
      expect(((await ok(fresh, 'GetJobDetail', { JobId: jobId, JobType: 'snapshot' })).SnapshotJobDetail as Obj).Status).toBe('Success');
    } finally {
      await fresh.close();
    }
  });
});
