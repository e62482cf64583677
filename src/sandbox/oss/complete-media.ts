import type { SandboxEnv } from '../action-context.js';
import { completeUpload } from '../state/media-lifecycle.js';
import type { UploadTarget } from './upload-store.js';
import { mediaProgress } from './upload-store.js';

/** The object of an upload is complete: the media it belongs to moves on (videos start analysis and transcoding). */
export function completeMediaUpload(env: SandboxEnv, target: UploadTarget, size: number, uploadIp: string | undefined): void {
  const now = env.clock.nowIso();
  const progress = mediaProgress(env, target.MediaId);
  progress.UploadedBytes = size;
  progress.CompletionTime = now;
  if (target.Kind === 'video') {
    const video = env.state.data.videos[target.MediaId];
    if (!video) return;
    if (uploadIp) video.UploadIP = uploadIp;
    if (video.Status === 'Uploading' || video.Status === 'UploadFail') completeUpload(env, video, size);
    else {
      // A re-upload of the source of a finished video replaces the file only.
      video.Size = size;
      video.HasMezzanine = true;
      video.ModificationTime = now;
    }
    return;
  }
  if (target.Kind === 'image') {
    const image = env.state.data.images[target.MediaId];
    if (!image) return;
    image.Status = 'Normal';
    image.Size = size;
    image.ModificationTime = now;
    env.events.emit({ EventType: 'ImageUploadComplete', EventTime: now, ImageId: image.ImageId, FileURL: image.FileURL, Size: size, Status: 'success' });
    return;
  }
  const media = env.state.data.attachedMedia[target.MediaId];
  if (!media) return;
  media.Status = 'Normal';
  media.Size = size;
  media.ModificationTime = now;
  env.events.emit({ EventType: 'AttachedMediaUploadComplete', EventTime: now, MediaId: media.MediaId, FileURL: media.FileURL, Size: size, Status: 'success' });
}
