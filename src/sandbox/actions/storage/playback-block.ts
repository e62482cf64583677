import type { SandboxEnv } from '../../action-context.js';
import { SandboxError } from '../../errors.js';
import type { VideoRecord } from '../../state/records.js';
import { frozenTier, sourceOnly } from './storage-classes.js';
import { storageSlice } from './storage-state.js';

/**
 * Why the media cannot be played now, or undefined: its class is being changed ("cannot be used or processed"), or
 * what would be played (the streams, or the source when it plays untranscoded) is frozen and not restored.
 */
export function playbackBlock(env: SandboxEnv, video: VideoRecord, playsSource: boolean): string | undefined {
  if (video.StorageClass === 'Changing' || video.StorageClass === 'SourceChanging') return 'its storage class is being changed';
  const frozen = frozenTier(video.StorageClass);
  if (!frozen || (sourceOnly(video.StorageClass) && !playsSource)) return undefined;
  const restore = storageSlice(env).restores[video.VideoId];
  const restored =
    video.RestoreStatus === 'Success' &&
    video.RestoreExpiration !== undefined &&
    Date.parse(video.RestoreExpiration) > env.clock.now() &&
    (playsSource || sourceOnly(video.StorageClass) || restore?.scope !== 'SourceFile');
  if (restored) return undefined;
  return video.RestoreStatus === 'Processing'
    ? `it is in ${video.StorageClass} storage and its restore is still in progress`
    : `it is in ${video.StorageClass} storage and not restored; call RestoreMedia first`;
}

/**
 * The refusal of GetPlayInfo/GetVideoPlayAuth for frozen media. The sources name no code for it; the manual's code
 * for "this video cannot be played in its current state" is Forbidden.IllegalStatus (403), so that one is used.
 */
export function frozenMedia(reason: string): SandboxError {
  return new SandboxError('Forbidden.IllegalStatus', `Status of the video is illegal: ${reason}.`, 403);
}
