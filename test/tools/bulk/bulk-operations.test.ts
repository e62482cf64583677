import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VodApiError } from '../../../src/client/index.js';
import { planBulkMedia } from '../../../src/tools/bulk/plan-bulk-media.js';
import { sessionIdOf } from '../../../src/tools/bulk/executors/submit-transcodes.js';
import { createFakeVod, type FakeVod } from './fake-vod.js';

// SetTitlePrefix, RefreshPlayUrls, SubmitTranscodes, the forbidden outcome, and lost answers, against a fake API.

let vod: FakeVod;
beforeEach(async () => {
  vod = await createFakeVod();
});
afterEach(() => vod.close());

const writes = (action: string) => vod.calls.filter((call) => call.action === action);

describe('the operation arguments', () => {
  const valid = (args: Record<string, unknown>) => planBulkMedia.input.safeParse(args).success;
  it('each operation needs its own argument and refuses the others', () => {
    expect(valid({ Operation: 'SetTitlePrefix', TitlePrefix: '[old] ' })).toBe(true);
    expect(valid({ Operation: 'SetTitlePrefix' })).toBe(false);
    expect(valid({ Operation: 'SetTitlePrefix', TitlePrefix: '' })).toBe(false);
    expect(valid({ Operation: 'SetTitlePrefix', TitlePrefix: 'é'.repeat(65) })).toBe(false);
    expect(valid({ Operation: 'SubmitTranscodes', TemplateGroupId: 'g1' })).toBe(true);
    expect(valid({ Operation: 'SubmitTranscodes' })).toBe(false);
    expect(valid({ Operation: 'RefreshPlayUrls' })).toBe(true);
    expect(valid({ Operation: 'RefreshPlayUrls', TemplateGroupId: 'g1' })).toBe(false);
    expect(valid({ Operation: 'AddTags', Tags: ['x'], TitlePrefix: 'p' })).toBe(false);
    expect(valid({ Operation: 'Delete', TemplateGroupId: 'g1' })).toBe(false);
  });
});

describe('SetTitlePrefix', () => {
  it('plans change / unchanged / TitleTooLong exactly, then runs without calling the API for the too long one', async () => {
    vod.seed(4, (n) => ({ Title: ['Cat', '[old] Dog', 'x'.repeat(125), 'Bird'][n]! }));
    const plan = await vod.plan({ Operation: 'SetTitlePrefix', TitlePrefix: '[old] ' });
    expect(plan).toMatchObject({ Total: 4, WouldChange: 2, Unchanged: 1, WouldFail: 1 });
    expect(plan.Sample).toEqual([
      { VideoId: 'v00000', Title: 'Cat', Outcome: 'change', NewTitle: '[old] Cat' },
      { VideoId: 'v00001', Title: '[old] Dog', Outcome: 'unchanged' },
      { VideoId: 'v00002', Title: 'x'.repeat(125), Outcome: 'fail', Code: 'TitleTooLong' },
      { VideoId: 'v00003', Title: 'Bird', Outcome: 'change', NewTitle: '[old] Bird' },
    ]);
    expect(writes('UpdateVideoInfos')).toHaveLength(0);
    const result = await vod.run({ JobId: plan.JobId });
    expect(result).toMatchObject({ Changed: 2, Unchanged: 1, Failed: 1, Forbidden: 0, Remaining: 0 });
    expect(result.Failures).toEqual([{ VideoId: 'v00002', State: 'failed', Code: 'TitleTooLong', Message: expect.stringMatching(/131 bytes.*128.*No call was made/) }]);
    const [update] = writes('UpdateVideoInfos');
    expect(JSON.parse(String(update!.params.UpdateContent))).toEqual([
      { VideoId: 'v00000', Title: '[old] Cat' },
      { VideoId: 'v00003', Title: '[old] Bird' },
    ]);
    expect([...vod.videos.values()].map((video) => video.Title)).toEqual(['[old] Cat', '[old] Dog', 'x'.repeat(125), '[old] Bird']);
  });

  it('counts bytes, not characters: a multi-byte title can be too long under 128 characters', async () => {
    vod.seed(1, () => ({ Title: '猫'.repeat(42) }));
    const plan = await vod.plan({ Operation: 'SetTitlePrefix', TitlePrefix: '旧' });
    expect(plan).toMatchObject({ WouldChange: 0, WouldFail: 1 });
  });
});

describe('RefreshPlayUrls', () => {
  it('refreshes 20 MediaIds a call, records the MediaRefreshJobId per video, videos gone meanwhile are not_found', async () => {
    vod.seed(45);
    const plan = await vod.plan({ Operation: 'RefreshPlayUrls' });
    expect(plan).toMatchObject({ Total: 45, WouldChange: 45, Unchanged: 0 });
    vod.videos.delete('v00044');
    const result = await vod.run({ JobId: plan.JobId });
    expect(result).toMatchObject({ Changed: 44, NotFound: 1, Failed: 0 });
    expect(writes('RefreshMediaPlayUrls').map((call) => String(call.params.MediaIds).split(',').length)).toEqual([20, 20, 4]);
    const jobs = result.Jobs as { VideoId: string; JobId: string }[];
    expect(jobs).toHaveLength(44);
    expect(jobs[0]).toEqual({ VideoId: 'v00000', JobId: 'refresh-1' });
    expect(jobs[43]).toEqual({ VideoId: 'v00043', JobId: 'refresh-3' });
    expect(result.NextStep).toContain('JobType MediaRefresh');
  });
});

