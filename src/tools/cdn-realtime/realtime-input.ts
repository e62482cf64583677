import { z } from 'zod';
import { TIME_PAIR, idList, out, utcTime } from '../schema-helpers.js';
import { domainName } from '../cdn-domains/cdn-schemas.js';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** Loose on purpose: the object types of seriesInput's generic shapes reach here as unknown. */
type Times = { StartTime?: unknown; EndTime?: unknown };

/** End after start and the span within `maxMs` (or under it, when `below`); both times needed unless `optional`. */
export function spanRule(maxMs: number, options: { below?: boolean; optional?: boolean } = {}) {
  return (value: Times) => {
    if (value.StartTime === undefined && value.EndTime === undefined) return options.optional === true;
    if (value.StartTime === undefined || value.EndTime === undefined) return false;
    const span = Date.parse(String(value.EndTime)) - Date.parse(String(value.StartTime));
    return span > 0 && (options.below ? span < maxMs : span <= maxMs);
  };
}

/** The granularity table of the real-time series (SDK operation descriptions), for their descriptions. */
export const GRANULARITY_TEXT = 'Default the last hour. Span <=1 h: 1-min points (last 7 days); <3 days: 5 min (93 days); <31 days: 1 h (186 days).';

export const ispNameEn = () => z.string().min(1).max(64).describe('ISP, e.g. telecom, unicom; default all.');
export const locationNameEn = () => z.string().min(1).max(64).describe('Region, e.g. shanghai; default all.');

/** ISP and region filters of the bandwidth, traffic, QPS and status-code series. */
export const filters = () => ({ IspNameEn: ispNameEn().optional(), LocationNameEn: locationNameEn().optional() });

/** The input of the real-time series: 1-`maxDomains` domains (merged), an optional window under 31 days, and `extra`. */
export function seriesInput<E extends z.ZodRawShape>(maxDomains: number, extra: E) {
  return z
    .strictObject({
      DomainName: idList(maxDomains, 'Domains; several are merged.', domainName()),
      StartTime: utcTime('Start (UTC); with EndTime.').optional(),
      EndTime: utcTime('End (UTC), after StartTime, span under 31 days.').optional(),
      ...extra,
    })
    .meta(TIME_PAIR)
    .refine(spanRule(31 * DAY_MS, { below: true, optional: true }), { message: 'StartTime and EndTime go together, end after start, span under 31 days', path: ['EndTime'] });
}

/** Required StartTime and EndTime at most `minutes` apart. */
export const fixedTimes = (minutes: number, example: string) => ({
  StartTime: utcTime(`Start (UTC), e.g. ${example}.`),
  EndTime: utcTime(`End (UTC), after StartTime, within ${minutes} minutes.`),
});

export const fixedSpanRule = (minutes: number) => spanRule(minutes * MINUTE_MS);

/** One data point: a time stamp and one figure. */
export const point = <K extends string>(name: K) => out.list(out.obj({ TimeStamp: out.str(), ...({ [name]: out.num() } as Record<K, ReturnType<typeof out.num>>) }));

/** The window fields the traffic and status-code answers carry. */
export const seriesWindow = { DomainName: out.str(), StartTime: out.str(), EndTime: out.str(), DataInterval: out.long() };
