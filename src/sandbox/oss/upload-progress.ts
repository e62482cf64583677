import type { SandboxEnv } from '../action-context.js';
import { mediaProgress, multipartUploadsOf } from './upload-store.js';

/** Recomputes the bytes received so far from the pending parts, and the video's UploadRatio. */
export function refreshUploadProgress(env: SandboxEnv, mediaId: string): void {
  const progress = mediaProgress(env, mediaId);
  if (progress.CompletionTime) return;
  progress.UploadedBytes = multipartUploadsOf(env, mediaId)
    .flatMap((upload) => Object.values(upload.Parts))
    .reduce((sum, part) => sum + part.Size, 0);
  const video = env.state.data.videos[mediaId];
  if (video && video.Status === 'Uploading') {
    video.UploadRatio = progress.FileSize ? Math.min(0.99, Math.round((progress.UploadedBytes / progress.FileSize) * 1000) / 1000) : 0;
  }
}
