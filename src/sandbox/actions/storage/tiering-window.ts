import type { ActionContext } from '../../action-context.js';
import { invalidParameter } from '../../errors.js';
import type { VideoRecord } from '../../state/records.js';
import { actionError, DAY_MS, HOUR_MS, intervalStarts, parseUtc } from '../account/time-series.js';
import { TIERED_CLASSES, TIERING_REGIONS, type TieredClass } from './storage-classes.js';

export interface TieringQuery {
  starts: number[];
  now: number;
  regions?: Set<string>;
  appId?: string;
  classes: readonly TieredClass[];
}

/**
 * StartTime/EndTime of the storage queries, each optional: EndTime defaults to now, StartTime to 24 hours before
 * EndTime; both must parse and the end must come after the start. Each query checks its own span limit.
 */
export function storageWindow(context: ActionContext): { start: number; end: number; now: number } {
  const { action } = context;
  const now = context.clock.now();
  const rawStart = context.str('StartTime');
  const rawEnd = context.str('EndTime');
  const end = rawEnd === undefined ? now : parseUtc(rawEnd);
  if (end === undefined) throw actionError(action, 'InvalidParameterEndTime', 'The specified parameter "EndTime" is not valid.');
  const start = rawStart === undefined ? end - DAY_MS : parseUtc(rawStart);
  if (start === undefined) throw actionError(action, 'InvalidParameterStartTime', 'The specified parameter "StartTime" is not valid.');
  if (end <= start) throw actionError(action, 'InvalidParameterEndTime', 'The specified parameter "EndTime" must be later than StartTime.');
  return { start, end, now };
}

/**
 * The tiering queries' common arguments: StartTime/EndTime (each optional: the last 24 hours by default, span at
 * most 31 days, at least `minMinutes`), Region (comma-separated tiered-storage regions), AppId, StorageClass.
 * Data is hourly (the storage example's TimeStamp is on the hour).
 */
export function tieringQuery(context: ActionContext, options: { minMinutes?: number } = {}): TieringQuery {
  const { start, end, now } = storageWindow(context);
  if (end - start > 31 * DAY_MS) throw actionError(context.action, 'InvalidTimeRange', 'The time range exceeds 31 days.');
  if (options.minMinutes && end - start < options.minMinutes * 60_000) throw invalidParameter('EndTime', `The time range must be at least ${options.minMinutes} minutes.`);
  const regions = context.list('Region');
  for (const region of regions) {
    if (!(TIERING_REGIONS as readonly string[]).includes(region)) throw invalidParameter('Region', `Tiered storage regions: ${TIERING_REGIONS.join(', ')}.`);
  }
  const storageClass = context.oneOf('StorageClass', TIERED_CLASSES);
  const appId = context.str('AppId');
  return {
    starts: intervalStarts(start, end, HOUR_MS, now),
    now,
    ...(regions.length ? { regions: new Set(regions) } : {}),
    ...(appId ? { appId } : {}),
    classes: storageClass ? [storageClass] : TIERED_CLASSES,
  };
}

export function matches(query: TieringQuery, owner: { AppId?: string; appId?: string; RegionId?: string; region?: string }): boolean {
  const appId = owner.AppId ?? owner.appId;
  const region = owner.RegionId ?? owner.region ?? '';
  return (!query.appId || appId === query.appId) && (!query.regions || query.regions.has(region));
}

/** The videos that existed at some point of the window (deleted ones count until deleted). */
export function videosOf(context: ActionContext, query: TieringQuery): VideoRecord[] {
  return Object.values(context.state.data.videos).filter((video) => matches(query, video));
}

/** Rows of (region, class) series that carry any data, in time order. */
export function keepSeriesWithData<T extends { Region: string; StorageClass: string; TimeStamp: string }>(rows: T[], hasData: (row: T) => boolean): T[] {
  const withData = new Set(rows.filter(hasData).map((row) => `${row.Region}/${row.StorageClass}`));
  return rows
    .filter((row) => withData.has(`${row.Region}/${row.StorageClass}`))
    .sort((a, b) => a.TimeStamp.localeCompare(b.TimeStamp) || a.Region.localeCompare(b.Region) || a.StorageClass.localeCompare(b.StorageClass));
}

export const HOUR = HOUR_MS;
