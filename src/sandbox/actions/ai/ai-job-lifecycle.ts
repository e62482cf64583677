import type { SandboxEnv } from '../../action-context.js';
import { FAILING_FILE_MARKER } from '../../state/media-lifecycle.js';
import type { VideoRecord } from '../../state/records.js';
import { aiSlice, type AIJobRecord, type AIJobType } from './ai-state.js';
import { runMediaDna } from './media-dna.js';
import { ANALYSE_TYPES, videoTagResult, type AnalyseType } from './video-tags.js';

/** Simulated processing time (simulation-clock seconds) per AI job type. */
export const AI_JOB_SECONDS: Record<AIJobType, number> = { AIVideoTag: 30, AIMediaDNA: 20 };

const COMPLETE_EVENT: Record<AIJobType, string> = { AIVideoTag: 'AIVideoTagComplete', AIMediaDNA: 'AIMediaDNAComplete' };

export function startAIJob(env: SandboxEnv, type: AIJobType, video: VideoRecord, config: Record<string, unknown> | undefined, userData: string | undefined): AIJobRecord {
  const job: AIJobRecord = {
    JobId: env.state.nextId('aiJob'),
    Type: type,
    MediaId: video.VideoId,
    Status: 'processing',
    CreationTime: env.clock.nowIso(),
    DueAt: env.clock.now() + AI_JOB_SECONDS[type] * 1000,
    ...(config ? { Config: config } : {}),
    ...(userData ? { UserData: userData } : {}),
  };
  aiSlice(env).jobs[job.JobId] = job;
  env.clock.schedule(AI_JOB_SECONDS[type] * 1000, () => completeAIJob(env, job.JobId));
  return job;
}

/** Finishes a processing job (no-op otherwise): stores its result and emits the completion event unless `quiet`. */
export function completeAIJob(env: SandboxEnv, jobId: string, options: { quiet?: boolean } = {}): void {
  const slice = aiSlice(env);
  const job = slice.jobs[jobId];
  if (!job || job.Status !== 'processing') return;
  const video = env.state.data.videos[job.MediaId];
  job.CompleteTime = env.clock.nowIso();
  if (!video || !video.HasMezzanine || video.FileName.toLowerCase().includes(FAILING_FILE_MARKER)) {
    job.Status = 'fail';
    job.Code = video ? 'InvalidMediaFile' : 'InvalidVideo.NotFound';
    job.Message = video ? 'The source file cannot be decoded.' : 'The video does not exist.';
  } else {
    const result = job.Type === 'AIVideoTag' ? videoTagResult(env, video, tagAnalysis(job.Config)) : runMediaDna(env, slice, video);
    if (job.Type === 'AIVideoTag') slice.tagResults[video.VideoId] = result;
    job.Status = 'success';
    job.Code = '0';
    job.Message = 'OK';
    job.Data = JSON.stringify(result);
  }
  if (options.quiet) return;
  env.events.emit({
    EventType: COMPLETE_EVENT[job.Type],
    EventTime: job.CompleteTime,
    JobId: job.JobId,
    MediaId: job.MediaId,
    Status: job.Status,
    Code: job.Code,
    Message: job.Message,
    ...(job.Data ? { Data: job.Data } : {}),
    ...(job.UserData ? { Extend: extendOf(job.UserData) } : {}),
  });
}

/** Config.AIVideoTag: AnalyseTypes (comma list, all five by default in cn-shanghai) and OrigASRData. */
export function tagAnalysis(config: Record<string, unknown> | undefined): { types: AnalyseType[]; origAsr: boolean } {
  const tagConfig = (config?.AIVideoTag ?? {}) as Record<string, unknown>;
  const requested = typeof tagConfig.AnalyseTypes === 'string' ? tagConfig.AnalyseTypes.split(',').map((type) => type.trim()) : [...ANALYSE_TYPES];
  const origAsr = tagConfig.OrigASRData === true || tagConfig.OrigASRData === 'true';
  return { types: ANALYSE_TYPES.filter((type) => requested.includes(type)), origAsr };
}

function extendOf(userData: string): unknown {
  try {
    return (JSON.parse(userData) as Record<string, unknown>).Extend;
  } catch {
    return undefined;
  }
}
