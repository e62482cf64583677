import type { SandboxEnv } from '../../action-context.js';
import { FAILING_FILE_MARKER } from '../../state/media-lifecycle.js';
import type { VideoRecord } from '../../state/records.js';
import { jobsSlice, type ExtractType, type JobsSlice, type WatermarkExtractJob } from './jobs-state.js';
import { markOf } from './watermark-marks.js';

/** Simulated extraction time (simulation-clock seconds). */
export const EXTRACT_SECONDS = 30;

export function startExtract(env: SandboxEnv, video: VideoRecord, type: ExtractType): WatermarkExtractJob {
  const now = env.clock.nowIso();
  const job: WatermarkExtractJob = {
    JobId: env.state.nextId('watermarkExtractJob'),
    MediaId: video.VideoId,
    ExtractType: type,
    Status: 'Processing',
    CreateTime: now,
    ModifyTime: now,
    DueAt: env.clock.now() + EXTRACT_SECONDS * 1000,
  };
  jobsSlice(env).watermarkJobs[job.JobId] = job;
  env.clock.schedule(EXTRACT_SECONDS * 1000, () => finishExtract(env, job.JobId));
  return job;
}

/** Reads the video as it is when the job ends: it may have been deleted or be unreadable. */
export function finishExtract(env: SandboxEnv, jobId: string): void {
  const job = jobsSlice(env).watermarkJobs[jobId];
  if (!job || job.Status !== 'Processing') return;
  const video = env.state.data.videos[job.MediaId];
  job.ModifyTime = env.clock.nowIso();
  const text = video ? markOf(env, video.VideoId, job.ExtractType) : undefined;
  if (!video || video.DeletedAt) job.ErrorMessage = 'The video does not exist.';
  else if (video.FileName.toLowerCase().includes(FAILING_FILE_MARKER)) job.ErrorMessage = 'The source file cannot be decoded.';
  else if (text === undefined) job.ErrorMessage = `No ${job.ExtractType} watermark was found in the media.`;
  if (job.ErrorMessage) {
    job.Status = 'Failed';
    return;
  }
  job.Status = 'Success';
  job.WaterMarkText = text;
}

/** The jobs table with every job past its due time finished (timers are lost when state is restored from a file). */
export function watermarkJobsReady(env: SandboxEnv): JobsSlice {
  const slice = jobsSlice(env);
  const now = env.clock.now();
  for (const job of Object.values(slice.watermarkJobs)) if (job.Status === 'Processing' && job.DueAt <= now) finishExtract(env, job.JobId);
  return slice;
}

/** After a restore: re-arms unfinished extractions at their original due times. */
export function resumeWatermarkJobs(env: SandboxEnv): void {
  const now = env.clock.now();
  for (const job of Object.values(jobsSlice(env).watermarkJobs)) {
    if (job.Status === 'Processing') env.clock.schedule(Math.max(0, job.DueAt - now), () => finishExtract(env, job.JobId));
  }
}
