import type { ActionHandler } from '../../action-context.js';
import { findVideo, videoIdsOf, videoNotFound } from './video-lookup.js';
import { videoView } from './video-view.js';

export const getVideoInfos: ActionHandler = (context) => {
  const { ids, nonExistReferenceIds } = videoIdsOf(context, { max: 20 });
  const found = ids.map((id) => findVideo(context, id)).filter((video) => video !== undefined);
  if (found.length === 0) throw videoNotFound();
  return {
    VideoList: found.map((video) => videoView(context, video)),
    ...(nonExistReferenceIds ? { NonExistReferenceIds: nonExistReferenceIds } : { NonExistVideoIds: ids.filter((id) => !findVideo(context, id)) }),
  };
};
