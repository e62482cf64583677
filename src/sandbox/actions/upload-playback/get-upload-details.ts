import type { ActionHandler } from '../../action-context.js';
import { invalidParameter } from '../../errors.js';
import { mediaProgress } from '../../oss/upload-store.js';
import { compact } from '../media/video-view.js';
import { specFailure } from './upload-rules.js';

/** Upload sources the console reports, from how the video was created. */
const SOURCE_LABELS: Record<string, string> = { general: 'ServerSDK', UploadByURL: 'UploadByURL', RegisterMedia: 'RegisterMedia' };

export const getUploadDetails: ActionHandler = (context) => {
  const ids = context.list('MediaIds', {
    required: true,
    max: 20,
    tooMany: specFailure('GetUploadDetails', 'LimitExceeded.MediaIds', 'The input parameter “MediaIds” Exceed the limit.', 400),
  });
  const mediaType = context.str('MediaType');
  if (mediaType !== undefined && mediaType !== 'video') throw invalidParameter('MediaType', 'Only video is supported.');
  const found = ids.flatMap((id) => {
    const video = context.state.data.videos[id];
    return video ? [video] : [];
  });
  return {
    NonExistMediaIds: ids.filter((id) => !context.state.data.videos[id]),
    ForbiddenMediaIds: [],
    UploadDetails: found.map((video) => {
      const progress = mediaProgress(context, video.VideoId);
      const done = video.UploadStatus === 'Normal' || (video.UploadRatio ?? 0) >= 1;
      const fileSize = progress.FileSize ?? (done ? video.Size : undefined);
      return compact({
        MediaId: video.VideoId,
        Title: video.Title,
        Status: video.Status,
        FileSize: fileSize,
        UploadSize: done ? (video.Size ?? progress.UploadedBytes) : progress.UploadedBytes,
        UploadRatio: done ? 1 : (video.UploadRatio ?? 0),
        UploadStatus: video.UploadStatus ?? (done ? 'Normal' : 'Uploading'),
        UploadSource: SOURCE_LABELS[video.UploadSource ?? 'general'] ?? video.UploadSource,
        UploadIP: video.UploadIP,
        DeviceModel: progress.DeviceModel,
        CreationTime: video.CreationTime,
        ModificationTime: video.ModificationTime,
        CompletionTime: progress.CompletionTime ?? (done ? video.ModificationTime : undefined),
      });
    }),
  };
};
