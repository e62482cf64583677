import type { SandboxEnv } from '../../action-context.js';
import type { VideoRecord } from '../../state/records.js';
import { hexId } from '../../state/sandbox-state.js';
import { aiSlice, type AIImageJobRecord, type AITemplateRecord } from './ai-state.js';
import { imageSettings } from './template-config.js';

export const AI_IMAGE_SECONDS = 20;
/** Smart-cover candidates produced per job. */
const IMAGES_PER_JOB = 3;

export function startAIImageJob(env: SandboxEnv, video: VideoRecord, template: AITemplateRecord, extra: { userData?: string; pipelineId?: string }): AIImageJobRecord {
  const job: AIImageJobRecord = {
    JobId: env.state.nextId('aiImageJob'),
    VideoId: video.VideoId,
    TemplateId: template.TemplateId,
    TemplateConfig: template.TemplateConfig,
    Status: 'processing',
    CreationTime: env.clock.nowIso(),
    DueAt: env.clock.now() + AI_IMAGE_SECONDS * 1000,
    ...(extra.pipelineId ? { AIPipelineId: extra.pipelineId } : {}),
    ...(extra.userData ? { UserData: extra.userData } : {}),
  };
  aiSlice(env).imageJobs[job.JobId] = job;
  env.clock.schedule(AI_IMAGE_SECONDS * 1000, () => completeAIImageJob(env, job.JobId));
  return job;
}

/** Produces the images (best first), records them for ListAIImageInfo and, if the template says so, sets the cover. */
export function completeAIImageJob(env: SandboxEnv, jobId: string): void {
  const slice = aiSlice(env);
  const job = slice.imageJobs[jobId];
  if (!job || job.Status !== 'processing') return;
  const video = env.state.data.videos[job.VideoId];
  if (!video || !video.HasMezzanine) {
    job.Status = 'fail';
    job.Code = video ? 'InvalidMediaFile' : 'InvalidVideo.NotFound';
    job.Message = video ? 'The source file cannot be decoded.' : 'The video does not exist.';
    return;
  }
  const { format, setDefaultCover } = imageSettings(job.TemplateConfig);
  const now = env.clock.nowIso();
  const images = Array.from({ length: IMAGES_PER_JOB }, (_, index) => {
    const score = 3 + (parseInt(hexId(`${job.JobId}:${index}`).slice(0, 8), 16) % 3_000_000) / 1_000_000;
    return { Score: Math.round(score * 1e6) / 1e6, Url: `${env.baseUrl}/snapshot/${video.VideoId}/image/ai/${job.JobId.slice(0, 16)}-0000${index + 1}.${format}` };
  }).sort((a, b) => b.Score - a.Score);
  for (const image of images) {
    const infoId = env.state.nextId('aiImageInfo');
    slice.imageInfos[infoId] = {
      AIImageInfoId: infoId,
      JobId: job.JobId,
      VideoId: video.VideoId,
      FileURL: image.Url,
      Format: format,
      Score: String(image.Score),
      Version: hexId(`${infoId}:version`),
      CreationTime: now,
    };
  }
  job.Status = 'success';
  job.Code = 'Success';
  job.Message = 'success';
  job.AIImageResult = JSON.stringify(images);
  if (setDefaultCover && images[0]) {
    video.CoverURL = images[0].Url;
    video.ModificationTime = now;
  }
}
