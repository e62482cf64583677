import type { ActionHandler } from '../../action-context.js';
import { NO_TRANSCODE_GROUP_ID } from '../../state/media-lifecycle.js';
import type { VideoRecord } from '../../state/records.js';
import { findVideo } from './video-lookup.js';

export const deleteMezzanines: ActionHandler = (context) => {
  const ids = context.list('VideoIds', { required: true, max: 20 });
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
  return { NonExistVideoIds: nonExist, UnRemoveableVideoIds: unremovable };
};

/** Without transcoding the source file is the playable original, so it is kept unless forced. */
function playsFromSource(video: VideoRecord): boolean {
  return video.TemplateGroupId === NO_TRANSCODE_GROUP_ID || video.Streams.some((stream) => stream.Definition === 'OD');
}
