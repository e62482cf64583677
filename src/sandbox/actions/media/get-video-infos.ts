import type { ActionHandler } from '../../action-context.js';
import { findVideo, videoIdsOf, videoNotFound } from './video-lookup.js';
import { omit, videoView } from './video-view.js';

export const getVideoInfos: ActionHandler = (context) => {
  const { ids, nonExistReferenceIds } = videoIdsOf(context, { max: 20 });
  const found = ids.map((id) => findVideo(context, id)).filter((video) => video !== undefined);
  if (found.length === 0) throw videoNotFound();
  return {
    // The model of GetVideoInfos has no RegionId (GetVideoInfo's has).
    VideoList: found.map((video) => omit(videoView(context, video), 'RegionId')),
    ...(nonExistReferenceIds ? { NonExistReferenceIds: nonExistReferenceIds } : { NonExistVideoIds: ids.filter((id) => !findVideo(context, id)) }),
  };
};
