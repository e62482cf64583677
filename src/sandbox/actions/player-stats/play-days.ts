import type { ActionContext } from '../../action-context.js';
import { invalidParameter } from '../../errors.js';
import { isDayReady } from '../account/playback-model.js';
import { alignDown, DAY_MS, HOUR_MS } from '../account/time-series.js';

/** The regions ApsaraVideo VOD stores media in (SDK models of DescribeVodMediaPlayData and GetDailyPlayRegionStatis). */
export const MEDIA_REGIONS = ['cn-beijing', 'cn-shanghai', 'cn-shenzhen', 'ap-northeast-1', 'ap-southeast-1', 'ap-southeast-5', 'eu-central-1'] as const;

/**
 * A Beijing day given as `yyyyMMdd` (or `yyyy-MM-dd` with `dashed`), as the start of that day in ms; the days of
 * the play model (playback-model.ts) are Beijing days. Refused when malformed, in the future or older than `maxDays`.
 */
export function readPlayDay(context: ActionContext, name: string, options: { dashed: boolean; maxDays: number }): number | undefined {
  const raw = context.str(name);
  if (raw === undefined) return undefined;
  const match = (options.dashed ? /^(\d{4})-(\d{2})-(\d{2})$/ : /^(\d{4})(\d{2})(\d{2})$/).exec(raw);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  const utc = Date.UTC(year, month - 1, day);
  const date = new Date(utc);
  if (!match || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw invalidParameter(name, `Use a date in the form ${options.dashed ? 'yyyy-MM-dd' : 'yyyyMMdd'}.`);
  }
  const start = utc - 8 * HOUR_MS;
  const now = context.clock.now();
  if (start > now) throw invalidParameter(name, 'It must not be in the future.');
  if (start < alignDown(now, DAY_MS) - options.maxDays * DAY_MS) throw invalidParameter(name, `Only data of the last ${options.maxDays} days can be queried.`);
  return start;
}

/** The latest Beijing day whose statistics are out (09:00 Beijing time the next day). */
export function latestReadyDay(now: number): number {
  const yesterday = alignDown(now, DAY_MS) - DAY_MS;
  return isDayReady(yesterday, now) ? yesterday : yesterday - DAY_MS;
}
