import type { ActionHandler } from '../../action-context.js';
import { isoSeconds } from '../../clock.js';
import { invalidParameter } from '../../errors.js';
import { DAY_MS, HOUR_MS } from '../account/time-series.js';
import { storageWindow } from './tiering-window.js';
import { MEDIA_STORAGE_CLASSES } from './storage-classes.js';

const INTERVALS = ['hour', 'day', 'week', 'month'] as const;
type Interval = (typeof INTERVALS)[number];
/** "The maximum time range to query is 6 months": 6 calendar months after StartTime. */
const MAX_MONTHS = 6;

/** Start of the natural (UTC) hour, day, ISO week (Monday) or month containing `ms`. */
function periodStart(ms: number, interval: Interval): number {
  const date = new Date(ms);
  if (interval === 'hour') return Math.floor(ms / HOUR_MS) * HOUR_MS;
  const day = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  if (interval === 'day') return day;
  if (interval === 'week') return day - ((date.getUTCDay() + 6) % 7) * DAY_MS;
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
}

function nextPeriod(start: number, interval: Interval): number {
  if (interval === 'hour') return start + HOUR_MS;
  if (interval === 'day') return start + DAY_MS;
  if (interval === 'week') return start + 7 * DAY_MS;
  const date = new Date(start);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
}

/**
 * Audio/video assets by creation time per natural period (StartTime inclusive, EndTime exclusive), optionally only
 * those whose storage class is StorageClass now. Total: the assets counted in the window.
 */
export const describeMediaDistribution: ActionHandler = (context) => {
  const interval = context.oneOf('Interval', INTERVALS, 'day') ?? 'day';
  const storageClass = context.oneOf('StorageClass', MEDIA_STORAGE_CLASSES);
  const { start, end } = storageWindow(context);
  const latest = new Date(start);
  latest.setUTCMonth(latest.getUTCMonth() + MAX_MONTHS);
  if (end > latest.getTime()) throw invalidParameter('EndTime', `The time range must be at most ${MAX_MONTHS} months.`);
  const created = Object.values(context.state.data.videos)
    .filter((video) => !video.DeletedAt && (!storageClass || video.StorageClass === storageClass))
    .map((video) => Date.parse(video.CreationTime));
  const list: { StartTime: string; EndTime: string; Count: number }[] = [];
  for (let at = periodStart(start, interval); at < end; at = nextPeriod(at, interval)) {
    const until = nextPeriod(at, interval);
    list.push({ StartTime: isoSeconds(at), EndTime: isoSeconds(until), Count: created.filter((time) => time >= Math.max(at, start) && time < Math.min(until, end)).length });
  }
  return { Total: list.reduce((sum, item) => sum + item.Count, 0), MediaDistributionList: list };
};
