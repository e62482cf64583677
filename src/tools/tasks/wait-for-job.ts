import { z } from 'zod';
import { defineTaskTool } from '../define-tool.js';
import { JOB_LOOKUPS, MAX_OUTPUTS } from './job-lookups.js';
import { JOB_TYPES, type JobPhase, type JobType, type JobView } from './job-view.js';
import { maxWaitSecondsArgument, pollUntilDone, seconds, waitBoundMs } from './poll.js';

const input = z.strictObject({
  JobType: z
    .enum(JOB_TYPES)
    .describe(
      'Transcode: TranscodeTaskId or a transcode job ID (submit_transcode_jobs). Snapshot: submit_snapshot_job JobId. AI: submit_ai_job JobId (tags, DNA). ' +
        'AIMediaAudit: submit_ai_media_audit_job JobId. URLUpload: upload_media_by_url JobId. CDNRefresh: refresh/preload task IDs (comma-joined as answered, up to 10). ' +
        'MediaRefresh: refresh_media_play_urls MediaRefreshJobId. Workflow: submit_workflow_job TaskId.',
    ),
  JobId: z.string().min(1).max(400).regex(/^[A-Za-z0-9_,-]+$/, 'must be a job ID (CDN task IDs comma-joined)').describe('The job ID the submitting call answered.'),
  MaxWaitSeconds: maxWaitSecondsArgument().optional(),
});

const jobOutput = z.object({
  JobId: z.string().optional(),
  TaskId: z.string().optional(),
  VideoId: z.string().optional(),
  Definition: z.string().optional(),
  Status: z.string().optional(),
  Progress: z.number().optional(),
  Url: z.string().optional(),
  Format: z.string().optional(),
  Size: z.number().optional(),
  Width: z.string().optional(),
  Height: z.string().optional(),
  TaskIds: z.string().optional(),
  ErrorCode: z.string().optional(),
  ErrorMessage: z.string().optional(),
});

const WAIT_STATUSES = ['Succeeded', 'Failed', 'PartlySucceeded', 'NotFound', 'StillRunning'] as const;
type WaitStatus = (typeof WAIT_STATUSES)[number];

const output = z.object({
  JobType: z.enum(JOB_TYPES),
  JobId: z.string(),
  Done: z.boolean().describe('false: still running when the bound ran out; call again.'),
  WaitStatus: z.enum(WAIT_STATUSES),
  Status: z.string().optional().describe('The job status as the API gives it.'),
  Progress: z.number().optional().describe('Percent, where the API gives one.'),
  SubType: z.string().optional(),
  VideoId: z.string().optional(),
  MediaId: z.string().optional(),
  CreationTime: z.string().optional(),
  CompleteTime: z.string().optional(),
  ErrorCode: z.string().optional(),
  ErrorMessage: z.string().optional(),
  Suggestion: z.string().optional(),
  Label: z.string().optional(),
  Outputs: z.array(jobOutput).optional(),
  OutputsTotal: z.number().int().optional(),
  OutputsLeftOut: z.number().int().optional(),
  ElapsedSeconds: z.number(),
  Polls: z.number().int(),
  NextStep: z.string(),
});

const WAIT_STATUS: Record<JobPhase, WaitStatus> = {
  running: 'StillRunning',
  succeeded: 'Succeeded',
  failed: 'Failed',
  partlySucceeded: 'PartlySucceeded',
  notFound: 'NotFound',
};

