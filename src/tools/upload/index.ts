import type { AnyTool } from '../define-tool.js';
import { cancelUrlUploadJobs } from './cancel-url-upload-jobs.js';
import { createUploadAttachedMedia } from './create-upload-attached-media.js';
import { createUploadImage } from './create-upload-image.js';
import { createUploadVideo } from './create-upload-video.js';
import { deleteMultipartUpload } from './delete-multipart-upload.js';
import { getUploadDetails } from './get-upload-details.js';
import { getUrlUploadInfos } from './get-url-upload-infos.js';
import { refreshUploadVideo } from './refresh-upload-video.js';
import { registerMedia } from './register-media.js';
import { uploadMediaByUrl } from './upload-media-by-url.js';
import { uploadStreamByUrl } from './upload-stream-by-url.js';

export const uploadTools: AnyTool[] = [
  createUploadVideo,
  refreshUploadVideo,
  createUploadImage,
  createUploadAttachedMedia,
  uploadMediaByUrl,
  uploadStreamByUrl,
  getUrlUploadInfos,
  cancelUrlUploadJobs,
  deleteMultipartUpload,
  getUploadDetails,
  registerMedia,
];
