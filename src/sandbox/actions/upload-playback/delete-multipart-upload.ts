import type { ActionHandler } from '../../action-context.js';
import { refreshUploadProgress } from '../../oss/upload-progress.js';
import { multipartUploadsOf, uploadSlice } from '../../oss/upload-store.js';
import { specFailure } from './upload-rules.js';

const ACTION = 'DeleteMultipartUpload';

export const deleteMultipartUpload: ActionHandler = (context) => {
  const mediaId = context.required('MediaId');
  if (context.required('MediaType') !== 'video') throw specFailure(ACTION, 'InvalidParameter', 'The specified parameter “MediaType” is invalid.', 400);
  const video = context.state.data.videos[mediaId];
  if (!video) throw specFailure(ACTION, 'InvalidVideo.NotFound', 'The video does not exist.', 400);
  const uploads = multipartUploadsOf(context, mediaId);
  if (uploads.length === 0) throw specFailure(ACTION, 'InvalidMultipartUpload.NotFound', 'The multipart upload not exist.', 400);
  const slice = uploadSlice(context);
  for (const upload of uploads) delete slice.multipart[upload.UploadId];
  refreshUploadProgress(context, mediaId);
  return {};
};
