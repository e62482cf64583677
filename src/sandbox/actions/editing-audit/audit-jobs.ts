import type { ActionContext, ActionHandler, SandboxEnv } from '../../action-context.js';
import { invalidParameter, SandboxError } from '../../errors.js';
import { FAILING_FILE_MARKER } from '../../state/media-lifecycle.js';
import { auditImage, auditVideo } from './audit-findings.js';
import { auditSlice, imageNotFound, jobNotFound, videoNotFound, type AuditJobRecord, type AuditSlice } from './audit-store.js';
import { auditSettings, defaultAuditTemplateId } from './audit-template.js';
import { blockVideo } from './video-review.js';

/** Simulated processing time of one audit job. */
export const VIDEO_AUDIT_SECONDS = 30;
export const IMAGE_AUDIT_SECONDS = 5;

/** Statuses without a source file to analyse. */
const NO_SOURCE_STATUSES = ['Uploading', 'UploadFail'];

export const submitAIMediaAuditJob: ActionHandler = (context) => {
  context.oneOf('MediaType', ['video'] as const);
  const video = context.state.data.videos[context.required('MediaId')];
  if (!video) throw videoNotFound();
  if (NO_SOURCE_STATUSES.includes(video.Status) || !video.HasMezzanine) {
    throw new SandboxError('Forbidden.IllegalStatus', `Status of the video is illegal. Current Status is ${video.Status}.`, 403);
  }
  const job = newJob(context, video.VideoId, 'video', VIDEO_AUDIT_SECONDS);
  return { MediaId: video.VideoId, JobId: job.JobId };
};

export const submitAIImageAuditJob: ActionHandler = (context) => {
  const image = context.state.data.images[context.required('MediaId')];
  if (!image) throw imageNotFound();
  const job = newJob(context, image.ImageId, 'image', IMAGE_AUDIT_SECONDS);
  return { JobId: job.JobId };
};

function newJob(context: ActionContext, mediaId: string, kind: AuditJobRecord['MediaKind'], seconds: number): AuditJobRecord {
  const settings = auditSettings(context, context.str('TemplateId') ?? (kind === 'video' ? defaultAuditTemplateId(context) : context.required('TemplateId')));
  const config = context.json<{ ResourceType?: unknown }>('MediaAuditConfiguration');
  if (config !== undefined && (typeof config !== 'object' || config === null || (config.ResourceType !== undefined && !/^\w+$/.test(String(config.ResourceType))))) {
    throw invalidParameter('MediaAuditConfiguration', 'ResourceType may contain only letters, digits and underscores.');
  }
  const job: AuditJobRecord = {
    JobId: context.state.nextId('auditJob'),
    MediaId: mediaId,
    MediaKind: kind,
    Type: 'AIMediaAudit',
    TemplateId: settings.TemplateId,
    Settings: settings,
    Status: 'processing',
    CreationTime: context.clock.nowIso(),
    DueAt: context.clock.now() + seconds * 1000,
    UserData: context.str('UserData'),
    ResourceType: typeof config?.ResourceType === 'string' ? config.ResourceType : undefined,
  };
  auditSlice(context).jobs[job.JobId] = job;
  const env = context.env;
  context.clock.schedule(seconds * 1000, () => finishJob(env, job.JobId));
  return job;
}

/** The audit tables with every job past its due time finished (timers are lost when state is restored from a file). */
export function auditReady(env: SandboxEnv): AuditSlice {
  const slice = auditSlice(env);
  const now = env.clock.now();
  for (const job of Object.values(slice.jobs)) if (job.Status === 'processing' && job.DueAt <= now) finishJob(env, job.JobId);
  return slice;
}

/** Completes a job: the media may have been deleted or be unreadable meanwhile. */
function finishJob(env: SandboxEnv, jobId: string): void {
  const slice = auditSlice(env);
  const job = slice.jobs[jobId];
  if (!job || job.Status !== 'processing') return;
  const { videos, images } = env.state.data;
  const video = job.MediaKind === 'video' ? videos[job.MediaId] : undefined;
  const image = job.MediaKind === 'image' ? images[job.MediaId] : undefined;
  job.CompleteTime = env.clock.nowIso();
  let failure: [string, string] | undefined;
  if (!video && !image) failure = ['InvalidMedia.NotFound', 'The media was deleted before the audit completed.'];
  else if (video?.FileName.toLowerCase().includes(FAILING_FILE_MARKER)) failure = ['InvalidMediaFile', 'The source file cannot be decoded.'];
  if (failure) {
    [job.Code, job.Message] = failure;
    job.Status = 'fail';
    env.events.emit({ EventType: 'AIMediaAuditComplete', EventTime: job.CompleteTime, MediaId: job.MediaId, JobId: job.JobId, Status: 'fail', Code: job.Code, Message: job.Message });
    return;
  }
  const result = video ? auditVideo(env, video, job.JobId, job.Settings) : auditImage(image!, job.JobId);
  slice.results[job.JobId] = result;
  slice.latest[job.MediaId] = job.JobId;
  job.Status = 'success';
  job.Code = '0';
  job.Message = 'OK';
  if (video && job.Settings.AuditAutoBlock && result.Summary.Suggestion === 'block') blockVideo(env, video);
  env.events.emit({ EventType: 'AIMediaAuditComplete', EventTime: job.CompleteTime, MediaId: job.MediaId, JobId: job.JobId, Status: 'success', Code: '0', Message: 'OK', Data: JSON.stringify(result.Summary) });
}

export const getAIMediaAuditJob: ActionHandler = (context) => {
  const slice = auditReady(context);
  const job = slice.jobs[context.required('JobId')];
  if (!job) throw jobNotFound();
  const view: Record<string, unknown> = {
    JobId: job.JobId,
    MediaId: job.MediaId,
    Type: job.Type,
    Status: job.Status,
    Code: job.Code,
    Message: job.Message,
    CreationTime: job.CreationTime,
    CompleteTime: job.CompleteTime,
    Data: slice.results[job.JobId]?.Summary,
  };
  return { MediaAuditJob: Object.fromEntries(Object.entries(view).filter(([, value]) => value !== undefined)) };
};
