import type { ActionHandler } from '../../action-context.js';
import { invalidParameter } from '../../errors.js';
import { imageInfoNotFound, jobIdsExceededMax, templateNotFound, videoNotFound } from './ai-errors.js';
import { startAIImageJob } from './ai-image-lifecycle.js';
import { analysableVideo, userDataParam } from './ai-job-actions.js';
import { aiReady } from './ai-ready.js';
import type { AIImageJobRecord } from './ai-state.js';

const MAX_IDS = 10;
const USER_DATA_MAX_BYTES = 512;

export const submitAIImageJob: ActionHandler = (context) => {
  const slice = aiReady(context);
  const video = analysableVideo(context, 'VideoId');
  const template = slice.templates[context.required('AITemplateId')];
  if (!template) throw templateNotFound();
  if (template.TemplateType !== 'AIImage') throw invalidParameter('AITemplateId', 'It must be an AIImage template.');
  const userData = userDataParam(context, USER_DATA_MAX_BYTES);
  const pipelineId = context.str('AIPipelineId');
  const job = startAIImageJob(context, video, template, { ...(userData ? { userData } : {}), ...(pipelineId ? { pipelineId } : {}) });
  return { JobId: job.JobId };
};

function imageJobView(job: AIImageJobRecord): Record<string, unknown> {
  return {
    JobId: job.JobId,
    VideoId: job.VideoId,
    Status: job.Status,
    CreationTime: job.CreationTime,
    TemplateId: job.TemplateId,
    TemplateConfig: job.TemplateConfig,
    ...(job.UserData ? { UserData: job.UserData } : {}),
    ...(job.Code ? { Code: job.Code, Message: job.Message } : {}),
    ...(job.AIImageResult ? { AIImageResult: job.AIImageResult } : {}),
  };
}

export const getAIImageJobs: ActionHandler = (context) => {
  const slice = aiReady(context);
  const ids = context.list('JobIds', { required: true, max: MAX_IDS, tooMany: jobIdsExceededMax() });
  const jobs = ids.map((id) => slice.imageJobs[id]).filter((job): job is AIImageJobRecord => job !== undefined);
  return { AIImageJobList: jobs.map(imageJobView) };
};

export const listAIImageInfo: ActionHandler = (context) => {
  const slice = aiReady(context);
  const videoId = context.required('VideoId');
  if (!context.state.data.videos[videoId]) throw videoNotFound();
  const infos = Object.values(slice.imageInfos)
    .filter((info) => info.VideoId === videoId)
    .sort((a, b) => b.CreationTime.localeCompare(a.CreationTime) || Number(b.Score) - Number(a.Score));
  return { AIImageInfoList: infos.map((info) => ({ ...info })) };
};

/** Removes the records only; the image files stay (spec: 不会实际删除图片文件). */
export const deleteAIImageInfos: ActionHandler = (context) => {
  const slice = aiReady(context);
  const ids = context.list('AIImageInfoIds', { required: true, max: MAX_IDS });
  const existing = ids.filter((id) => slice.imageInfos[id] !== undefined);
  if (existing.length === 0) throw imageInfoNotFound();
  for (const id of existing) delete slice.imageInfos[id];
  return {};
};

