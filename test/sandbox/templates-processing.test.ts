import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import type { AnyTool } from '../../src/tools/define-tool.js';
import { categoriesTools } from '../../src/tools/categories/index.js';
import { processingTools } from '../../src/tools/processing/index.js';
import { snapshotTemplatesTools } from '../../src/tools/snapshot-templates/index.js';
import { transcodeTasksTools } from '../../src/tools/transcode-tasks/index.js';
import { transcodeTemplatesTools } from '../../src/tools/transcode-templates/index.js';
import { watermarksTools } from '../../src/tools/watermarks/index.js';
import { expectError, ok as okRaw } from '../helpers/signed-request.js';

const TOOLS = new Map<string, AnyTool>(
  [...categoriesTools, ...processingTools, ...transcodeTemplatesTools, ...snapshotTemplatesTools, ...watermarksTools, ...transcodeTasksTools].map((tool) => [tool.action, tool]),
);

/** A 200 answer whose body also fits the tool's output schema (the right shape). */
async function ok(target: Sandbox, action: string, params: Record<string, string> = {}): Promise<Record<string, unknown>> {
  const body = await okRaw(target, action, params);
  const tool = TOOLS.get(action);
  if (tool) expect(tool.output.safeParse(body).error?.issues ?? []).toEqual([]);
  return body;
}

let sandbox: Sandbox;
const videoId = (title: string) => Object.values(sandbox.state.data.videos).find((video) => video.Title.startsWith(title))!.VideoId;
const categoryId = (name: string) => Object.values(sandbox.state.data.categories).find((category) => category.CateName === name)!.CateId;

beforeAll(async () => {
  sandbox = await startSandbox({ enforceQps: false });
});
afterAll(async () => {
  await sandbox.close();
});

