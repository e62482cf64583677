import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { callSandbox, ok } from '../helpers/signed-request.js';

let sandbox: Sandbox;
const ids: Record<string, string> = {};

type Obj = Record<string, unknown>;
const list = (value: unknown): Obj[] => value as Obj[];

beforeAll(async () => {
  sandbox = await startSandbox({ enforceQps: false });
  for (const video of Object.values(sandbox.state.data.videos)) ids[video.FileName] = video.VideoId;
});

afterAll(async () => {
  await sandbox?.close();
});

async function fails(action: string, params: Record<string, string>, code: string, status: number): Promise<void> {
  const answer = await callSandbox(sandbox, action, params);
  expect({ status: answer.status, code: answer.body.Code }, answer.text).toEqual({ status, code });
}

const AUDIT_CONFIG = JSON.stringify({ AuditItem: ['terrorism', 'porn'], AuditRange: ['video', 'text-title'], AuditContent: ['screen'], AuditAutoBlock: 'yes' });

describe('AI templates', () => {
  it('seeds a system default audit template', async () => {
    const body = await ok(sandbox, 'GetDefaultAITemplate', { TemplateType: 'AIMediaAudit' });
    expect(body.TemplateInfo).toMatchObject({ TemplateType: 'AIMediaAudit', IsDefault: 'Default', Source: 'System' });
    expect(JSON.parse((body.TemplateInfo as Obj).TemplateConfig as string)).toHaveProperty('AuditItem');
  });

  it('adds, reads, lists, updates, sets default and deletes a template', async () => {
    const { TemplateId } = (await ok(sandbox, 'AddAITemplate', { TemplateName: 'UGC audit', TemplateType: 'AIMediaAudit', TemplateConfig: AUDIT_CONFIG })) as { TemplateId: string };
    const got = await ok(sandbox, 'GetAITemplate', { TemplateId });
    expect(got.TemplateInfo).toMatchObject({ TemplateId, TemplateName: 'UGC audit', TemplateConfig: AUDIT_CONFIG, Source: 'Custom', IsDefault: 'NotDefault' });

    const listed = await ok(sandbox, 'ListAITemplate', { TemplateType: 'AIMediaAudit' });
    expect(list(listed.TemplateInfoList).map((t) => t.TemplateId)).toContain(TemplateId);
    const images = await ok(sandbox, 'ListAITemplate', { TemplateType: 'AIImage' });
    expect(list(images.TemplateInfoList).map((t) => t.TemplateId)).not.toContain(TemplateId);

    const newConfig = JSON.stringify({ AuditItem: ['ad'], AuditRange: ['image-cover'], AuditContent: ['screen'], AuditAutoBlock: 'no' });
    expect(await ok(sandbox, 'UpdateAITemplate', { TemplateId, TemplateName: 'Ads only', TemplateConfig: newConfig })).toMatchObject({ TemplateId });
    expect((await ok(sandbox, 'GetAITemplate', { TemplateId })).TemplateInfo).toMatchObject({ TemplateName: 'Ads only', TemplateConfig: newConfig });

    const previous = ((await ok(sandbox, 'GetDefaultAITemplate', { TemplateType: 'AIMediaAudit' })).TemplateInfo as Obj).TemplateId as string;
    await ok(sandbox, 'SetDefaultAITemplate', { TemplateId });
    expect((await ok(sandbox, 'GetDefaultAITemplate', { TemplateType: 'AIMediaAudit' })).TemplateInfo).toMatchObject({ TemplateId, IsDefault: 'Default' });
    expect((await ok(sandbox, 'GetAITemplate', { TemplateId: previous })).TemplateInfo).toMatchObject({ IsDefault: 'NotDefault' });
    await fails('DeleteAITemplate', { TemplateId }, 'Forbidden.DefaultTemplate', 403);

    await ok(sandbox, 'SetDefaultAITemplate', { TemplateId: previous });
    expect(await ok(sandbox, 'DeleteAITemplate', { TemplateId })).toMatchObject({ TemplateId });
    await fails('GetAITemplate', { TemplateId }, 'InvalidAITemplate.NotFound', 404);
    await fails('DeleteAITemplate', { TemplateId }, 'InvalidAITemplate.NotFound', 404);
    await fails('UpdateAITemplate', { TemplateId, TemplateName: 'x', TemplateConfig: AUDIT_CONFIG }, 'InvalidAITemplate.NotFound', 404);
    await fails('SetDefaultAITemplate', { TemplateId }, 'InvalidAITemplate.NotFound', 404);
  });

  it('refuses configs that do not fit the type, long names, and changes to system templates', async () => {
    const imageConfig = JSON.stringify({ Format: 'gif', SetDefaultCover: 'false' });
    await fails('AddAITemplate', { TemplateName: 'x', TemplateType: 'AIMediaAudit', TemplateConfig: imageConfig }, 'InvalidParameter', 400);
    await fails('AddAITemplate', { TemplateName: 'x', TemplateType: 'AIImage', TemplateConfig: '{"Format":"jpg","SetDefaultCover":"true"}' }, 'InvalidParameter', 400);
    await fails('AddAITemplate', { TemplateName: 'x'.repeat(129), TemplateType: 'AIImage', TemplateConfig: imageConfig }, 'InvalidParameter', 400);
    await fails('AddAITemplate', { TemplateName: 'x', TemplateType: 'AIVideo', TemplateConfig: imageConfig }, 'InvalidParameter', 400);
    await fails('AddAITemplate', { TemplateName: 'x', TemplateType: 'AIImage' }, 'MissingParameter', 400);
    const system = ((await ok(sandbox, 'GetDefaultAITemplate', { TemplateType: 'AIMediaAudit' })).TemplateInfo as Obj).TemplateId as string;
    await fails('UpdateAITemplate', { TemplateId: system, TemplateName: 'mine', TemplateConfig: AUDIT_CONFIG }, 'Forbidden.SystemTemplate', 403);
    await fails('GetDefaultAITemplate', { TemplateType: 'AIImage' }, 'InvalidParameter', 400);
  });
});

