import type { ActionHandler } from '../../action-context.js';
import { SandboxError } from '../../errors.js';
import { videoView } from './video-view.js';

export const getVideoInfo: ActionHandler = (context) => {
  const video = context.state.data.videos[context.required('VideoId')];
  if (!video) throw new SandboxError('InvalidVideo.NotFound', 'The video does not exist.', 404);
  return { Video: videoView(context, video) };
};