describe('categories', () => {
  it('adds, nests, lists, renames and deletes categories', async () => {
    const top = (await ok(sandbox, 'AddCategory', { CateName: '纪录片' })) as { Category: { CateId: number; Level: number; ParentId: number } };
    expect(top.Category).toMatchObject({ Level: 0, ParentId: -1 });
    const child = (await ok(sandbox, 'AddCategory', { CateName: 'Nature', ParentId: String(top.Category.CateId) })) as { Category: { CateId: number } };
    const grandchild = (await ok(sandbox, 'AddCategory', { CateName: 'Oceans', ParentId: String(child.Category.CateId) })) as { Category: { CateId: number; Level: number } };
    expect(grandchild.Category.Level).toBe(2);
    await expectError(sandbox, 'AddCategory', { CateName: 'Too deep', ParentId: String(grandchild.Category.CateId) }, 'LevelExceededMax', 400);
    await expectError(sandbox, 'AddCategory', { CateName: 'Orphan', ParentId: '123' }, 'InvalidCateId.NotFound', 404);

    const got = await ok(sandbox, 'GetCategories', { CateId: String(top.Category.CateId) });
    expect(got.Category).toMatchObject({ CateName: '纪录片' });
    expect(got.SubTotal).toBe(1);
    expect(got.SubCategories).toEqual([expect.objectContaining({ CateName: 'Nature', SubTotal: 1, Level: 1 })]);

    await ok(sandbox, 'UpdateCategory', { CateId: String(child.Category.CateId), CateName: 'Wildlife' });
    const renamed = await ok(sandbox, 'GetCategories', { CateId: String(child.Category.CateId) });
    expect(renamed.Category).toMatchObject({ CateName: 'Wildlife' });

    const video = sandbox.state.data.videos[videoId('Podcast episode 12')]!;
    video.CateId = grandchild.Category.CateId;
    await ok(sandbox, 'DeleteCategory', { CateId: String(top.Category.CateId) });
    await expectError(sandbox, 'GetCategories', { CateId: String(grandchild.Category.CateId) }, 'InvalidCateId.NotFound', 404);
    await expectError(sandbox, 'UpdateCategory', { CateId: String(top.Category.CateId), CateName: 'x' }, 'InvalidCateId.NotFound', 404);
    await expectError(sandbox, 'DeleteCategory', { CateId: String(top.Category.CateId) }, 'InvalidCateId.NotFound', 404);
    const info = await ok(sandbox, 'GetVideoInfo', { VideoId: video.VideoId });
    expect((info.Video as Record<string, unknown>).CateId).toBeUndefined();
  });

  it('pages the top level and enforces material rules', async () => {
    const root = await ok(sandbox, 'GetCategories', { CateId: '-1', PageSize: '1', SortBy: 'CreationTime:Asc' });
    expect(root.SubTotal).toBeGreaterThanOrEqual(2);
    expect(root.SubCategories).toEqual([expect.objectContaining({ CateName: 'Courses' })]);
    const second = await ok(sandbox, 'GetCategories', { PageNo: '2', PageSize: '1', SortBy: 'CreationTime:Asc' });
    expect(second.SubCategories).toEqual([expect.objectContaining({ CateName: 'Marketing' })]);
    const materials = await ok(sandbox, 'GetCategories', { Type: 'material' });
    expect((materials.SubCategories as unknown[]).length).toBe(4);
    await expectError(sandbox, 'AddCategory', { CateName: 'Loose material', Type: 'material' }, 'MissingParameter', 400);
    const material = await ok(sandbox, 'AddCategory', { CateName: 'Lo-fi', Type: 'material', ParentId: String(categoryId('Background music')) });
    await expectError(sandbox, 'AddCategory', { CateName: 'Deeper', Type: 'material', ParentId: String((material.Category as { CateId: number }).CateId) }, 'LevelExceededMax', 400);
    await expectError(sandbox, 'GetCategories', { PageSize: '101' }, 'InvalidParameter', 400);
  });

  it('limits a parent to 100 subcategories', async () => {
    const parent = categoryId('Marketing');
    const existing = Object.values(sandbox.state.data.categories).filter((c) => c.ParentId === parent).length;
    for (let i = existing; i < 100; i++) await ok(sandbox, 'AddCategory', { CateName: `Campaign ${i}`, ParentId: String(parent) });
    await expectError(sandbox, 'AddCategory', { CateName: 'One too many', ParentId: String(parent) }, 'SubTotalExceededMax', 400);
  });
});

const template = (definition: string, extra: Record<string, unknown> = {}) => ({
  TemplateName: `MP4 ${definition}`,
  Definition: definition,
  Container: { Format: 'mp4' },
  Video: { Codec: 'H.264', Bitrate: '800', Width: '960' },
  Audio: { Codec: 'AAC', Bitrate: '96', Samplerate: '44100' },
  ...extra,
});

