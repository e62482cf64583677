import { z } from 'zod';
import { idListOf, listOf, str, VodApiError, type ApiResponse } from '../../client/index.js';
import { chunk } from '../batched-delete.js';
import { defineTaskTool, type ToolContext } from '../define-tool.js';
import { alreadyDone, countStates, describeOperation, mergedTags, num, readPlan, writePlan, type BulkPlan, type PlanItem } from './plan-store.js';

/** DeleteVideo, GetVideoInfos and UpdateVideoInfos take at most 20 videos a call. */
const CHUNK = 20;
const SHOWN = 20;
const NOT_FOUND_CODES = new Set(['InvalidVideo.NotFound']);

const input = z.strictObject({
  JobId: z.string().regex(/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/, 'must be a JobId from plan_bulk_media').describe('The plan, from plan_bulk_media.'),
  MaxItems: z.number().int().min(1).max(10_000).optional().describe('Videos processed at most in this call (default: all still to do); call again to go on.'),
});

const output = z.object({
  JobId: z.string(),
  Operation: z.string(),
  Total: z.number().int(),
  Changed: z.number().int(),
  Unchanged: z.number().int(),
  NotFound: z.number().int(),
  Failed: z.number().int(),
  Remaining: z.number().int(),
  Stopped: z.boolean().optional().describe('The call was cancelled between chunks; the state so far is saved.'),
  Failures: z.array(z.object({ VideoId: z.string(), Code: z.string(), Message: z.string().optional() })),
  NextStep: z.string(),
});

/** Pending first, then failed ones (retried on a rerun). */
const toDo = (plan: BulkPlan) => plan.Items.filter((item) => item.State === 'pending' || item.State === 'failed');

export const runBulkMedia = defineTaskTool({
  name: 'run_bulk_media',
  title: 'Run a bulk change of videos',
  toolset: 'bulk',
  tier: 'destructive',
  tierReason: 'Applies a plan to many videos at once; a Delete plan deletes them permanently.',
  // A rerun with the same JobId resumes: done videos are skipped, so repeating the call has no further effect.
  idempotent: true,
  description:
    'Run a plan from plan_bulk_media after one confirmation: processes the videos in chunks of 20, re-checking each chunk first ' +
    '(videos now gone are not_found, videos already in the target state unchanged), records each outcome in the plan and reports ' +
    'changed/unchanged/not_found/failed. Calling again with the same JobId resumes: done videos are skipped, failed ones retried.',
  input,
  output,
  preview: async ({ JobId, MaxItems }, context) => {
    const plan = await readPlan(context, JobId);
    const pending = toDo(plan).slice(0, MaxItems ?? Infinity);
    return {
      summary: `${describeOperation(plan.Operation, pending.length)} (plan ${plan.JobId}${pending.length < plan.Items.length ? `, ${plan.Items.length} in the plan` : ''}).`,
      items: pending.slice(0, SHOWN).map((item) => ({ VideoId: item.VideoId, ...(item.Title === undefined ? {} : { Title: item.Title }) })),
    };
  },
  handler: async ({ JobId, MaxItems }, context) => {
    const plan = await readPlan(context, JobId);
    const work = toDo(plan).slice(0, MaxItems ?? Infinity);
    let done = 0;
    let stopped = false;
    for (const batch of chunk(work, CHUNK)) {
      if (context.signal?.aborted) {
        stopped = true;
        break;
      }
      await processChunk(plan, batch, context);
      done += batch.length;
      await writePlan(context, plan);
      context.progress?.(done, work.length, `${done} of ${work.length} videos processed`);
    }
    return report(plan, stopped);
  },
});

