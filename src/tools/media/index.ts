import type { AnyTool } from '../define-tool.js';
import { batchGetMediaInfos } from './batch-get-media-infos.js';
import { deleteMezzanines } from './delete-mezzanines.js';
import { deleteStream } from './delete-stream.js';
import { deleteVideo } from './delete-video.js';
import { getMezzanineInfo } from './get-mezzanine-info.js';
import { getVideoInfo } from './get-video-info.js';
import { getVideoInfos } from './get-video-infos.js';
import { getVideoList } from './get-video-list.js';
import { searchMedia } from './search-media.js';
import { updateVideoInfo } from './update-video-info.js';
import { updateVideoInfos } from './update-video-infos.js';

export const mediaTools: AnyTool[] = [
  searchMedia,
  getVideoInfo,
  getVideoInfos,
  batchGetMediaInfos,
  getVideoList,
  getMezzanineInfo,
  updateVideoInfo,
  updateVideoInfos,
  deleteMezzanines,
  deleteStream,
  deleteVideo,
];
