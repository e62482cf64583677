import type { ActionHandler } from '../../action-context.js';
import { requireVideo, videoIdOf } from './video-lookup.js';
import { videoView } from './video-view.js';

export const getVideoInfo: ActionHandler = (context) => ({ Video: videoView(context, requireVideo(context, videoIdOf(context))) });