describe('transcode template groups', () => {
  it('creates, reads, updates, defaults and deletes groups', async () => {
    const created = await ok(sandbox, 'AddTranscodeTemplateGroup', { Name: 'Mobile', TranscodeTemplateList: JSON.stringify([template('LD'), template('SD')]) });
    const groupId = String(created.TranscodeTemplateGroupId);
    const got = (await ok(sandbox, 'GetTranscodeTemplateGroup', { TranscodeTemplateGroupId: groupId })).TranscodeTemplateGroup as Record<string, unknown>;
    const list = got.TranscodeTemplateList as Record<string, string>[];
    expect(got).toMatchObject({ Name: 'Mobile', IsDefault: 'NotDefault', Locked: 'Disabled' });
    expect(list.map((t) => t.Definition)).toEqual(['LD', 'SD']);
    expect(JSON.parse(list[0]!.Video!)).toMatchObject({ Codec: 'H.264', Bitrate: '800' });

    await ok(sandbox, 'AddTranscodeTemplateGroup', { TranscodeTemplateGroupId: groupId, TranscodeTemplateList: JSON.stringify([template('HD')]) });
    const firstId = list[0]!.TranscodeTemplateId!;
    await ok(sandbox, 'UpdateTranscodeTemplateGroup', {
      TranscodeTemplateGroupId: groupId,
      Name: 'Mobile v2',
      TranscodeTemplateList: JSON.stringify([{ ...template('HD'), TranscodeTemplateId: firstId, Video: { Codec: 'H.264', Bitrate: '500' } }]),
    });
    const updated = (await ok(sandbox, 'GetTranscodeTemplateGroup', { TranscodeTemplateGroupId: groupId })).TranscodeTemplateGroup as Record<string, unknown>;
    const templates = updated.TranscodeTemplateList as Record<string, string>[];
    expect(updated.Name).toBe('Mobile v2');
    expect(templates).toHaveLength(3);
    expect(templates[0]).toMatchObject({ Definition: 'LD' });
    expect(JSON.parse(templates[0]!.Video!)).toMatchObject({ Bitrate: '500' });

    const groups = (await ok(sandbox, 'ListTranscodeTemplateGroup')).TranscodeTemplateGroupList as Record<string, string>[];
    expect(groups.map((g) => g.Name)).toContain('Mobile v2');
    expect(groups.filter((g) => g.IsDefault === 'Default')).toHaveLength(1);

    await ok(sandbox, 'SetDefaultTranscodeTemplateGroup', { TranscodeTemplateGroupId: groupId });
    await ok(sandbox, 'SetDefaultTranscodeTemplateGroup', { TranscodeTemplateGroupId: groupId });
    const after = (await ok(sandbox, 'ListTranscodeTemplateGroup')).TranscodeTemplateGroupList as Record<string, string>[];
    expect(after.filter((g) => g.IsDefault === 'Default').map((g) => g.TranscodeTemplateGroupId)).toEqual([groupId]);
    await expectError(sandbox, 'DeleteTranscodeTemplateGroup', { TranscodeTemplateGroupId: groupId, ForceDelGroup: 'true' }, 'Forbidden.DefaultTemplateGroup', 403);

    const removed = await ok(sandbox, 'DeleteTranscodeTemplateGroup', { TranscodeTemplateGroupId: groupId, TranscodeTemplateIds: `${firstId},missing-id` });
    expect(removed.NonExistTranscodeTemplateIds).toEqual(['missing-id']);
    const remaining = (await ok(sandbox, 'GetTranscodeTemplateGroup', { TranscodeTemplateGroupId: groupId })).TranscodeTemplateGroup as { TranscodeTemplateList: unknown[] };
    expect(remaining.TranscodeTemplateList).toHaveLength(2);

    const defaultGroup = after.find((g) => g.Name?.startsWith('Default MP4'))!.TranscodeTemplateGroupId;
    await ok(sandbox, 'SetDefaultTranscodeTemplateGroup', { TranscodeTemplateGroupId: defaultGroup! });
    await ok(sandbox, 'DeleteTranscodeTemplateGroup', { TranscodeTemplateGroupId: groupId, ForceDelGroup: 'true' });
    await expectError(sandbox, 'GetTranscodeTemplateGroup', { TranscodeTemplateGroupId: groupId }, 'InvalidTranscodeTemplateGroup.NotFound', 404);
  });

  it('protects locked and special groups and enforces limits', async () => {
    await expectError(sandbox, 'UpdateTranscodeTemplateGroup', { TranscodeTemplateGroupId: 'VOD_NO_TRANSCODE', Name: 'x' }, 'Forbidden.LockedTemplateGroup', 403);
    await expectError(sandbox, 'DeleteTranscodeTemplateGroup', { TranscodeTemplateGroupId: 'VOD_NO_TRANSCODE', ForceDelGroup: 'true' }, 'Forbidden.LockedTemplateGroup', 403);
    await expectError(sandbox, 'AddTranscodeTemplateGroup', { TranscodeTemplateGroupId: 'VOD_NO_TRANSCODE', TranscodeTemplateList: JSON.stringify([template('SD')]) }, 'Forbidden.SpecialTemplateGroup', 403);
    await expectError(sandbox, 'AddTranscodeTemplateGroup', { TranscodeTemplateGroupId: 'nope', TranscodeTemplateList: JSON.stringify([template('SD')]) }, 'InvalidTranscodeTemplateGroup.NotFound', 404);
    await expectError(sandbox, 'SetDefaultTranscodeTemplateGroup', { TranscodeTemplateGroupId: 'nope' }, 'InvalidTranscodeTemplateGroup.NotFound', 404);

    const locked = String((await ok(sandbox, 'AddTranscodeTemplateGroup', { Name: 'Lockable' })).TranscodeTemplateGroupId);
    await ok(sandbox, 'UpdateTranscodeTemplateGroup', { TranscodeTemplateGroupId: locked, Locked: 'Enabled' });
    await expectError(sandbox, 'AddTranscodeTemplateGroup', { TranscodeTemplateGroupId: locked, TranscodeTemplateList: JSON.stringify([template('SD')]) }, 'Forbidden.LockedTemplateGroup', 403);
    await ok(sandbox, 'UpdateTranscodeTemplateGroup', { TranscodeTemplateGroupId: locked, Locked: 'Disabled' });

    const tooMany = Array.from({ length: 21 }, () => template('SD'));
    await expectError(sandbox, 'AddTranscodeTemplateGroup', { Name: 'Huge', TranscodeTemplateList: JSON.stringify(tooMany) }, 'TranscodeTemplateExceededMax', 400);
    await expectError(sandbox, 'AddTranscodeTemplateGroup', { Name: 'Marks', TranscodeTemplateList: JSON.stringify([template('SD', { WatermarkIds: ['a', 'b', 'c', 'd', 'e'] })]) }, 'WatermarkExceededMax', 400);
    const count = Object.keys(sandbox.state.data.transcodeTemplateGroups).length;
    for (let i = count; i < 20; i++) await ok(sandbox, 'AddTranscodeTemplateGroup', { Name: `Group ${i}` });
    await expectError(sandbox, 'AddTranscodeTemplateGroup', { Name: 'Twenty-first' }, 'TrasncodeTemplateGroupExceededMax', 400);
    for (const group of Object.values(sandbox.state.data.transcodeTemplateGroups).filter((g) => g.Name.startsWith('Group '))) {
      await ok(sandbox, 'DeleteTranscodeTemplateGroup', { TranscodeTemplateGroupId: group.TranscodeTemplateGroupId });
    }
  });
});

