import type { ActionContext } from '../../action-context.js';
import { SandboxError } from '../../errors.js';
import { specError } from '../../spec-table.js';
import { cdnError, cdnState, requireDomain, type DomainRecord } from './cdn-state.js';
import { parseTime } from './time-params.js';
import { BUCKET_MS } from './traffic-model.js';

export const DAY_MS = 86_400_000;

export interface Window {
  start: number;
  end: number;
  /** Seconds between points. */
  interval: number;
}

/**
 * The spec's error row: the action's own table, else DescribeVodDomainBpsData's (the newer monitoring actions come
 * from the metadata, which has no error table; they share the family's time and domain checks).
 */
export function monitoringError(context: ActionContext, code: string): SandboxError {
  return cdnError(specError(context.action, code) ? context.action : 'DescribeVodDomainBpsData', code);
}

/** StartTime/EndTime (both or neither; default the last 24 hours, at most `maxDays`), as given or the default. */
export function readRange(context: ActionContext, maxDays: number): { start: number; end: number; given: boolean } {
  const startRaw = parseTime(context, 'StartTime');
  const endRaw = parseTime(context, 'EndTime');
  if ((startRaw === undefined) !== (endRaw === undefined)) throw new SandboxError('MissingParameter', 'StartTime and EndTime can not be single.', 400);
  const end = endRaw ?? Math.floor(context.clock.now() / BUCKET_MS) * BUCKET_MS;
  const start = startRaw ?? end - DAY_MS;
  if (end < start) throw monitoringError(context, 'InvalidEndTime.Mismatch');
  if (end - start > maxDays * DAY_MS) throw monitoringError(context, 'InvalidStartTime.ValueNotSupported');
  return { start, end, given: startRaw !== undefined };
}

/** The range and the Interval the span allows (an unsupported Interval falls back to the span's default). */
export function readWindow(context: ActionContext, maxDays = 90): Window {
  const { start, end } = readRange(context, maxDays);
  const span = end - start;
  const allowed = span < 3 * DAY_MS ? [300, 3600, 86400] : span < 31 * DAY_MS ? [3600, 86400] : [86400];
  const asked = Number(context.str('Interval'));
  return { start, end, interval: allowed.includes(asked) ? asked : allowed[0]! };
}

/** The named domains (comma-separated, at most `max`), or all of the account's, merged. */
export function readDomains(context: ActionContext, max = 100): DomainRecord[] {
  const state = cdnState(context);
  const names = context.list('DomainName', { max });
  return names.length ? names.map((name) => requireDomain(context, state, name)) : Object.values(state.domains);
}

/** Start of each interval of the window up to now, and the 5-minute buckets in it. */
export function intervalsOf(window: Window, now: number): { at: number; buckets: number[] }[] {
  const step = window.interval * 1000;
  const result: { at: number; buckets: number[] }[] = [];
  for (let at = Math.floor(window.start / step) * step; at < window.end && at < now; at += step) {
    const buckets: number[] = [];
    for (let bucket = at; bucket < at + step; bucket += BUCKET_MS) buckets.push(bucket);
    result.push({ at, buckets });
  }
  return result;
}
