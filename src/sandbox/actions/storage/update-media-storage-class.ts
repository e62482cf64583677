import type { ActionHandler } from '../../action-context.js';
import { isChanging, MINIMUM_DAYS, MINIMUM_MS, RESTORE_TIERS, SCOPES, TARGET_CLASSES, targetClassOf, tierOf } from './storage-classes.js';
import { mediaIdsOf, outcomeLists, sortMedia } from './media-ids.js';
import { classHistory, startChange } from './storage-state.js';

const NOT_UPLOADED = new Set(['Uploading', 'UploadFail']);

/**
 * Starts asynchronous class changes (Changing/SourceChanging until done). A media already in the target class is
 * ignored; one being changed or restored, not uploaded, without a source for SourceFile, or inside its class's
 * minimum storage duration (unless AllowUpdateWithoutTimeLimit) is forbidden with the reason.
 */
export const updateMediaStorageClass: ActionHandler = (context) => {
  context.required('StorageClass');
  const target = context.oneOf('StorageClass', TARGET_CLASSES)!;
  const scope = context.oneOf('Scope', SCOPES, 'All') ?? 'All';
  const tier = context.oneOf('RestoreTier', RESTORE_TIERS, 'Standard') ?? 'Standard';
  const force = context.bool('AllowUpdateWithoutTimeLimit') ?? false;
  const to = targetClassOf(target, scope);
  const now = context.clock.now();
  const outcomes = sortMedia(context, mediaIdsOf(context), (video) => {
    if (isChanging(video.StorageClass)) return 'The storage class of the media is being changed.';
    if (video.RestoreStatus === 'Processing') return 'The media is being restored.';
    if (NOT_UPLOADED.has(video.Status)) return `The media cannot be changed in status ${video.Status}.`;
    if (video.StorageClass === to) return 'ignore';
    if (scope === 'SourceFile' && !video.HasMezzanine) return 'The media has no source file.';
    const current = tierOf(video.StorageClass);
    const history = classHistory(context, video);
    const since = history[history.length - 1]!.since;
    if (current && !force && now - since < MINIMUM_MS(current)) {
      return `The media has been stored as ${video.StorageClass} for less than the minimum ${MINIMUM_DAYS[current]} days; set AllowUpdateWithoutTimeLimit to change it anyway (early deletion fees apply).`;
    }
    return 'accept';
  });
  for (const video of outcomes.accepted) startChange(context, video, { to, target, scope, tier });
  return { Status: outcomes.accepted.length ? 'Processing' : 'Failed', ...outcomeLists(outcomes) };
};