function report(plan: BulkPlan, stopped: boolean): z.input<typeof output> {
  const counts = countStates(plan.Items);
  const remaining = counts.pending;
  const failures = plan.Items.filter((item) => item.State === 'failed').slice(0, SHOWN);
  const again = `call run_bulk_media again with JobId ${plan.JobId}`;
  const nextStep = remaining
    ? `${remaining} video(s) still to do${stopped ? ' (stopped early; progress is saved)' : ''}: ${again} to go on.`
    : counts.failed
      ? `${counts.failed} video(s) failed (see Failures): fix the cause, then ${again} to retry only those.`
      : `Done: the plan is complete; running it again changes nothing.`;
  return {
    JobId: plan.JobId,
    Operation: plan.Operation.Type,
    Total: plan.Items.length,
    Changed: counts.changed,
    Unchanged: counts.unchanged,
    NotFound: counts.not_found,
    Failed: counts.failed,
    Remaining: remaining,
    ...(stopped ? { Stopped: true } : {}),
    Failures: failures.map((item) => ({ VideoId: item.VideoId, Code: item.Code ?? 'Unknown', ...(item.Message ? { Message: item.Message } : {}) })),
    NextStep: nextStep,
  };
}

const set = (item: PlanItem, state: PlanItem['State'], failure?: { Code: string; Message?: string | undefined }) => {
  item.State = state;
  item.Code = failure?.Code;
  item.Message = failure?.Message;
};

/** One chunk: re-check with GetVideoInfos, then one call for the videos still to change; every item ends in a final state. */
async function processChunk(plan: BulkPlan, batch: PlanItem[], context: ToolContext): Promise<void> {
  let current: Map<string, Record<string, unknown>>;
  try {
    current = await lookUp(batch.map((item) => item.VideoId), context);
  } catch (error) {
    if (!(error instanceof VodApiError)) throw error;
    for (const item of batch) set(item, 'failed', { Code: error.code, Message: `re-check failed: ${error.message}` });
    return;
  }
  const operation = plan.Operation;
  const toChange: { item: PlanItem; video: Record<string, unknown> }[] = [];
  for (const item of batch) {
    const video = current.get(item.VideoId);
    if (!video) set(item, 'not_found');
    else if (alreadyDone(operation, { CateId: num(video.CateId), Tags: str(video.Tags) })) set(item, 'unchanged');
    else toChange.push({ item, video });
  }
  if (!toChange.length) return;
  const ids = toChange.map(({ item }) => item.VideoId);
  let answer: ApiResponse;
  try {
    if (operation.Type === 'Delete') {
      answer = await context.api.call('DeleteVideo', { VideoIds: ids.join(',') }, { idempotent: true, signal: context.signal });
    } else {
      const content = toChange.map(({ item, video }) =>
        operation.Type === 'SetCategory' ? { VideoId: item.VideoId, CateId: operation.CateId } : { VideoId: item.VideoId, Tags: mergedTags(str(video.Tags), operation.Tags) },
      );
      answer = await context.api.call('UpdateVideoInfos', { UpdateContent: JSON.stringify(content) }, { idempotent: true, signal: context.signal });
    }
  } catch (error) {
    if (!(error instanceof VodApiError)) throw error;
    const state = NOT_FOUND_CODES.has(error.code) ? 'not_found' : 'failed';
    for (const { item } of toChange) set(item, state, state === 'failed' ? { Code: error.code, Message: error.message } : undefined);
    return;
  }
  const missing = new Set(idListOf(answer, 'NonExistVideoIds'));
  const forbidden = new Set(idListOf(answer, 'ForbiddenVideoIds'));
  for (const { item } of toChange) {
    if (missing.has(item.VideoId)) set(item, 'not_found');
    else if (forbidden.has(item.VideoId)) set(item, 'failed', { Code: 'Forbidden', Message: 'The account may not change this video.' });
    else set(item, 'changed');
  }
}

/** The videos that exist now, by ID (GetVideoInfos fails when none of them does). */
async function lookUp(ids: readonly string[], context: ToolContext): Promise<Map<string, Record<string, unknown>>> {
  try {
    const answer = await context.api.call('GetVideoInfos', { VideoIds: ids.join(',') }, { idempotent: true, signal: context.signal });
    return new Map(listOf(answer, 'VideoList').flatMap((video) => (str(video.VideoId) ? [[str(video.VideoId)!, video] as const] : [])));
  } catch (error) {
    if (error instanceof VodApiError && NOT_FOUND_CODES.has(error.code)) return new Map();
    throw error;
  }
}
