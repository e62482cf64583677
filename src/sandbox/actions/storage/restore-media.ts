import type { ActionHandler } from '../../action-context.js';
import { frozenTier, isChanging, MAX_RESTORE_DAYS, RESTORE_TIERS, SCOPES } from './storage-classes.js';
import { mediaIdsOf, outcomeLists, sortMedia } from './media-ids.js';
import { extendRestore, startRestore } from './storage-state.js';

/**
 * Restores frozen (Archive/ColdArchive, also source-only) media for RestoreDays. Media that is not frozen, or whose
 * restore is still running, is ignored; a restored one is extended from now; one being changed, or asked for more
 * days than its class allows (Archive 7), is forbidden.
 */
export const restoreMedia: ActionHandler = (context) => {
  const days = context.int('RestoreDays', { min: 1, max: MAX_RESTORE_DAYS.ColdArchive, default: 1 }) ?? 1;
  const tier = context.oneOf('RestoreTier', RESTORE_TIERS, 'Standard') ?? 'Standard';
  const scope = context.oneOf('Scope', SCOPES, 'All') ?? 'All';
  const extended: string[] = [];
  const outcomes = sortMedia(context, mediaIdsOf(context), (video) => {
    if (isChanging(video.StorageClass)) return 'The storage class of the media is being changed.';
    const frozen = frozenTier(video.StorageClass);
    if (!frozen) return 'ignore';
    if (days > MAX_RESTORE_DAYS[frozen]) return `A ${frozen} media stays restored for at most ${MAX_RESTORE_DAYS[frozen]} days.`;
    if (video.RestoreStatus === 'Processing') return 'ignore';
    if (video.RestoreStatus === 'Success') extended.push(video.VideoId);
    return 'accept';
  });
  for (const video of outcomes.accepted) {
    if (extended.includes(video.VideoId)) extendRestore(context, video, days);
    else startRestore(context, video, { scope, tier, days });
  }
  return { Success: outcomes.accepted.length > 0, ...outcomeLists(outcomes) };
};