describe('snapshot templates and watermarks', () => {
  it('manages snapshot templates', async () => {
    const config = { SnapshotType: 'NormalSnapshot', SnapshotConfig: { Count: 4, Interval: 2, SpecifiedOffsetTime: 0 } };
    const id = String((await ok(sandbox, 'AddVodTemplate', { Name: 'Thumbs', TemplateType: 'Snapshot', TemplateConfig: JSON.stringify(config) })).VodTemplateId);
    const got = (await ok(sandbox, 'GetVodTemplate', { VodTemplateId: id })).VodTemplateInfo as Record<string, string>;
    expect(got).toMatchObject({ Name: 'Thumbs', TemplateType: 'Snapshot', IsDefault: 'NotDefault' });
    expect(JSON.parse(got.TemplateConfig!)).toEqual(config);
    await ok(sandbox, 'UpdateVodTemplate', { VodTemplateId: id, Name: 'Thumbnails' });
    const list = (await ok(sandbox, 'ListVodTemplate', { TemplateType: 'Snapshot' })).VodTemplateInfoList as Record<string, string>[];
    expect(list.map((t) => t.Name)).toEqual(expect.arrayContaining(['Thumbnails', 'Default cover snapshots']));
    expect(await ok(sandbox, 'DeleteVodTemplate', { VodTemplateId: id })).toMatchObject({ VodTemplateId: id });
    await expectError(sandbox, 'GetVodTemplate', { VodTemplateId: id }, 'NoSuchResource', 404);
    await expectError(sandbox, 'AddVodTemplate', { Name: 'Bad', TemplateType: 'Snapshot', TemplateConfig: '{not json' }, 'InvalidParameter', 400);
  });

  it('manages watermarks and the default one', async () => {
    const listed = (await ok(sandbox, 'ListWatermark')).WatermarkInfos as Record<string, string>[];
    const original = listed.find((w) => w.IsDefault === 'Default')!;
    const text = (await ok(sandbox, 'AddWatermark', { Name: '文字水印', Type: 'Text', WatermarkConfig: JSON.stringify({ Content: 'Hello', FontSize: 30 }) })).WatermarkInfo as Record<string, string>;
    expect(text).toMatchObject({ Name: '文字水印', Type: 'Text', IsDefault: 'NotDefault' });
    await expectError(sandbox, 'AddWatermark', { Name: 'logo', Type: 'Image', WatermarkConfig: JSON.stringify({ Dx: '8', Dy: '8', Width: '55', Height: '55', ReferPos: 'TopLeft' }) }, 'MissingParameter', 400);
    const image = (await ok(sandbox, 'AddWatermark', {
      Name: 'logo2',
      Type: 'Image',
      FileUrl: 'https://outin-example.oss-cn-shanghai.aliyuncs.com/image/logo.png',
      WatermarkConfig: JSON.stringify({ Dx: '8', Dy: '8', Width: '55', Height: '55', ReferPos: 'TopLeft' }),
    })).WatermarkInfo as Record<string, string>;
    await ok(sandbox, 'UpdateWatermark', { WatermarkId: text.WatermarkId!, Name: 'Caption', WatermarkConfig: JSON.stringify({ Content: 'Bye' }) });
    const got = (await ok(sandbox, 'GetWatermark', { WatermarkId: text.WatermarkId! })).WatermarkInfo as Record<string, string>;
    expect(got.Name).toBe('Caption');
    expect(JSON.parse(got.WatermarkConfig!)).toEqual({ Content: 'Bye' });
    await expectError(sandbox, 'UpdateWatermark', { WatermarkId: text.WatermarkId!, Name: 'Caption', WatermarkConfig: JSON.stringify({ Dx: '8' }) }, 'InvalidParameter', 400);

    await ok(sandbox, 'SetDefaultWatermark', { WatermarkId: image.WatermarkId! });
    const after = (await ok(sandbox, 'ListWatermark')).WatermarkInfos as Record<string, string>[];
    expect(after.filter((w) => w.IsDefault === 'Default').map((w) => w.WatermarkId)).toEqual([image.WatermarkId]);
    await expectError(sandbox, 'DeleteWatermark', { WatermarkId: image.WatermarkId! }, 'Forbidden.DefaultWatermark', 403);
    await ok(sandbox, 'DeleteWatermark', { WatermarkId: original.WatermarkId! });
    await ok(sandbox, 'DeleteWatermark', { WatermarkId: text.WatermarkId! });
    await expectError(sandbox, 'GetWatermark', { WatermarkId: text.WatermarkId! }, 'NoSuchResource', 404);
    await expectError(sandbox, 'SetDefaultWatermark', { WatermarkId: 'missing' }, 'NoSuchResource', 404);
  });
});

