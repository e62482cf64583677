import type { ActionHandler } from '../../action-context.js';
import { isoSeconds } from '../../clock.js';
import { actionError, alignDown, DAY_MS } from '../account/time-series.js';
import { regionFilter } from '../account/usage-window.js';
import { editingReady } from './produce-editing-project-video.js';
import { editingUsage } from './editing-usage.js';

/**
 * Seconds of video produced by online editing per Beijing day, region and output specification (the SDK example's
 * TimeStamp 16:00Z is midnight in Beijing, the day the other usage data use). Without StartTime, the 24 hours before
 * EndTime; without EndTime, up to now. Only days with usage are listed.
 */
export const describeVodEditingUsageData: ActionHandler = (context) => {
  editingReady(context);
  const end = context.time('EndTime') ?? context.clock.now();
  const start = context.time('StartTime') ?? end - DAY_MS;
  if (end <= start) throw actionError(context.action, 'InvalidParameterEndTime', 'The EndTime must be later than the StartTime.');
  const regions = regionFilter(context);
  const specifications = context.list('Specification');
  const appId = context.str('AppId');
  const totals = new Map<string, { day: number; Region: string; Specification: string; Duration: number }>();
  for (const entry of editingUsage(context)) {
    const time = Date.parse(entry.Time);
    if (time < start || time >= end) continue;
    if ((regions && !regions.has(entry.Region)) || (specifications.length && !specifications.includes(entry.Specification)) || (appId !== undefined && entry.AppId !== appId)) continue;
    const day = alignDown(time, DAY_MS);
    const key = `${day}|${entry.Region}|${entry.Specification}`;
    const total = totals.get(key) ?? { day, Region: entry.Region, Specification: entry.Specification, Duration: 0 };
    total.Duration += entry.Seconds;
    totals.set(key, total);
  }
  const rows = [...totals.values()].sort((a, b) => a.day - b.day || a.Region.localeCompare(b.Region) || a.Specification.localeCompare(b.Specification));
  return {
    StartTime: isoSeconds(start),
    EndTime: isoSeconds(end),
    EditingData: rows.map((row) => ({ TimeStamp: isoSeconds(row.day), Region: row.Region, Specification: row.Specification, Duration: row.Duration })),
  };
};
