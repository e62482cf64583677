import type { ActionHandler, SandboxEnv } from '../../action-context.js';
import type { VideoRecord } from '../../state/records.js';
import { readMetadata, type MetadataUpdate } from './field-rules.js';
import { requireVideo, videoIdOf } from './video-lookup.js';

export const updateVideoInfo: ActionHandler = (context) => {
  const video = requireVideo(context, videoIdOf(context));
  const userData = context.userData();
  applyVideoUpdate(context, video, { ...readMetadata(context, context.params), ...(userData === undefined ? {} : { UserData: userData }) });
  return {};
};

export function applyVideoUpdate(env: SandboxEnv, video: VideoRecord, update: MetadataUpdate): void {
  Object.assign(video, update);
  video.ModificationTime = env.clock.nowIso();
}
