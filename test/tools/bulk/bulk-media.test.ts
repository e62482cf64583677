import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VodApiError } from '../../../src/client/index.js';
import { alreadyDone, mergedTags } from '../../../src/tools/bulk/operation.js';
import { planBulkMedia } from '../../../src/tools/bulk/plan-bulk-media.js';
import { runBulkMedia } from '../../../src/tools/bulk/run-bulk-media.js';
import type { ToolContext } from '../../../src/tools/define-tool.js';
import { TaskError } from '../../../src/tools/tasks/task-error.js';
import { createFakeVod, type FakeVod } from './fake-vod.js';

// The bulk tools against a fake API: search paging, chunking, per-item outcomes, saved state, cancellation.

let vod: FakeVod;
const context = (extra: Partial<ToolContext> = {}) => vod.context(extra);
const seed = (count: number, cateOf: (n: number) => number = () => 1) => vod.seed(count, (n) => ({ CateId: cateOf(n) }));
const plan = (args: Record<string, unknown>, ctx?: ToolContext) => vod.plan(args, ctx);
const run = (args: Record<string, unknown>, ctx?: ToolContext) => vod.run(args, ctx);

beforeEach(async () => {
  vod = await createFakeVod();
});
afterEach(() => vod.close());

describe('operation helpers', () => {
  it('alreadyDone and mergedTags', () => {
    expect(alreadyDone({ Type: 'SetCategory', CateId: 3 }, { CateId: 3 })).toBe(true);
    expect(alreadyDone({ Type: 'SetCategory', CateId: 3 }, { CateId: 4 })).toBe(false);
    expect(alreadyDone({ Type: 'AddTags', Tags: ['x', 'y'] }, { Tags: 'y, x,z' })).toBe(true);
    expect(alreadyDone({ Type: 'AddTags', Tags: ['x'] }, {})).toBe(false);
    expect(alreadyDone({ Type: 'Delete' }, {})).toBe(false);
    expect(mergedTags('a,b', ['b', 'c'])).toBe('a,b,c');
    expect(mergedTags(undefined, ['c'])).toBe('c');
  });

  it('the input needs the operation\'s argument and refuses the others', () => {
    expect(planBulkMedia.input.safeParse({ Operation: 'SetCategory' }).success).toBe(false);
    expect(planBulkMedia.input.safeParse({ Operation: 'AddTags' }).success).toBe(false);
    expect(planBulkMedia.input.safeParse({ Operation: 'Delete', CateId: 1 }).success).toBe(false);
    expect(planBulkMedia.input.safeParse({ Operation: 'AddTags', Tags: ['a,b'] }).success).toBe(false);
    expect(planBulkMedia.input.safeParse({ Operation: 'Delete', MaxItems: 10_001 }).success).toBe(false);
    expect(planBulkMedia.input.safeParse({ Operation: 'Delete', SearchType: 'audio' }).success).toBe(false);
    expect(runBulkMedia.input.safeParse({ JobId: '../../etc/passwd' }).success).toBe(false);
  });
});

describe('plan_bulk_media', () => {
  it('refuses without a task host', async () => {
    await expect(plan({ Operation: 'Delete' }, { api: vod.api })).rejects.toBeInstanceOf(TaskError);
  });

  it('pages by 100 within the first 5000 hits, then with the ScrollToken, up to MaxItems', async () => {
    seed(5250);
    const result = await plan({ Operation: 'SetCategory', CateId: 2, MaxItems: 5200 });
    expect(result).toMatchObject({ Total: 5200, WouldChange: 5200, Unchanged: 0, LeftOut: 50 });
    const searches = vod.calls.filter((call) => call.action === 'SearchMedia');
    expect(searches).toHaveLength(52);
    expect(searches.every((call) => call.params.PageSize === '100')).toBe(true);
    expect(searches[49]!.params.ScrollToken).toBeUndefined();
    expect(searches[50]!.params.ScrollToken).toBe('token-50');
  });

  it('counts videos already in the target state as Unchanged', async () => {
    seed(30, (n) => (n < 10 ? 7 : 1));
    const result = await plan({ Operation: 'SetCategory', CateId: 7 });
    expect(result).toMatchObject({ Total: 30, WouldChange: 20, Unchanged: 10 });
    expect(result.Sample).toHaveLength(10);
  });
});

