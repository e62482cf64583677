import type { ActionHandler, SandboxEnv } from '../../action-context.js';
import { invalidParameter } from '../../errors.js';
import { claimSessionId } from '../../session-ids.js';
import { defaultTemplateGroupId, FAILING_FILE_MARKER, startTranscode, TRANSCODE_SECONDS } from '../../state/media-lifecycle.js';
import { noSuchResource, requireStatus, requireVideo } from './common.js';
import { tables, type PreprocessJobRecord, type WorkflowJobRecord } from './tables.js';
import { videoIdOf } from '../media/video-lookup.js';

const TRANSCODABLE = ['UploadSucc', 'Normal', 'Checking'];
const PREPROCESSABLE = ['UploadSucc', 'Normal', 'Checking', 'Transcoding'];

export const submitTranscodeJobs: ActionHandler = (context) => {
  const video = requireVideo(context, videoIdOf(context));
  const groupId = context.required('TemplateGroupId');
  if (!context.state.data.transcodeTemplateGroups[groupId]) throw noSuchResource(context, 'TemplateGroup');
  context.int('Priority', { min: 1, max: 10 });
  context.userData();
  for (const name of ['EncryptConfig', 'OverrideParams']) {
    const value = context.json(name);
    if (value !== undefined && (typeof value !== 'object' || value === null)) throw invalidParameter(name, 'It must be a JSON object.');
  }
  requireStatus(context, video, TRANSCODABLE);
  claimSessionId(context);
  const task = startTranscode(context, video, groupId, 'Manual');
  return { TranscodeTaskId: task.TranscodeTaskId, TranscodeJobs: task.TranscodeJobInfoList.map((job) => ({ JobId: job.TranscodeJobId })) };
};

/** Live-director preprocessing: a transcode of its own; completion is a TranscodeComplete event with Preprocess=true. */
export const submitPreprocessJobs: ActionHandler = (context) => {
  const video = requireVideo(context, context.required('VideoId'));
  const type = context.oneOf('PreprocessType', ['LivePreprocess'] as const)!;
  requireStatus(context, video, PREPROCESSABLE);
  const job: PreprocessJobRecord = { JobId: context.state.nextId('preprocessJob'), VideoId: video.VideoId, PreprocessType: type, Status: 'Preprocessing', CreationTime: context.clock.nowIso() };
  tables(context).preprocessJobs[job.JobId] = job;
  context.clock.schedule(TRANSCODE_SECONDS * 1000, () => finishPreprocess(context, job));
  return { PreprocessJobs: [{ JobId: job.JobId }] };
};

/** A workflow run transcodes the media with its template group (or the default one), then reports WorkflowComplete. */
export const submitWorkflowJob: ActionHandler = (context) => {
  const workflowId = context.required('WorkflowId');
  const mediaId = context.str('MediaId');
  const video = mediaId === undefined ? undefined : requireVideo(context, mediaId);
  if (video) requireStatus(context, video, TRANSCODABLE);
  const job: WorkflowJobRecord = { JobId: context.state.nextId('workflowJob'), WorkflowId: workflowId, MediaId: mediaId, Status: 'Processing', CreationTime: context.clock.nowIso() };
  const task = video ? startTranscode(context, video, video.TemplateGroupId ?? defaultTemplateGroupId(context), 'Manual') : undefined;
  if (task) job.TranscodeTaskId = task.TranscodeTaskId;
  tables(context).workflowJobs[job.JobId] = job;
  // Scheduled after the transcode's own completion, so the task's result is known.
  context.clock.schedule(task ? TRANSCODE_SECONDS * 1000 : 1000, () => finishWorkflow(context, job));
  // The SDK model's TaskId: the run's ID, which GetJobDetail (JobType workflow) takes.
  return { TaskId: job.JobId };
};

export function finishPreprocess(env: SandboxEnv, job: PreprocessJobRecord): void {
  const video = env.state.data.videos[job.VideoId];
  const failed = !video || video.FileName.toLowerCase().includes(FAILING_FILE_MARKER);
  job.Status = failed ? 'PreprocessFailed' : 'PreprocessSucceed';
  job.CompleteTime = env.clock.nowIso();
  env.events.emit({ EventType: 'TranscodeComplete', EventTime: job.CompleteTime, VideoId: job.VideoId, Status: failed ? 'fail' : 'success', Preprocess: 'true', JobId: job.JobId });
}

export function finishWorkflow(env: SandboxEnv, job: WorkflowJobRecord): void {
  const task = job.TranscodeTaskId ? env.state.data.transcodeTasks[job.TranscodeTaskId] : undefined;
  const failed = task !== undefined && task.TaskStatus === 'CompleteAllFail';
  job.Status = failed ? 'Fail' : 'Success';
  job.CompleteTime = env.clock.nowIso();
  env.events.emit({ EventType: 'WorkflowComplete', EventTime: job.CompleteTime, VideoId: job.MediaId, WorkflowId: job.WorkflowId, JobId: job.JobId, Status: failed ? 'fail' : 'success' });
}
