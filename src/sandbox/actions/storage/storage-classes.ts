/**
 * Storage classes of media assets (SDK models of GetVideoInfo/BatchGetMediaInfos: StorageClass) and the timings the
 * sandbox gives them. Sources: UpdateMediaStorageClass/RestoreMedia metadata and docs; docs/spec-decisions.md.
 */

/** What UpdateMediaStorageClass.StorageClass takes (en-US metadata). */
export const TARGET_CLASSES = ['Standard', 'IA', 'Archive', 'ColdArchive'] as const;
export type TargetClass = (typeof TARGET_CLASSES)[number];

/** Every value a media asset's StorageClass shows (SDK models; DescribeMediaDistribution's filter enum). */
export const MEDIA_STORAGE_CLASSES = ['Standard', 'IA', 'Archive', 'ColdArchive', 'SourceIA', 'SourceArchive', 'SourceColdArchive', 'Changing', 'SourceChanging'] as const;

/** The classes the tiering usage queries report (their StorageClass filter enum). */
export const TIERED_CLASSES = ['IA', 'Archive', 'ColdArchive'] as const;
export type TieredClass = (typeof TIERED_CLASSES)[number];

export const SCOPES = ['All', 'SourceFile'] as const;
export type Scope = (typeof SCOPES)[number];

export const RESTORE_TIERS = ['Expedited', 'Standard', 'Bulk'] as const;
export type RestoreTier = (typeof RESTORE_TIERS)[number];

/** Regions with tiered storage (docs "Change the storage class of a media asset": Shanghai, Beijing, Shenzhen, Singapore). */
export const TIERING_REGIONS = ['cn-shanghai', 'cn-beijing', 'cn-shenzhen', 'ap-southeast-1'] as const;

const SECOND = 1000;
const HOUR = 3600 * SECOND;
const DAY = 24 * HOUR;

/** The change job itself (the docs only say "asynchronous"): one simulated minute, like a transcode run. */
export const CHANGE_MS = 60 * SECOND;

/**
 * Restoring before reading: Archive "in about 1 minute" (storage class comparison in the docs); Cold Archive by
 * RestoreTier, the upper end of each documented range (Expedited within 1 hour, Standard 2-5 hours, Bulk 5-12 hours).
 */
export function restoreMs(tiered: 'Archive' | 'ColdArchive', tier: RestoreTier): number {
  if (tiered === 'Archive') return 60 * SECOND;
  return { Expedited: HOUR, Standard: 5 * HOUR, Bulk: 12 * HOUR }[tier];
}

/** Longest restored period per class (RestoreMedia.RestoreDays: Archive 7 days, Cold Archive 365 days). */
export const MAX_RESTORE_DAYS = { Archive: 7, ColdArchive: 365 } as const;

/** Minimum storage durations before a class may change again (UpdateMediaStorageClass docs): 30, 60 and 180 days. */
export const MINIMUM_DAYS: Readonly<Record<TieredClass, number>> = { IA: 30, Archive: 60, ColdArchive: 180 };
export const MINIMUM_MS = (tiered: TieredClass) => MINIMUM_DAYS[tiered] * DAY;

/** "Less than a month" of LessthanMonthDatasize. */
export const MONTH_MS = 30 * DAY;

/** The tier of a stored class: `SourceArchive` -> Archive; Standard and the in-between states -> undefined. */
export function tierOf(storageClass: string): TieredClass | undefined {
  const base = storageClass.replace(/^Source/, '');
  return (TIERED_CLASSES as readonly string[]).includes(base) ? (base as TieredClass) : undefined;
}

/** Only the source file is in the class (the streams stay Standard). */
export const sourceOnly = (storageClass: string) => storageClass.startsWith('Source');

export const isChanging = (storageClass: string) => storageClass === 'Changing' || storageClass === 'SourceChanging';

/** Frozen classes: the data must be restored before it can be read. */
export function frozenTier(storageClass: string): 'Archive' | 'ColdArchive' | undefined {
  const tier = tierOf(storageClass);
  return tier === 'Archive' || tier === 'ColdArchive' ? tier : undefined;
}

/** The class a change ends in: SourceFile puts only the source in the class ("other resources are Standard"). */
export function targetClassOf(target: TargetClass, scope: Scope): string {
  return scope === 'SourceFile' && target !== 'Standard' ? `Source${target}` : target;
}
