import type { ActionContext, ActionHandler } from '../../action-context.js';
import { invalidParameter } from '../../errors.js';
import type { VideoRecord } from '../../state/records.js';
import { illegalVideoStatus, jobIdsExceededMax, videoNotFound } from './ai-errors.js';
import { startAIJob } from './ai-job-lifecycle.js';
import { aiReady } from './ai-ready.js';
import { AI_JOB_TYPES, type AIJobRecord, type AIJobType } from './ai-state.js';
import { ANALYSE_TYPES } from './video-tags.js';

const MAX_JOB_IDS = 10;

/** A video whose source file can be analysed: it exists and its upload finished. */
export function analysableVideo(context: ActionContext, name: string): VideoRecord {
  const video = context.state.data.videos[context.required(name)];
  if (!video) throw videoNotFound();
  if (!video.HasMezzanine || video.Status === 'Uploading' || video.Status === 'UploadFail') throw illegalVideoStatus();
  return video;
}

/** UserData must be a JSON object (spec 17.2: MessageCallback and/or Extend). */
export function userDataParam(context: ActionContext, maxBytes?: number): string | undefined {
  return context.userData(maxBytes === undefined ? {} : { maxBytes });
}

function jobConfig(context: ActionContext): Record<string, unknown> | undefined {
  const config = context.json('Config');
  if (config === undefined) return undefined;
  if (typeof config !== 'object' || config === null || Array.isArray(config)) throw invalidParameter('Config', 'It must be a JSON object.');
  const tag = (config as Record<string, unknown>).AIVideoTag;
  if (tag !== undefined) {
    const analyse = (tag as Record<string, unknown> | null)?.AnalyseTypes;
    const types = typeof analyse === 'string' ? analyse.split(',').map((type) => type.trim()) : analyse === undefined ? [] : null;
    if (types === null || !types.every((type) => (ANALYSE_TYPES as readonly string[]).includes(type))) {
      throw invalidParameter('Config', `AIVideoTag.AnalyseTypes must be a comma list of: ${ANALYSE_TYPES.join(', ')}.`);
    }
  }
  return config as Record<string, unknown>;
}

export const submitAIJob: ActionHandler = (context) => {
  aiReady(context);
  const video = analysableVideo(context, 'MediaId');
  const config = jobConfig(context);
  const listed = context.list('Types');
  const unknown = listed.find((type) => !(AI_JOB_TYPES as readonly string[]).includes(type));
  if (unknown) throw invalidParameter('Types', `Allowed values: ${AI_JOB_TYPES.join(', ')}.`);
  // Without Types, the job types are the ones Config configures.
  const types = [...new Set(listed.length ? listed : Object.keys(config ?? {}).filter((key) => (AI_JOB_TYPES as readonly string[]).includes(key)))] as AIJobType[];
  if (types.length === 0) throw invalidParameter('Types', `Give Types (${AI_JOB_TYPES.join(', ')}) or a Config for one of them.`);
  const userData = userDataParam(context);
  const jobs = types.map((type) => startAIJob(context, type, video, config, userData));
  return { AIJobList: jobs.map((job) => ({ Type: job.Type, JobId: job.JobId, MediaId: job.MediaId })) };
};

function jobView(job: AIJobRecord): Record<string, unknown> {
  return {
    JobId: job.JobId,
    Type: job.Type,
    MediaId: job.MediaId,
    Status: job.Status,
    CreationTime: job.CreationTime,
    ...(job.CompleteTime ? { CompleteTime: job.CompleteTime } : {}),
    ...(job.Code ? { Code: job.Code, Message: job.Message } : {}),
    ...(job.Data ? { Data: job.Data } : {}),
  };
}

export const listAIJob: ActionHandler = (context) => {
  const slice = aiReady(context);
  const ids = context.list('JobIds', { required: true, max: MAX_JOB_IDS, tooMany: jobIdsExceededMax() });
  const found = ids.map((id) => slice.jobs[id]).filter((job): job is AIJobRecord => job !== undefined);
  // Wrapped as in the spec's JSON example ({"String": [...]}, {"AIJob": [...]}).
  return {
    NonExistAIJobIds: ids.filter((id) => !slice.jobs[id]),
    AIJobList: found.map(jobView),
  };
};

export const getAIVideoTagResult: ActionHandler = (context) => {
  const slice = aiReady(context);
  const mediaId = context.required('MediaId');
  const result = slice.tagResults[mediaId];
  if (!result && !context.state.data.videos[mediaId]) throw videoNotFound();
  return { VideoTagResult: result ?? {} };
};
