import type { ActionHandler } from '../../action-context.js';
import { NO_TRANSCODE_GROUP_ID } from '../../state/media-lifecycle.js';
import type { VideoRecord } from '../../state/records.js';
import { findVideo, videoIdsOf } from './video-lookup.js';

export const deleteMezzanines: ActionHandler = (context) => {
  const { ids, nonExistReferenceIds } = videoIdsOf(context, { max: 20 });
  const force = context.bool('Force') ?? false;
  const nonExist: string[] = [];
  const unremovable: string[] = [];
  for (const id of ids) {
    const video = findVideo(context, id);
    if (!video || !video.HasMezzanine) nonExist.push(id);
    else if (!force && playsFromSource(video)) unremovable.push(id);
    else if (video.Status === 'Uploading' || video.Status === 'Transcoding') unremovable.push(id);
    else {
      video.HasMezzanine = false;
      video.ModificationTime = context.clock.nowIso();
    }
  }
  if (!nonExistReferenceIds) return { NonExistVideoIds: nonExist, UnRemoveableVideoIds: unremovable };
  // Named by ReferenceId: a video without a source file is reported by the ReferenceId it was named by.
  const withoutSource = nonExist.map((id) => findVideo(context, id)?.ReferenceId).filter((reference) => reference !== undefined);
  return { NonExistReferenceIds: [...nonExistReferenceIds, ...withoutSource], UnRemoveableVideoIds: unremovable };
};

/** Without transcoding the source file is the playable original, so it is kept unless forced. */
function playsFromSource(video: VideoRecord): boolean {
  return video.TemplateGroupId === NO_TRANSCODE_GROUP_ID || video.Streams.some((stream) => stream.Definition === 'OD');
}
