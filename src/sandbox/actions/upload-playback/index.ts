import type { ActionModule } from '../../action-context.js';
import { cancelUrlUploadJobs } from './cancel-url-upload-jobs.js';
import { createUploadAttachedMedia } from './create-upload-attached-media.js';
import { createUploadImage } from './create-upload-image.js';
import { createUploadVideo } from './create-upload-video.js';
import { seedDemoHls } from './demo-hls.js';
import { deleteMultipartUpload } from './delete-multipart-upload.js';
import { getPlayInfo } from './get-play-info.js';
import { getUploadDetails } from './get-upload-details.js';
import { getUrlUploadInfos } from './get-url-upload-infos.js';
import { getVideoPlayAuth } from './get-video-play-auth.js';
import { refreshUploadVideo } from './refresh-upload-video.js';
import { registerMedia } from './register-media.js';
import { seedMultipartDemo, seedUploadDemo } from './seed.js';
import { uploadMediaByUrl } from './upload-media-by-url.js';
import { uploadStreamByUrl } from './upload-stream-by-url.js';
import { scheduleUrlJob, urlUploadJobs } from './url-upload-jobs.js';

export const uploadPlaybackActions: ActionModule = {
  handlers: {
    CreateUploadVideo: createUploadVideo,
    RefreshUploadVideo: refreshUploadVideo,
    CreateUploadImage: createUploadImage,
    CreateUploadAttachedMedia: createUploadAttachedMedia,
    UploadMediaByURL: uploadMediaByUrl,
    UploadStreamByURL: uploadStreamByUrl,
    GetURLUploadInfos: getUrlUploadInfos,
    CancelUrlUploadJobs: cancelUrlUploadJobs,
    DeleteMultipartUpload: deleteMultipartUpload,
    GetUploadDetails: getUploadDetails,
    RegisterMedia: registerMedia,
    GetPlayInfo: getPlayInfo,
    GetVideoPlayAuth: getVideoPlayAuth,
  },
  seed: (env, { demo }) => {
    if (demo) seedUploadDemo(env);
  },
  seedDemo: (env) => {
    seedMultipartDemo(env);
    seedDemoHls(env);
  },
  // Timers are not persisted: a restored state resumes its unfinished URL pulls.
  attach: (env) => {
    for (const job of Object.values(urlUploadJobs(env))) scheduleUrlJob(env, job.JobId);
  },
};
