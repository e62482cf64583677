import type { AnyTool } from '../define-tool.js';
import { deleteVideo } from './delete-video.js';
import { getVideoInfo } from './get-video-info.js';

export const mediaTools: AnyTool[] = [getVideoInfo, deleteVideo];
