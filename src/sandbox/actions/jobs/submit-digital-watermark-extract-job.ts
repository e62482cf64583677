import type { ActionHandler } from '../../action-context.js';
import { SandboxError } from '../../errors.js';
import { requireVideo } from '../media/video-lookup.js';
import { EXTRACT_TYPES } from './jobs-state.js';
import { startExtract } from './watermark-extract-jobs.js';

/** Statuses without a file to read the watermark from. */
const NO_FILE_STATUSES = ['Uploading', 'UploadFail'];

export const submitDigitalWatermarkExtractJob: ActionHandler = (context) => {
  const type = context.oneOf('ExtractType', EXTRACT_TYPES)!;
  const video = requireVideo(context, context.required('MediaId'));
  if (NO_FILE_STATUSES.includes(video.Status) || !video.HasMezzanine) {
    throw new SandboxError('Forbidden.IllegalStatus', `Status of the video is illegal. Current Status is ${video.Status}.`, 403);
  }
  return { JobId: startExtract(context, video, type).JobId };
};
