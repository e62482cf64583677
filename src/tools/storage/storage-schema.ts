import { z } from 'zod';
import { endTimeText, idList, out, TIME_PAIR, utcTime } from '../schema-helpers.js';
import { appId } from '../spec-shapes.js';
import { timeRangeRule } from '../cdn-domains/cdn-schemas.js';

/** Enums of the storage actions (en-US metadata; the SDK models for the media's own StorageClass values). */
export const TARGET_CLASSES = ['Standard', 'IA', 'Archive', 'ColdArchive'] as const;
export const TIERED_CLASSES = ['IA', 'Archive', 'ColdArchive'] as const;
export const MEDIA_STORAGE_CLASSES = ['Standard', 'IA', 'Archive', 'ColdArchive', 'SourceIA', 'SourceArchive', 'SourceColdArchive', 'Changing', 'SourceChanging'] as const;
/** Regions with tiered storage (docs, "Change the storage class of a media asset"). */
export const TIERING_REGIONS = ['cn-shanghai', 'cn-beijing', 'cn-shenzhen', 'ap-southeast-1'] as const;

export const mediaIds = () => idList(20, 'Audio/video IDs.');
export const scope = (what: string) => z.enum(['All', 'SourceFile']).describe(`All (default): ${what} the source file and the streams; SourceFile: only the source.`);
export const restoreTier = () =>
  z.enum(['Expedited', 'Standard', 'Bulk']).describe('Cold Archive restore priority: Expedited within 1 h, Standard 2-5 h (default), Bulk 5-12 h.');

/** ForbiddenList (with reasons) and IgnoredList of UpdateMediaStorageClass and RestoreMedia, unwrapped. */
export const mediaOutcomes = {
  ForbiddenList: out.list(out.obj({ MediaId: out.str(), Reason: out.str() })).describe('Media not changed, with the reason.'),
  IgnoredList: out.list(z.string()).describe('Media with nothing to do.'),
};

/** The tiering queries' input: optional window (last 24 hours by default, up to 31 days), regions, app, class. */
export function tieringInput(options: { minMinutes?: number } = {}) {
  const { minMinutes } = options;
  return z
    .strictObject({
      StartTime: utcTime('Start (UTC); with EndTime. Default: the last 24 hours.').optional(),
      EndTime: utcTime(endTimeText(31, minMinutes ? `, at least ${minMinutes} minutes` : '')).optional(),
      Region: z.array(z.enum(TIERING_REGIONS)).min(1).max(TIERING_REGIONS.length).optional().describe('Storage regions; omit for all.'),
      AppId: appId('App ID; omit for all apps.').optional(),
      StorageClass: z.enum(TIERED_CLASSES).optional().describe('Storage class; omit for all three.'),
    })
    .meta(TIME_PAIR)
    .refine(timeRangeRule(31), { message: 'StartTime and EndTime go together, end after start, within 31 days', path: ['EndTime'] })
    .refine((value) => !minMinutes || !value.StartTime || !value.EndTime || Date.parse(value.EndTime) - Date.parse(value.StartTime) >= minMinutes * 60_000, {
      message: `the window must be at least ${minMinutes} minutes`,
      path: ['EndTime'],
    });
}

/** One hourly point of a tiering series. */
export const tieringPoint = { TimeStamp: out.str(), Region: out.str(), StorageClass: out.str() };