export const waitForJob = defineTaskTool({
  name: 'wait_for_job',
  title: 'Wait for a job',
  toolset: 'tasks',
  tier: 'read',
  tierReason: 'Only reads the job status until it ends.',
  description:
    'Wait until a job ends: transcode, snapshot, AI, AI audit, URL upload, CDN refresh/preload, play-URL refresh, workflow. ' +
    'Polls with backoff up to the server bound (or MaxWaitSeconds); when time runs out it answers Done false: call again with the same arguments. ' +
    'Returns the final status, progress, outputs (streams, snapshot URLs, media IDs) and the error on failure.',
  input,
  output,
  handler: async (args, context) => {
    const lookUp = JOB_LOOKUPS[args.JobType](args.JobId);
    const waited = await pollUntilDone(
      async () => {
        const view = await lookUp(context.api, context.signal);
        return { done: view.phase !== 'running', status: view.Status ?? (view.phase === 'notFound' ? 'NotFound' : 'Unknown'), percent: view.Progress, state: view };
      },
      { boundMs: waitBoundMs(context.host, args.MaxWaitSeconds), label: `${args.JobType} job ${args.JobId}`, signal: context.signal, progress: context.progress },
    );
    const { phase, Outputs: outputs, ...view }: JobView = waited.state;
    const shown = outputs?.slice(0, MAX_OUTPUTS);
    const total = view.OutputsTotal ?? outputs?.length;
    const waitStatus = WAIT_STATUS[phase];
    return {
      JobType: args.JobType,
      JobId: args.JobId,
      Done: waited.done,
      WaitStatus: waitStatus,
      ...withoutEmpty(view),
      ...(shown?.length ? { Outputs: shown.map(withoutEmpty) } : {}),
      ...(total !== undefined && shown && total > shown.length ? { OutputsTotal: total, OutputsLeftOut: total - shown.length } : {}),
      ElapsedSeconds: seconds(waited.elapsedMs),
      Polls: waited.polls,
      NextStep: nextStepFor(args.JobType, waitStatus, waited.state),
    };
  },
});

function withoutEmpty<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined && field !== '')) as T;
}

function nextStepFor(type: JobType, waitStatus: WaitStatus, view: JobView): string {
  if (waitStatus === 'StillRunning') return `Still ${view.Status ?? 'running'}: call wait_for_job again with the same arguments.`;
  if (waitStatus === 'NotFound') return notFoundStep(type);
  if (waitStatus === 'Failed') return `The job failed${view.ErrorCode ? ` (${view.ErrorCode})` : ''}: fix the cause and submit it again.`;
  const partly = waitStatus === 'PartlySucceeded' ? 'Some parts failed (see Outputs). ' : '';
  return partly + successStep(type, view);
}

function notFoundStep(type: JobType): string {
  switch (type) {
    case 'CDNRefresh':
      return 'No such refresh task: the API keeps them for 3 days; check the ID (describe_vod_refresh_tasks).';
    case 'Transcode':
      return 'No transcode task or job with this ID: list_transcode_task lists a video\'s tasks.';
    default:
      return 'No job with this ID for this JobType: check the ID and the JobType.';
  }
}

function successStep(type: JobType, view: JobView): string {
  const video = view.VideoId;
  switch (type) {
    case 'Transcode':
      return video ? `Transcoded: wait_for_media (VideoId ${video}, IncludePlayInfo true) confirms it is playable.` : 'Transcoded.';
    case 'Snapshot':
      return video ? `Done: list_snapshots (VideoId ${video}) lists every snapshot.` : 'Done.';
    case 'AI':
      return view.SubType === 'AIMediaDNA' ? `Done: get_media_dna_result (MediaId ${video}) has the result.` : `Done: get_ai_video_tag_result (MediaId ${video}) has the tags.`;
    case 'AIMediaAudit':
      return `Audited (suggestion ${view.Suggestion ?? 'unknown'}): review_audit (VideoId ${view.MediaId}) gathers the findings.`;
    case 'URLUpload':
      return video ? `Uploaded: wait_for_media (VideoId ${video}) waits until it is playable.` : 'Uploaded.';
    case 'MediaRefresh':
      return 'Submitted to the CDN: wait_for_job (JobType CDNRefresh, JobId = the TaskIds of Outputs) follows the refresh tasks.';
    case 'CDNRefresh':
      return 'Refreshed on the CDN.';
    case 'Workflow':
      return video ? `Workflow done: wait_for_media (VideoId ${video}) shows the media.` : 'Workflow done.';
  }
}
