import type { ActionContext } from '../../action-context.js';
import type { VideoRecord } from '../../state/records.js';

/** Per-media outcome lists of UpdateMediaStorageClass and RestoreMedia (flat: the encoder wraps them). */
export interface MediaOutcomes {
  accepted: VideoRecord[];
  ignored: string[];
  forbidden: { MediaId: string; Reason: string }[];
}

/** MediaIds: required, at most 20 (both actions' metadata), each at most once. */
export function mediaIdsOf(context: ActionContext): string[] {
  return [...new Set(context.list('MediaIds', { required: true, max: 20 }))];
}

/** Sorts each media into accepted, ignored (nothing to do) or forbidden (with the reason), by `decide`. */
export function sortMedia(context: ActionContext, ids: string[], decide: (video: VideoRecord) => 'accept' | 'ignore' | string): MediaOutcomes {
  const outcomes: MediaOutcomes = { accepted: [], ignored: [], forbidden: [] };
  for (const id of ids) {
    const video = context.state.data.videos[id];
    if (!video || video.DeletedAt) {
      outcomes.forbidden.push({ MediaId: id, Reason: 'The media does not exist.' });
      continue;
    }
    const decision = decide(video);
    if (decision === 'accept') outcomes.accepted.push(video);
    else if (decision === 'ignore') outcomes.ignored.push(id);
    else outcomes.forbidden.push({ MediaId: id, Reason: decision });
  }
  return outcomes;
}

/** The two lists as the answer carries them; empty lists are left out. */
export function outcomeLists(outcomes: MediaOutcomes): Record<string, unknown> {
  return {
    ...(outcomes.forbidden.length ? { ForbiddenList: outcomes.forbidden } : {}),
    ...(outcomes.ignored.length ? { IgnoredList: outcomes.ignored } : {}),
  };
}
