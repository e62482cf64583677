import { z } from 'zod';
import { countStates, type BulkPlan } from './plan-store.js';

const SHOWN = 20;

export const jobIdArgument = z
  .string()
  .regex(/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/, 'must be a JobId from plan_bulk_media')
  .describe('The plan, from plan_bulk_media.');
const JOBS_SHOWN = 100;

/** Where a plan stands: what run_bulk_media answers after a run and get_bulk_job answers any time. */
export const reportShape = {
  JobId: z.string(),
  Operation: z.string(),
  Total: z.number().int(),
  Changed: z.number().int(),
  Unchanged: z.number().int(),
  NotFound: z.number().int(),
  Forbidden: z.number().int().describe('Refused for lack of permission (RAM policy, app).'),
  Failed: z.number().int(),
  Remaining: z.number().int(),
  Failures: z.array(z.object({ VideoId: z.string(), State: z.enum(['failed', 'forbidden']), Code: z.string(), Message: z.string().optional() })),
  Jobs: z
    .array(z.object({ VideoId: z.string(), JobId: z.string() }))
    .optional()
    .describe('SubmitTranscodes: TranscodeTaskId per video; RefreshPlayUrls: MediaRefreshJobId. For wait_for_job.'),
  NextStep: z.string(),
};

export interface Report {
  JobId: string;
  Operation: string;
  Total: number;
  Changed: number;
  Unchanged: number;
  NotFound: number;
  Forbidden: number;
  Failed: number;
  Remaining: number;
  Failures: { VideoId: string; State: 'failed' | 'forbidden'; Code: string; Message?: string }[];
  Jobs?: { VideoId: string; JobId: string }[];
  NextStep: string;
}

/** `stopped`: the run was cancelled between chunks. `running`: another call is running the plan right now. */
export function reportOf(plan: BulkPlan, { stopped = false, running = false } = {}): Report {
  const counts = countStates(plan.Items);
  const remaining = counts.pending;
  const failures = plan.Items.filter((item) => item.State === 'failed' || item.State === 'forbidden');
  const jobs = plan.Items.flatMap((item) => (item.JobId && item.State === 'changed' ? [{ VideoId: item.VideoId, JobId: item.JobId }] : []));
  const again = `call run_bulk_media again with JobId ${plan.JobId}`;
  const nextStep = running
    ? `A run of this plan is in progress (another call): ${remaining} video(s) still to do. Call get_bulk_job again later to follow it; do not start another run.`
    : remaining
      ? `${remaining} video(s) still to do${stopped ? ' (stopped early; progress is saved)' : ''}: ${again} to go on.`
      : failures.length
        ? `${failures.length} video(s) failed or were forbidden (see Failures): fix the cause (a forbidden one needs permission on the video), then ${again} to retry only those.`
        : `Done: the plan is complete; running it again changes nothing.`;
  const waitHint =
    plan.Operation.Type === 'SubmitTranscodes' ? ' Wait for each transcode with wait_for_job (JobType Transcode, the JobId from Jobs).'
    : plan.Operation.Type === 'RefreshPlayUrls' ? ' Check the refresh jobs with wait_for_job (JobType MediaRefresh, the JobId from Jobs).'
    : '';
  return {
    JobId: plan.JobId,
    Operation: plan.Operation.Type,
    Total: plan.Items.length,
    Changed: counts.changed,
    Unchanged: counts.unchanged,
    NotFound: counts.not_found,
    Forbidden: counts.forbidden,
    Failed: counts.failed,
    Remaining: remaining,
    Failures: failures.slice(0, SHOWN).map((item) => ({ VideoId: item.VideoId, State: item.State === 'forbidden' ? 'forbidden' : 'failed', Code: item.Code ?? 'Unknown', ...(item.Message ? { Message: item.Message } : {}) })),
    ...(jobs.length ? { Jobs: jobs.slice(0, JOBS_SHOWN) } : {}),
    NextStep: nextStep + (jobs.length ? waitHint + (jobs.length > JOBS_SHOWN ? ` Jobs shows the first ${JOBS_SHOWN} of ${jobs.length}.` : '') : ''),
  };
}
