import type { ActionHandler, SandboxEnv } from '../../action-context.js';
import { SandboxError } from '../../errors.js';
import { findVideo, videoIdsOf, videoNotFound } from './video-lookup.js';

export const deleteVideo: ActionHandler = (context) => {
  const { ids, nonExistReferenceIds } = videoIdsOf(context, {
    max: 20,
    tooMany: new SandboxError('VideoIdsExceededMax', 'The VideoIds exceeded maximum.', 400),
  });
  const missing = ids.filter((id) => !findVideo(context, id));
  if (missing.length === ids.length) throw videoNotFound();
  for (const id of ids) {
    if (!findVideo(context, id)) continue;
    removeVideo(context, id);
    context.events.emit({ EventType: 'DeleteMediaComplete', EventTime: context.clock.nowIso(), MediaId: id, MediaType: 'video', Status: 'success', DeleteMediaType: 'video' });
  }
  return { ...(nonExistReferenceIds ? { NonExistReferenceIds: nonExistReferenceIds } : { NonExistVideoIds: missing }), ForbiddenVideoIds: [] };
};

/** The video goes with everything derived from it: snapshots, snapshot images and animated images. */
function removeVideo(env: SandboxEnv, id: string): void {
  const data = env.state.data;
  delete data.videos[id];
  for (const [key, job] of Object.entries(data.snapshotJobs)) if (job.VideoId === id) delete data.snapshotJobs[key];
  for (const [key, image] of Object.entries(data.dynamicImages)) if (image.VideoId === id) delete data.dynamicImages[key];
  for (const [key, image] of Object.entries(data.images)) if (image.VideoId === id && image.ImageType.endsWith('Snapshot')) delete data.images[key];
}
