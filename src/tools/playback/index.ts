import type { AnyTool } from '../define-tool.js';
import { getPlayInfo } from './get-play-info.js';
import { getVideoPlayAuth } from './get-video-play-auth.js';

export const playbackTools: AnyTool[] = [getPlayInfo, getVideoPlayAuth];
