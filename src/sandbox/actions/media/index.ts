import type { ActionModule } from '../../action-context.js';
import { deleteAttachedMedia } from './attached-media/delete-attached-media.js';
import { getAttachedMediaInfo } from './attached-media/get-attached-media-info.js';
import { updateAttachedMediaInfos } from './attached-media/update-attached-media-infos.js';
import { batchGetMediaInfos } from './batch-get-media-infos.js';
import { deleteMezzanines } from './delete-mezzanines.js';
import { deleteStream } from './delete-stream.js';
import { deleteVideo } from './delete-video.js';
import { seedMediaDemo, seedVideoOutputs } from './demo-seed.js';
import { deleteDynamicImage } from './dynamic-images/delete-dynamic-image.js';
import { listDynamicImage } from './dynamic-images/list-dynamic-image.js';
import { getMezzanineInfo } from './get-mezzanine-info.js';
import { getVideoInfo } from './get-video-info.js';
import { getVideoInfos } from './get-video-infos.js';
import { getVideoList } from './get-video-list.js';
import { deleteImage } from './images/delete-image.js';
import { getImageInfo } from './images/get-image-info.js';
import { getImageInfos } from './images/get-image-infos.js';
import { listSnapshots } from './images/list-snapshots.js';
import { updateImageInfos } from './images/update-image-infos.js';
import { searchMedia } from './search-media.js';
import { updateVideoInfo } from './update-video-info.js';
import { updateVideoInfos } from './update-video-infos.js';

export const mediaActions: ActionModule = {
  handlers: {
    SearchMedia: searchMedia,
    GetVideoInfo: getVideoInfo,
    GetVideoInfos: getVideoInfos,
    GetVideoList: getVideoList,
    GetMezzanineInfo: getMezzanineInfo,
    UpdateVideoInfo: updateVideoInfo,
    UpdateVideoInfos: updateVideoInfos,
    DeleteMezzanines: deleteMezzanines,
    DeleteStream: deleteStream,
    DeleteVideo: deleteVideo,
    BatchGetMediaInfos: batchGetMediaInfos,
    GetImageInfo: getImageInfo,
    GetImageInfos: getImageInfos,
    UpdateImageInfos: updateImageInfos,
    DeleteImage: deleteImage,
    ListSnapshots: listSnapshots,
    GetAttachedMediaInfo: getAttachedMediaInfo,
    UpdateAttachedMediaInfos: updateAttachedMediaInfos,
    DeleteAttachedMedia: deleteAttachedMedia,
    ListDynamicImage: listDynamicImage,
    DeleteDynamicImage: deleteDynamicImage,
  },
  seed: (env, { demo }) => {
    if (demo) seedMediaDemo(env);
  },
  seedDemo: seedVideoOutputs,
};