describe('AI jobs: smart tags and video DNA', () => {
  it('runs tag and DNA jobs on the simulation clock and emits completion events', async () => {
    const keynote = ids['keynote-2026.mov']!;
    const submitted = await ok(sandbox, 'SubmitAIJob', {
      MediaId: keynote,
      Types: 'AIVideoTag,AIMediaDNA',
      Config: JSON.stringify({ AIVideoTag: { AnalyseTypes: 'Face,ASR,Category,Annotation', OrigASRData: true } }),
      UserData: JSON.stringify({ Extend: { ticket: '42' } }),
    });
    const jobs = list(submitted.AIJobList);
    expect(jobs.map((job) => job.Type)).toEqual(['AIVideoTag', 'AIMediaDNA']);
    expect(jobs.every((job) => job.MediaId === keynote && typeof job.JobId === 'string')).toBe(true);
    const JobIds = jobs.map((job) => job.JobId as string).join(',');

    const running = await ok(sandbox, 'ListAIJob', { JobIds });
    expect(list(running.AIJobList).map((job) => job.Status)).toEqual(['processing', 'processing']);

    sandbox.advance(31);
    const done = await ok(sandbox, 'ListAIJob', { JobIds: `${JobIds},doesnotexist` });
    expect(done.NonExistAIJobIds).toEqual(['doesnotexist']);
    const [tagJob, dnaJob] = list(done.AIJobList);
    expect(tagJob).toMatchObject({ Status: 'success', Type: 'AIVideoTag', Code: '0', Message: 'OK' });
    expect(dnaJob).toMatchObject({ Status: 'success', Type: 'AIMediaDNA' });
    expect(typeof tagJob!.CompleteTime).toBe('string');
    expect(JSON.parse(tagJob!.Data as string)).toHaveProperty('Keyword');

    const tags = (await ok(sandbox, 'GetAIVideoTagResult', { MediaId: keynote })).VideoTagResult as Record<string, Obj[]>;
    expect(tags.Keyword!.map((tag) => tag.Tag)).toEqual(expect.arrayContaining(['keynote', 'launch', 'Product']));
    expect(tags.Time!.map((tag) => tag.Tag)).toEqual(['2026']);
    expect(tags.Category!.map((tag) => tag.Tag)).toEqual(['Marketing']);
    expect(tags.Person![0]).toMatchObject({ Tag: 'Presenter' });
    expect(tags.Keyword![0]!.Times).toEqual(expect.arrayContaining([expect.stringMatching(/^\d+$/)]));
    expect(tags.OrigASRData).toHaveProperty('AsrTextList');

    const events = sandbox.events.history.filter((event) => event.MediaId === keynote).map((event) => event.EventType);
    expect(events).toEqual(expect.arrayContaining(['AIVideoTagComplete', 'AIMediaDNAComplete']));
    const tagEvent = sandbox.events.history.find((event) => event.EventType === 'AIVideoTagComplete' && event.MediaId === keynote);
    expect(tagEvent).toMatchObject({ Status: 'success', Extend: { ticket: '42' } });
  });

  it('finds the demo duplicate pair and forgets a video removed from the DNA library', async () => {
    const reported = ids['reported-clip.mp4']!;
    const reupload = ids['user-upload-7731.mp4']!;
    const demo = await ok(sandbox, 'GetMediaDNAResult', { MediaId: reupload });
    const [match] = list(demo.DNAResult);
    expect(match).toMatchObject({ PrimaryKey: reported });
    expect(Number(match!.Similarity)).toBeGreaterThanOrEqual(0.9);
    expect(list(match!.Detail)[0]).toHaveProperty('Duplication.Duration');

    const again = list((await ok(sandbox, 'SubmitAIJob', { MediaId: reported, Types: 'AIMediaDNA' })).AIJobList);
    sandbox.advance(21);
    const rerun = (await ok(sandbox, 'GetMediaDNAResult', { MediaId: reported })).DNAResult;
    expect(list(rerun).map((dna) => dna.PrimaryKey)).toContain(reupload);
    expect(again).toHaveLength(1);

    const removal = await ok(sandbox, 'SubmitMediaDNADeleteJob', { MediaId: reupload });
    expect(typeof removal.JobId).toBe('string');
    expect((await ok(sandbox, 'GetMediaDNAResult', { MediaId: reupload })).DNAResult).toEqual([]);
    await fails('SubmitMediaDNADeleteJob', { MediaId: reupload }, 'InvalidMediaDNA.NotFound', 404);

    await ok(sandbox, 'SubmitAIJob', { MediaId: reported, Types: 'AIMediaDNA' });
    sandbox.advance(21);
    expect((await ok(sandbox, 'GetMediaDNAResult', { MediaId: reported })).DNAResult).toEqual([]);
  });

  it('takes the job types from Config when Types is absent', async () => {
    const body = await ok(sandbox, 'SubmitAIJob', { MediaId: ids['cloud-native.mp4']!, Config: JSON.stringify({ AIVideoTag: { AnalyseTypes: 'OCR' } }) });
    expect(list(body.AIJobList).map((job) => job.Type)).toEqual(['AIVideoTag']);
  });

  it('fails jobs on an undecodable source and refuses bad submissions', async () => {
    const corrupt = list((await ok(sandbox, 'SubmitAIJob', { MediaId: ids['corrupt-source.mp4']!, Types: 'AIVideoTag' })).AIJobList)[0]!;
    sandbox.advance(31);
    const [job] = list((await ok(sandbox, 'ListAIJob', { JobIds: corrupt.JobId as string })).AIJobList);
    expect(job).toMatchObject({ Status: 'fail', Code: 'InvalidMediaFile' });

    await fails('SubmitAIJob', { MediaId: 'f'.repeat(32), Types: 'AIVideoTag' }, 'InvalidVideo.NotFound', 404);
    await fails('SubmitAIJob', { MediaId: ids['in-progress.mp4']!, Types: 'AIVideoTag' }, 'Forbidden.IllegalStatus', 400);
    await fails('SubmitAIJob', { MediaId: ids['getting-started.mp4']! }, 'InvalidParameter', 400);
    await fails('SubmitAIJob', { MediaId: ids['getting-started.mp4']!, Types: 'AIMediaAudit' }, 'InvalidParameter', 400);
    await fails('SubmitAIJob', { MediaId: ids['getting-started.mp4']!, Types: 'AIVideoTag', Config: '{"AIVideoTag":{"AnalyseTypes":"Smell"}}' }, 'InvalidParameter', 400);
    await fails('ListAIJob', { JobIds: Array.from({ length: 11 }, (_, i) => `job${i}`).join(',') }, 'JobIdsExceededMax', 400);
    await fails('GetAIVideoTagResult', { MediaId: 'f'.repeat(32) }, 'InvalidVideo.NotFound', 404);
    await fails('GetMediaDNAResult', { MediaId: 'f'.repeat(32) }, 'InvalidVideo.NotFound', 404);
  });

  it('has demo tag results and answers an empty result before any job', async () => {
    const demo = (await ok(sandbox, 'GetAIVideoTagResult', { MediaId: ids['getting-started.mp4']! })).VideoTagResult as Record<string, Obj[]>;
    expect(demo.Category!.map((tag) => tag.Tag)).toEqual(['Courses', 'Cloud Computing']);
    expect((await ok(sandbox, 'GetAIVideoTagResult', { MediaId: ids['podcast-12.mp3']! })).VideoTagResult).toEqual({});
  });
});

