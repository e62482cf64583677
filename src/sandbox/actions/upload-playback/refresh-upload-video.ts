import type { ActionHandler } from '../../action-context.js';
import { SandboxError } from '../../errors.js';
import { uploadCredentialsView, videoUploadTarget } from './upload-credentials-view.js';
import { specFailure } from './upload-rules.js';
import { videoIdOf } from '../media/video-lookup.js';

/** New credentials for the same object; earlier ones stay valid until they expire, as STS tokens do. */
export const refreshUploadVideo: ActionHandler = (context) => {
  const video = context.state.data.videos[videoIdOf(context)];
  if (!video) throw specFailure('RefreshUploadVideo', 'InvalidVideo.NotFound', 'The video not exist.', 404);
  if (!video.FileURL || video.Status === 'ProduceFail') {
    throw new SandboxError('InvalidVideo.Damaged', 'The video has been Damaged.', 400);
  }
  return { VideoId: video.VideoId, ...uploadCredentialsView(context, videoUploadTarget(context, video)) };
};
