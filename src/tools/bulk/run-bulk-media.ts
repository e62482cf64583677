import { z } from 'zod';
import { listOf, str } from '../../client/index.js';
import { chunk } from '../batched-delete.js';
import { defineTaskTool, type ToolContext } from '../define-tool.js';
import { TaskError } from '../tasks/task-error.js';
import { EXECUTORS, isApiError, LOST_ANSWER_NOTE, NOT_FOUND_CODES, settle, settleWithError, type Target } from './executors/index.js';
import { alreadyDone, describeOperation, localFailure } from './operation.js';
import { jobIdArgument, reportOf, reportShape } from './bulk-report.js';
import { num, STALE_LOCK_MS, type BulkPlan, type PlanItem } from './plan-store.js';
import { plansOf } from './plans.js';

/** GetVideoInfos, UpdateVideoInfos, DeleteVideo and RefreshMediaPlayUrls take at most 20 videos a call. */
const CHUNK = 20;
const SHOWN = 20;

const input = z.strictObject({
  JobId: jobIdArgument,
  MaxItems: z.number().int().min(1).max(10_000).optional().describe('Videos processed at most in this call (default: all still to do); call again to go on.'),
});

const { Failures, Jobs, NextStep, ...counts } = reportShape;
const output = z.object({
  ...counts,
  Stopped: z.boolean().optional().describe('The call was cancelled between chunks; the state so far is saved.'),
  Failures,
  Jobs,
  NextStep,
});

/** Pending first, then failed and forbidden ones (retried on a rerun). */
const toDo = (plan: BulkPlan) => plan.Items.filter((item) => item.State === 'pending' || item.State === 'failed' || item.State === 'forbidden');

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
    'changed/unchanged/not_found/forbidden/failed. Calling again with the same JobId resumes: done videos are skipped, failed ones retried.',
  input,
  output,
  preview: async ({ JobId, MaxItems }, context) => {
    const plans = plansOf(context);
    const plan = await plans.read(JobId);
    if (await plans.isHeld(plan.JobId)) throw alreadyRunning(plan.JobId);
    const pending = toDo(plan).slice(0, MaxItems ?? Infinity);
    return {
      summary: `${describeOperation(plan.Operation, pending.length)} (plan ${plan.JobId}${pending.length < plan.Items.length ? `, ${plan.Items.length} in the plan` : ''}).`,
      items: pending.slice(0, SHOWN).map((item) => ({ VideoId: item.VideoId, ...(item.Title === undefined ? {} : { Title: item.Title }) })),
    };
  },
  handler: async ({ JobId, MaxItems }, context) => {
    const plans = plansOf(context);
    // An unknown plan is refused before any lock is taken for it.
    await plans.read(JobId);
    const lock = await plans.acquire(JobId);
    if (!lock) throw alreadyRunning(JobId);
    try {
      // Read again under the lock: a run that just finished (on any replica) may have changed it.
      const plan = await plans.read(JobId);
      const work = toDo(plan).slice(0, MaxItems ?? Infinity);
      // Renewed before every save: a run that lost its lock stops instead of writing over another run's progress.
      const save = async () => {
        await lock.renew();
        await plans.write(plan);
      };
      let done = 0;
      let stopped = false;
      for (const batch of chunk(work, CHUNK)) {
        if (context.signal?.aborted) {
          stopped = true;
          break;
        }
        await processChunk(plan, batch, context, save);
        done += batch.length;
        await save();
        context.progress?.(done, work.length, `${done} of ${work.length} videos processed`);
      }
      const cancelled = stopped || context.signal?.aborted === true;
      return { ...reportOf(plan, { stopped: cancelled }), ...(cancelled ? { Stopped: true } : {}) };
    } finally {
      await lock.release();
    }
  },
});

const alreadyRunning = (jobId: string) =>
  new TaskError(`The bulk plan ${jobId} is already running in another call. Do not start it again: follow it with get_bulk_job, or wait for that call's result (if it was interrupted, call run_bulk_media with this JobId again after ${STALE_LOCK_MS / 60_000} minutes; it resumes where it stopped).`);

/** One chunk: re-check with GetVideoInfos, settle what needs no call, then the operation's calls for the rest. */
async function processChunk(plan: BulkPlan, batch: PlanItem[], context: ToolContext, save: () => Promise<void>): Promise<void> {
  let current: Map<string, Record<string, unknown>>;
  try {
    current = await lookUp(batch.map((item) => item.VideoId), context);
  } catch (error) {
    if (!isApiError(error)) throw error;
    for (const item of batch) settleWithError(item, error, { prefix: 're-check failed: ', recheck: true });
    return;
  }
  const operation = plan.Operation;
  const targets: Target[] = [];
  for (const item of batch) {
    const video = current.get(item.VideoId);
    const now = video && { Title: str(video.Title), CateId: num(video.CateId), Tags: str(video.Tags) };
    const failure = now && localFailure(operation, now);
    if (!video || !now) settle(item, operation.Type === 'Delete' && item.Sent ? 'changed' : 'not_found', operation.Type === 'Delete' && item.Sent ? { Message: LOST_ANSWER_NOTE } : {});
    else if (alreadyDone(operation, now)) settle(item, item.Sent ? 'changed' : 'unchanged', item.Sent ? { Message: LOST_ANSWER_NOTE } : {});
    else if (failure) settle(item, 'failed', failure);
    else targets.push({ item, video });
  }
  if (targets.length) await EXECUTORS[operation.Type](targets, { plan, context, save });
}

/** The videos that exist now, by ID (GetVideoInfos fails when none of them does). */
async function lookUp(ids: readonly string[], context: ToolContext): Promise<Map<string, Record<string, unknown>>> {
  try {
    const answer = await context.api.call('GetVideoInfos', { VideoIds: ids.join(',') }, { idempotent: true, signal: context.signal });
    return new Map(listOf(answer, 'VideoList').flatMap((video) => (str(video.VideoId) ? [[str(video.VideoId)!, video] as const] : [])));
  } catch (error) {
    if (isApiError(error) && NOT_FOUND_CODES.has(error.code)) return new Map();
    throw error;
  }
}
