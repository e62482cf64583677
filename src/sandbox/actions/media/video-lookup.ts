import type { SandboxEnv } from '../../action-context.js';
import { SandboxError } from '../../errors.js';
import type { VideoRecord } from '../../state/records.js';

export const videoNotFound = () => new SandboxError('InvalidVideo.NotFound', 'The video does not exist.', 404);

/** A video that exists and is not deleted. */
export function findVideo(env: SandboxEnv, id: string): VideoRecord | undefined {
  const video = env.state.data.videos[id];
  return video && !video.DeletedAt ? video : undefined;
}

export function requireVideo(env: SandboxEnv, id: string): VideoRecord {
  const video = findVideo(env, id);
  if (!video) throw videoNotFound();
  return video;
}

export function liveVideos(env: SandboxEnv): VideoRecord[] {
  return Object.values(env.state.data.videos).filter((video) => !video.DeletedAt);
}