describe('processing jobs and transcode tasks', () => {
  it('transcodes on request and reports the task', async () => {
    const id = videoId('Getting started');
    const submitted = await ok(sandbox, 'SubmitTranscodeJobs', { VideoId: id, TemplateGroupId: 'a7f4b6e4c2d84b1f9e0d3c5b2a1f0e9d', Priority: '8' });
    const taskId = String(submitted.TranscodeTaskId);
    expect(submitted.TranscodeJobs).toHaveLength(3);
    let task = (await ok(sandbox, 'GetTranscodeTask', { TranscodeTaskId: taskId })).TranscodeTask as Record<string, unknown>;
    expect(task).toMatchObject({ TaskStatus: 'Processing', Trigger: 'Manual', VideoId: id });
    await expectError(sandbox, 'SubmitTranscodeJobs', { VideoId: id, TemplateGroupId: 'a7f4b6e4c2d84b1f9e0d3c5b2a1f0e9d' }, 'Forbidden.IllegalStatus', 400);

    sandbox.advance(61);
    task = (await ok(sandbox, 'GetTranscodeTask', { TranscodeTaskId: taskId })).TranscodeTask as Record<string, unknown>;
    expect(task.TaskStatus).toBe('CompleteAllSucc');
    const jobs = task.TranscodeJobInfoList as Record<string, unknown>[];
    expect(jobs[0]).toMatchObject({ TranscodeJobStatus: 'TranscodeSuccess', TranscodeProgress: 100, OutputFile: expect.objectContaining({ Format: 'mp4' }) });

    const tasks = (await ok(sandbox, 'ListTranscodeTask', { VideoId: id, PageSize: '1' })).TranscodeTaskList as Record<string, unknown>[];
    expect(tasks).toEqual([expect.objectContaining({ TranscodeTaskId: taskId })]);
    const all = (await ok(sandbox, 'ListTranscodeTask', { VideoId: id })).TranscodeTaskList as unknown[];
    expect(all).toHaveLength(2);
    const summary = await ok(sandbox, 'GetTranscodeSummary', { VideoIds: `${id},nope` });
    expect(summary.NonExistVideoIds).toEqual(['nope']);
    expect(summary.TranscodeSummaryList).toEqual([expect.objectContaining({ VideoId: id, TranscodeStatus: 'CompleteAllSucc' })]);
    await expectError(sandbox, 'GetTranscodeTask', { TranscodeTaskId: 'nope' }, 'NoSuchResource', 404);
    await expectError(sandbox, 'ListTranscodeTask', { VideoId: id, StartTime: '2030-01-02T00:00:00Z', EndTime: '2030-01-01T00:00:00Z' }, 'InvalidParameter', 400);
  });

  it('refuses missing media, groups and illegal statuses', async () => {
    await expectError(sandbox, 'SubmitTranscodeJobs', { VideoId: 'nope', TemplateGroupId: 'VOD_NO_TRANSCODE' }, 'InvalidVideo.NotFound', 404);
    await expectError(sandbox, 'SubmitTranscodeJobs', { VideoId: videoId('Product launch'), TemplateGroupId: 'nope' }, 'NoSuchResource', 404);
    await expectError(sandbox, 'SubmitTranscodeJobs', { VideoId: videoId('Reported clip'), TemplateGroupId: 'VOD_NO_TRANSCODE' }, 'Forbidden.IllegalStatus', 400);
    await expectError(sandbox, 'SubmitSnapshotJob', { VideoId: videoId('Upload in progress'), Count: '1' }, 'Forbidden.IllegalStatus', 400);
    await expectError(sandbox, 'SubmitDynamicImageJob', { VideoId: videoId('Upload in progress'), DynamicImageTemplateId: 'x' }, 'NoSuchResource', 404);
    await expectError(sandbox, 'SubmitPreprocessJobs', { VideoId: videoId('Reported clip'), PreprocessType: 'LivePreprocess' }, 'Forbidden.IllegalStatus', 400);
    await expectError(sandbox, 'SubmitWorkflowJob', { WorkflowId: 'wf', MediaId: 'nope' }, 'InvalidVideo.NotFound', 404);
  });

  it('takes snapshots, also of blocked videos, and fails on a corrupt source', async () => {
    const blocked = videoId('Reported clip');
    const job = (await ok(sandbox, 'SubmitSnapshotJob', { VideoId: blocked, Count: '5', Interval: '1' })).SnapshotJob as { JobId: string };
    expect(sandbox.state.data.snapshotJobs[job.JobId]!.Status).toBe('Processing');
    const before = ((await ok(sandbox, 'GetVideoInfo', { VideoId: blocked })).Video as { Snapshots: string[] }).Snapshots.length;
    sandbox.advance(11);
    const after = ((await ok(sandbox, 'GetVideoInfo', { VideoId: blocked })).Video as { Snapshots: string[] }).Snapshots.length;
    expect(after).toBe(before + 5);
    expect(sandbox.events.history.some((event) => event.EventType === 'SnapshotComplete' && event.JobId === job.JobId)).toBe(true);

    const templates = (await ok(sandbox, 'ListVodTemplate', { TemplateType: 'Snapshot' })).VodTemplateInfoList as Record<string, string>[];
    const sprite = templates.find((t) => t.Name === 'Scrubbing sprites')!;
    const spriteJob = (await ok(sandbox, 'SubmitSnapshotJob', { VideoId: videoId('Product launch'), SnapshotTemplateId: sprite.VodTemplateId! })).SnapshotJob as { JobId: string };
    expect(sandbox.state.data.snapshotJobs[spriteJob.JobId]!.SnapshotType).toBe('SpriteSnapshot');
    await expectError(sandbox, 'SubmitSnapshotJob', { VideoId: blocked, SnapshotTemplateId: 'nope' }, 'NoSuchResource', 404);
  });

  it('makes animated images and applies overrides', async () => {
    const list = (await ok(sandbox, 'ListVodTemplate', { TemplateType: 'DynamicImage' })).VodTemplateInfoList as Record<string, string>[];
    const templateId = list[0]!.VodTemplateId!;
    const id = videoId('云原生');
    const job = (await ok(sandbox, 'SubmitDynamicImageJob', { VideoId: id, DynamicImageTemplateId: templateId, OverrideParams: JSON.stringify({ Container: { Format: 'webp' }, SetDefaultCover: 'true' }) })).DynamicImageJob as { JobId: string };
    const record = Object.values(sandbox.state.data.dynamicImages).find((image) => image.JobId === job.JobId)!;
    expect(record).toMatchObject({ Status: 'Processing', Format: 'webp', Width: '320' });
    sandbox.advance(21);
    expect(record.Status).toBe('Success');
    const video = (await ok(sandbox, 'GetVideoInfo', { VideoId: id })).Video as { CoverURL: string };
    expect(video.CoverURL).toBe(record.FileURL);
  });

  it('runs preprocess and workflow jobs on the clock', async () => {
    const id = videoId('Product launch');
    const pre = await ok(sandbox, 'SubmitPreprocessJobs', { VideoId: id, PreprocessType: 'LivePreprocess' });
    const preJobId = (pre.PreprocessJobs as { JobId: string }[])[0]!.JobId;
    await ok(sandbox, 'SubmitWorkflowJob', { WorkflowId: '34d577eade633860bdf1237a1b2c3d4e', MediaId: id });
    const transcoding = await ok(sandbox, 'GetVideoInfo', { VideoId: id });
    expect((transcoding.Video as { Status: string }).Status).toBe('Transcoding');
    sandbox.advance(61);
    const events = sandbox.events.history;
    expect(events.some((event) => event.EventType === 'TranscodeComplete' && event.Preprocess === 'true' && event.JobId === preJobId)).toBe(true);
    expect(events.some((event) => event.EventType === 'WorkflowComplete' && event.VideoId === id && event.Status === 'success')).toBe(true);
    const summary = await ok(sandbox, 'GetTranscodeSummary', { VideoIds: id });
    expect(summary.TranscodeSummaryList).toEqual([expect.objectContaining({ TranscodeStatus: 'CompleteAllSucc' })]);
  });
});