describe('SubmitTranscodes', () => {
  it('one call per video with a stable SessionId, a TranscodeTaskId per item', async () => {
    vod.seed(3);
    const plan = await vod.plan({ Operation: 'SubmitTranscodes', TemplateGroupId: 'group-1' });
    const result = await vod.run({ JobId: plan.JobId });
    expect(result).toMatchObject({ Changed: 3, Failed: 0 });
    expect(writes('SubmitTranscodeJobs').map((call) => call.params)).toEqual(
      ['v00000', 'v00001', 'v00002'].map((id) => ({ VideoId: id, TemplateGroupId: 'group-1', SessionId: sessionIdOf(plan.JobId, id) })),
    );
    expect(result.Jobs).toEqual([
      { VideoId: 'v00000', JobId: 'task-1-v00000' },
      { VideoId: 'v00001', JobId: 'task-2-v00001' },
      { VideoId: 'v00002', JobId: 'task-3-v00002' },
    ]);
    expect(result.NextStep).toContain('JobType Transcode');
  });

  it('a lost answer is failed (not retried); the rerun starts no second transcode and records it changed', async () => {
    vod.seed(2);
    const plan = await vod.plan({ Operation: 'SubmitTranscodes', TemplateGroupId: 'group-1' });
    vod.loseAnswerOf = 'SubmitTranscodeJobs';
    const first = await vod.run({ JobId: plan.JobId });
    expect(first).toMatchObject({ Changed: 1, Failed: 1 });
    expect((first.Failures as { Code: string; Message: string }[])[0]).toMatchObject({ Code: 'NetworkError', Message: expect.stringContaining('may have been made') });
    const second = await vod.run({ JobId: plan.JobId });
    expect(second).toMatchObject({ Changed: 2, Failed: 0 });
    // The first video's call made a transcode whose answer was lost; the rerun's call was refused as a repeat.
    expect(writes('SubmitTranscodeJobs').map((call) => call.params.VideoId)).toEqual(['v00000', 'v00001', 'v00000']);
    expect((second.Jobs as unknown[]).length).toBe(1);
  });
});

describe('forbidden', () => {
  it('a permission error is forbidden, not failed, with the API code; a rerun retries it', async () => {
    vod.seed(25);
    const plan = await vod.plan({ Operation: 'AddTags', Tags: ['b'] });
    vod.fail = (_action, ids) => (ids.includes('v00000') ? new VodApiError({ code: 'Forbidden.RAM', message: 'User not authorized to operate on the specified resource.', action: 'UpdateVideoInfos', httpStatus: 403 }) : undefined);
    const result = await vod.run({ JobId: plan.JobId });
    expect(result).toMatchObject({ Changed: 5, Forbidden: 20, Failed: 0, Remaining: 0 });
    expect((result.Failures as { State: string; Code: string }[])[0]).toMatchObject({ VideoId: 'v00000', State: 'forbidden', Code: 'Forbidden.RAM' });
    expect(result.NextStep).toContain('permission');
    vod.fail = undefined;
    expect(await vod.run({ JobId: plan.JobId })).toMatchObject({ Changed: 25, Forbidden: 0 });
  });
});

describe('a failed re-check', () => {
  it('a permission refusal of GetVideoInfos makes the chunk forbidden; a delete sent before is still recognised later', async () => {
    vod.seed(2);
    const plan = await vod.plan({ Operation: 'Delete' });
    vod.fail = (action, ids) => {
      for (const id of ids) vod.videos.delete(id);
      return new VodApiError({ code: 'Timeout', message: 'No complete answer in time.', action, transient: true });
    };
    expect(await vod.run({ JobId: plan.JobId })).toMatchObject({ Failed: 2 });
    vod.fail = undefined;
    vod.beforeCall = async (action) => {
      if (action === 'GetVideoInfos') throw new VodApiError({ code: 'Forbidden.RAM', message: 'User not authorized.', action, httpStatus: 403 });
    };
    const refused = await vod.run({ JobId: plan.JobId });
    expect(refused).toMatchObject({ Forbidden: 2, Failed: 0 });
    expect((refused.Failures as { Message: string }[])[0]!.Message).toContain('re-check failed');
    vod.beforeCall = undefined;
    expect(await vod.run({ JobId: plan.JobId })).toMatchObject({ Changed: 2, NotFound: 0 });
  });
});

describe('lost DeleteVideo answers', () => {
  it('the client retries after a lost answer and finds the chunk gone: changed, not not_found', async () => {
    vod.seed(25);
    const plan = await vod.plan({ Operation: 'Delete' });
    vod.loseAnswerOf = 'DeleteVideo';
    const result = await vod.run({ JobId: plan.JobId });
    expect(result).toMatchObject({ Changed: 25, NotFound: 0, Failed: 0 });
    expect(writes('DeleteVideo')).toHaveLength(3);
    expect(vod.videos.size).toBe(0);
  });

  it('a delete whose every attempt lost its answer is failed; the rerun finds the videos gone and records them changed', async () => {
    vod.seed(3);
    const plan = await vod.plan({ Operation: 'Delete' });
    vod.fail = (action, ids) => {
      for (const id of ids) vod.videos.delete(id);
      return new VodApiError({ code: 'Timeout', message: 'No complete answer in time.', action, transient: true });
    };
    expect(await vod.run({ JobId: plan.JobId })).toMatchObject({ Changed: 0, Failed: 3 });
    vod.fail = undefined;
    expect(await vod.run({ JobId: plan.JobId })).toMatchObject({ Changed: 3, NotFound: 0, Failed: 0 });
  });

  it('videos deleted by someone else before this plan sent anything stay not_found', async () => {
    vod.seed(3);
    const plan = await vod.plan({ Operation: 'Delete' });
    vod.videos.delete('v00001');
    expect(await vod.run({ JobId: plan.JobId })).toMatchObject({ Changed: 2, NotFound: 1 });
  });
});