describe('run_bulk_media', () => {
  it('chunks by 20, records outcomes after every chunk, reports failures with their code', async () => {
    seed(45);
    const { JobId } = await plan({ Operation: 'AddTags', Tags: ['b'] });
    vod.fail = (_action, ids) => (ids.includes('v00020') ? new VodApiError({ code: 'Throttling.User', message: 'slow down', action: 'UpdateVideoInfos' }) : undefined);
    const progress: number[] = [];
    const result = await run({ JobId }, context({ progress: (done) => progress.push(done) }));
    expect(result).toMatchObject({ Total: 45, Changed: 25, Failed: 20, Remaining: 0, NotFound: 0 });
    expect((result.Failures as { Code: string }[])[0]).toMatchObject({ VideoId: 'v00020', Code: 'Throttling.User' });
    expect(progress).toEqual([20, 40, 45]);
    expect(vod.videos.get('v00000')!.Tags).toBe('a,b');
    expect(String(result.NextStep)).toContain('retry');

    // A rerun retries only the failed chunk.
    vod.fail = undefined;
    vod.calls = [];
    const again = await run({ JobId });
    expect(again).toMatchObject({ Changed: 45, Failed: 0, Remaining: 0 });
    expect(vod.calls.filter((call) => call.action === 'UpdateVideoInfos')).toHaveLength(1);
  });

  it('stops between chunks when cancelled, with the state saved, and resumes', async () => {
    seed(60);
    const { JobId } = await plan({ Operation: 'Delete' });
    const controller = new AbortController();
    const first = await run({ JobId }, context({ signal: controller.signal, progress: () => controller.abort() }));
    expect(first).toMatchObject({ Changed: 20, Remaining: 40, Stopped: true });
    const saved = JSON.parse(await readFile(join(vod.stateDir, 'bulk', `${JobId}.json`), 'utf8')) as { Items: { State: string }[] };
    expect(saved.Items.filter((item) => item.State === 'changed')).toHaveLength(20);
    const second = await run({ JobId });
    expect(second).toMatchObject({ Changed: 60, Remaining: 0 });
    expect(vod.videos.size).toBe(0);
  });

  it('a chunk whose videos are all gone is not_found without a write call', async () => {
    seed(5);
    const { JobId } = await plan({ Operation: 'SetCategory', CateId: 9 });
    vod.videos.clear();
    vod.calls = [];
    const result = await run({ JobId });
    expect(result).toMatchObject({ NotFound: 5, Changed: 0 });
    expect(vod.calls.map((call) => call.action)).toEqual(['GetVideoInfos']);
  });

  it('the preview names the operation and the first 20 videos', async () => {
    seed(25);
    const { JobId } = await plan({ Operation: 'Delete' });
    const preview = await runBulkMedia.preview!({ JobId }, context());
    expect(preview.summary).toBe(`Delete 25 videos permanently (plan ${JobId}).`);
    expect(preview.items).toHaveLength(20);
    expect(preview.items![0]).toEqual({ VideoId: 'v00000', Title: 'Video 0' });
  });

  it('an unknown or damaged plan is a TaskError', async () => {
    await expect(run({ JobId: '00000000-0000-4000-8000-000000000000' })).rejects.toThrow(/plan_bulk_media/);
    seed(1);
    const { JobId } = await plan({ Operation: 'Delete' });
    await writeFile(join(vod.stateDir, 'bulk', `${JobId}.json`), '{not json');
    await expect(run({ JobId })).rejects.toBeInstanceOf(TaskError);
  });
});
