import type { ActionHandler } from '../../action-context.js';
import { videoNotFound } from '../media/video-lookup.js';
import { compact } from '../media/video-view.js';
import { EXTRACT_TYPES, jobNotFound } from './jobs-state.js';
import { watermarkJobsReady } from './watermark-extract-jobs.js';

/** One job (JobId) or every extraction of this type submitted for the video, newest first. */
export const getDigitalWatermarkExtractResult: ActionHandler = (context) => {
  const type = context.oneOf('ExtractType', EXTRACT_TYPES)!;
  const mediaId = context.required('MediaId');
  const jobId = context.str('JobId');
  const { watermarkJobs } = watermarkJobsReady(context);
  if (jobId !== undefined && !watermarkJobs[jobId]) throw jobNotFound();
  const jobs = Object.values(watermarkJobs)
    .map((job, index) => ({ job, index }))
    .filter(({ job }) => job.MediaId === mediaId && job.ExtractType === type && (jobId === undefined || job.JobId === jobId))
    .sort((a, b) => b.job.CreateTime.localeCompare(a.job.CreateTime) || b.index - a.index);
  // Results outlive a deleted video; an ID that names no video and no extraction is a mistake worth reporting.
  if (!jobs.length && !context.state.data.videos[mediaId]) throw videoNotFound();
  return {
    AiExtractResultList: jobs.map(({ job }) =>
      compact({ JobId: job.JobId, Status: job.Status, WaterMarkText: job.WaterMarkText, ErrorMessage: job.ErrorMessage, CreateTime: job.CreateTime, ModifyTime: job.ModifyTime }),
    ),
  };
};
