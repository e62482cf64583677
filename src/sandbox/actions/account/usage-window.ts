import type { ActionContext } from '../../action-context.js';
import { actionError, DAY_MS, HOUR_MS, parseUtc } from './time-series.js';

export const USAGE_REGIONS = ['cn-shanghai', 'cn-beijing', 'eu-central-1', 'ap-southeast-1'] as const;

export interface UsageWindow {
  start: number;
  end: number;
  now: number;
}

/** StartTime/EndTime of the usage actions: well formed, end after start, span at most `maxDays`. */
export function usageWindow(context: ActionContext, options: { maxDays: number; historyDays?: number }): UsageWindow {
  const { action } = context;
  const start = parseUtc(context.required('StartTime'));
  if (start === undefined) throw actionError(action, 'InvalidParameterStartTime');
  const end = parseUtc(context.required('EndTime'));
  if (end === undefined || end <= start) throw actionError(action, 'InvalidParameterEndTime');
  if (end - start > options.maxDays * DAY_MS) throw actionError(action, 'InvalidTimeRange');
  const now = context.clock.now();
  if (options.historyDays !== undefined && start < now - options.historyDays * DAY_MS) throw actionError(action, 'InvalidParameterStartTime');
  return { start, end, now };
}

/** Hourly data up to 7 days, daily beyond (the storage/transcode/AI rule). */
export function hourOrDay(window: UsageWindow, requested?: 'hour' | 'day'): { label: 'hour' | 'day'; ms: number } {
  const label = requested ?? (window.end - window.start <= 7 * DAY_MS ? 'hour' : 'day');
  return { label, ms: label === 'hour' ? HOUR_MS : DAY_MS };
}

/** Region filter of the usage actions (InvalidParameterRegion outside the four storage regions). */
export function regionFilter(context: ActionContext): Set<string> | undefined {
  const regions = context.list('Region');
  if (!regions.length) return undefined;
  if (regions.some((region) => !(USAGE_REGIONS as readonly string[]).includes(region))) throw actionError(context.action, 'InvalidParameterRegion');
  return new Set(regions);
}

/** Bucket names (the first label of a storage location), or undefined for all. */
export function storageFilter(context: ActionContext): Set<string> | undefined {
  const names = context.list('Storage');
  return names.length ? new Set(names) : undefined;
}

export function bucketOf(storageLocation: string): string {
  return storageLocation.split('.')[0] ?? storageLocation;
}