describe('AI images (smart covers)', () => {
  it('generates images, lists and deletes their records, and sets the cover when the template says so', async () => {
    const templates = list((await ok(sandbox, 'ListAITemplate', { TemplateType: 'AIImage' })).TemplateInfoList);
    const png = templates.find((t) => JSON.parse(t.TemplateConfig as string).SetDefaultCover === 'true')!;
    const video = ids['cloud-native.mp4']!;
    const { JobId } = (await ok(sandbox, 'SubmitAIImageJob', { VideoId: video, AITemplateId: png.TemplateId as string, UserData: '{"Extend":{"k":"v"}}' })) as { JobId: string };
    expect(list((await ok(sandbox, 'GetAIImageJobs', { JobIds: JobId })).AIImageJobList)[0]).toMatchObject({ JobId, Status: 'processing', VideoId: video });

    sandbox.advance(21);
    const [job] = list((await ok(sandbox, 'GetAIImageJobs', { JobIds: `${JobId},unknown` })).AIImageJobList);
    expect(job).toMatchObject({ Status: 'success', Code: 'Success', TemplateId: png.TemplateId, TemplateConfig: png.TemplateConfig, UserData: '{"Extend":{"k":"v"}}' });
    const images = JSON.parse(job!.AIImageResult as string) as { Score: number; Url: string }[];
    expect(images).toHaveLength(3);

    const infos = list((await ok(sandbox, 'ListAIImageInfo', { VideoId: video })).AIImageInfoList);
    expect(infos).toHaveLength(3);
    expect(infos.every((info) => info.Format === 'png' && info.JobId === JobId && typeof info.AIImageInfoId === 'string')).toBe(true);
    expect((await ok(sandbox, 'GetVideoInfo', { VideoId: video })).Video).toMatchObject({ CoverURL: images[0]!.Url });

    const doomed = infos.slice(0, 2).map((info) => info.AIImageInfoId as string).join(',');
    expect(await ok(sandbox, 'DeleteAIImageInfos', { AIImageInfoIds: doomed })).toHaveProperty('RequestId');
    expect(list((await ok(sandbox, 'ListAIImageInfo', { VideoId: video })).AIImageInfoList)).toHaveLength(1);
    await fails('DeleteAIImageInfos', { AIImageInfoIds: doomed }, 'InvalidAIImageInfo.NotFound', 404);
  });

  it('has demo smart covers on the keynote', async () => {
    const infos = list((await ok(sandbox, 'ListAIImageInfo', { VideoId: ids['keynote-2026.mov']! })).AIImageInfoList);
    expect(infos.length).toBeGreaterThan(0);
    expect(infos[0]).toMatchObject({ Format: 'gif' });
  });

  it('refuses bad image submissions', async () => {
    const audit = ((await ok(sandbox, 'GetDefaultAITemplate', { TemplateType: 'AIMediaAudit' })).TemplateInfo as Obj).TemplateId as string;
    const video = ids['getting-started.mp4']!;
    await fails('SubmitAIImageJob', { VideoId: video, AITemplateId: audit }, 'InvalidParameter', 400);
    await fails('SubmitAIImageJob', { VideoId: video, AITemplateId: 'f'.repeat(32) }, 'InvalidAITemplate.NotFound', 404);
    await fails('SubmitAIImageJob', { VideoId: 'f'.repeat(32), AITemplateId: audit }, 'InvalidVideo.NotFound', 404);
    await fails('GetAIImageJobs', { JobIds: Array.from({ length: 11 }, (_, i) => `job${i}`).join(',') }, 'JobIdsExceededMax', 400);
    await fails('ListAIImageInfo', { VideoId: 'f'.repeat(32) }, 'InvalidVideo.NotFound', 404);
  });
});
