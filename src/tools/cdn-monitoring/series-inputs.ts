import { z } from 'zod';
import { TIME_PAIR, idList, out } from '../schema-helpers.js';
import { domainName, rangeTimes, timeRangeRule } from '../cdn-domains/cdn-schemas.js';

/**
 * Pieces of the newer series queries (hit rates, origin traffic, QPS, layers, 95th percentile). Each tool lists
 * exactly its own metadata parameters: these are building blocks, not a shared input with parameters an action
 * may not have.
 */

/** The metadata's limit for the newer series queries: up to 500 domains, merged. */
export const MAX_SERIES_DOMAINS = 500;

export const domainNames = () => idList(MAX_SERIES_DOMAINS, 'Domains; default all, merged.', domainName()).optional();

export const interval = () => z.enum(['300', '3600', '86400']).optional().describe('Seconds; <3 days: 300+, <31 days: 3600+, else 86400.');

export const ispNameEn = () => z.string().min(1).optional().describe('ISP, e.g. telecom; default all.');

export const locationNameEn = () => z.string().min(1).optional().describe('Region, e.g. beijing; default all.');

type TimeFields = { StartTime?: string | undefined; EndTime?: string | undefined };

/** A strict input of the action's own parameters plus optional StartTime/EndTime: together, end after start, within `maxDays`. */
export function seriesInput<T extends z.ZodRawShape>(maxDays: number, shape: T) {
  const rule = timeRangeRule(maxDays);
  // The object's own fields are generic here; StartTime and EndTime are the two rangeTimes added, strings or absent.
  return z
    .strictObject({ ...shape, ...rangeTimes(maxDays) })
    .meta(TIME_PAIR)
    .refine((value) => rule(value as TimeFields), { message: `StartTime and EndTime go together, end after start, within ${maxDays} days`, path: ['EndTime'] });
}

/** One point of a series with a total and its HTTPS part, all in text (origin bandwidth/traffic, hit ratios). */
export const httpsPoint = out.obj({ TimeStamp: out.str(), Value: out.str(), HttpsValue: out.str() });
