import { z } from 'zod';
import { endTimeText, utcTime } from '../schema-helpers.js';

const HOSTNAME = /^\.?(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z][a-zA-Z0-9-]*[a-zA-Z0-9]$/;

/** An accelerated domain; a wildcard starts with a dot (`.example.com`). */
export const domainName = (description = 'Accelerated domain.') =>
  z.string().max(253).regex(HOSTNAME, 'must be a domain name such as vod.example.com').describe(description);

/** StartTime/EndTime given together, end after start. */
export function timeRangeRule(maxDays: number) {
  return (value: { StartTime?: string | undefined; EndTime?: string | undefined }) => {
    if (value.StartTime === undefined && value.EndTime === undefined) return true;
    if (value.StartTime === undefined || value.EndTime === undefined) return false;
    const span = Date.parse(value.EndTime) - Date.parse(value.StartTime);
    return span > 0 && span <= maxDays * 86_400_000;
  };
}

/** Optional StartTime/EndTime; the object publishes TIME_PAIR and checks timeRangeRule(maxDays). */
export const rangeTimes = (maxDays: number) => ({
  StartTime: utcTime('Start (UTC); with EndTime.').optional(),
  EndTime: utcTime(endTimeText(maxDays)).optional(),
});
