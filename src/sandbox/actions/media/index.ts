import type { ActionModule } from '../../action-context.js';
import { deleteVideo } from './delete-video.js';
import { getVideoInfo } from './get-video-info.js';

export const mediaActions: ActionModule = {
  handlers: {
    GetVideoInfo: getVideoInfo,
    DeleteVideo: deleteVideo,
  },
};
