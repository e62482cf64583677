import type { ActionContext, SandboxEnv } from '../../action-context.js';
import { invalidParameter, SandboxError } from '../../errors.js';
import type { VideoRecord } from '../../state/records.js';
import { unwatched } from '../../state/watched-media.js';

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
  // The plain collection holds the same (watched) records, and iterates much faster than its proxy.
  return Object.values(unwatched(env.state.data.videos)).filter((video) => !video.DeletedAt);
}

/** The live video with this customer ID (ReferenceId, unique per account). */
export function videoByReferenceId(env: SandboxEnv, referenceId: string): VideoRecord | undefined {
  return liveVideos(env).find((video) => video.ReferenceId === referenceId);
}

/**
 * The video a request names, by VideoId or by ReferenceId (the official metadata's alternative): exactly one of the
 * two; an unknown ReferenceId is InvalidVideo.NotFound. Without either, MissingParameter VideoId as before.
 */
export function videoIdOf(context: ActionContext): string {
  const referenceId = context.str('ReferenceId');
  if (referenceId === undefined) return context.required('VideoId');
  if (context.str('VideoId') !== undefined) throw invalidParameter('ReferenceId', 'Give VideoId or ReferenceId, not both.');
  const video = videoByReferenceId(context, referenceId);
  if (!video) throw videoNotFound();
  return video.VideoId;
}

/**
 * VideoIds, or ReferenceIds resolved to the videos they name; `nonExistReferenceIds` lists the unknown ones
 * (the API answers them in NonExistReferenceIds).
 */
export function videoIdsOf(context: ActionContext, options: { max: number; tooMany?: SandboxError }): { ids: string[]; nonExistReferenceIds?: string[] } {
  if (context.str('ReferenceIds') === undefined) return { ids: context.list('VideoIds', { required: true, ...options }) };
  if (context.str('VideoIds') !== undefined) throw invalidParameter('ReferenceIds', 'Give VideoIds or ReferenceIds, not both.');
  const references = context.list('ReferenceIds', options);
  const found = references.map((reference) => videoByReferenceId(context, reference));
  return {
    ids: found.filter((video) => video !== undefined).map((video) => video.VideoId),
    nonExistReferenceIds: references.filter((_, index) => found[index] === undefined),
  };
}
