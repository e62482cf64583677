import type { ActionHandler } from '../../../action-context.js';
import { invalidParameter } from '../../../errors.js';

/** "如果不传该参数，将按VideoId删除视频下的所有动图，但是如果视频下的动图数量超过10个，将拒绝删除请求". */
const MAX_PER_CALL = 10;

export const deleteDynamicImage: ActionHandler = (context) => {
  const videoId = context.required('VideoId');
  const ids = context.list('DynamicImageIds', { max: MAX_PER_CALL });
  const ofVideo = Object.entries(context.state.data.dynamicImages).filter(([, image]) => image.VideoId === videoId);
  if (ids.length === 0 && ofVideo.length > MAX_PER_CALL) {
    throw invalidParameter('DynamicImageIds', `The video has more than ${MAX_PER_CALL} animated images; list the IDs to delete.`);
  }
  const doomed = ids.length ? ofVideo.filter(([, image]) => ids.includes(image.DynamicImageId)) : ofVideo;
  for (const [key] of doomed) delete context.state.data.dynamicImages[key];
  return {};
};
