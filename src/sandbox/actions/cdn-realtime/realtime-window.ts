import type { ActionContext } from '../../action-context.js';
import { SandboxError } from '../../errors.js';
import { cdnError, cdnState, requireDomain, type DomainRecord } from '../cdn/cdn-state.js';
import { parseTime } from '../cdn/time-params.js';
import { MINUTE_MS } from './realtime-model.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

export interface Window {
  start: number;
  end: number;
  /** Seconds per data point. */
  interval: number;
}

/**
 * The time errors of the non-real-time bandwidth query (DescribeVodDomainBpsData's table in the manual), whose
 * messages the real-time family shares: the metadata lists no errors for these actions.
 */
export const timeError = (code: 'InvalidEndTime.Mismatch' | 'InvalidStartTime.ValueNotSupported') => cdnError('DescribeVodDomainBpsData', code);

/**
 * Granularity by span (SDK operation descriptions): <= 1 hour: 1 minute, data of the last 7 days; < 3 days:
 * 5 minutes, 93 days; < 31 days: 1 hour, 186 days.
 */
const GRANULARITY = [
  { below: HOUR_MS + 1, interval: 60, historyDays: 7 },
  { below: 3 * DAY_MS, interval: 300, historyDays: 93 },
  { below: 31 * DAY_MS, interval: 3600, historyDays: 186 },
] as const;

function checkHistory(context: ActionContext, start: number, historyDays: number): void {
  if (start < context.clock.now() - historyDays * DAY_MS) throw timeError('InvalidStartTime.ValueNotSupported');
}

/** StartTime/EndTime of the minute-level series: both or neither (default the last hour), end after start. */
export function readSeriesWindow(context: ActionContext): Window {
  const startRaw = parseTime(context, 'StartTime');
  const endRaw = parseTime(context, 'EndTime');
  if ((startRaw === undefined) !== (endRaw === undefined)) throw new SandboxError('MissingParameter', 'StartTime and EndTime can not be single.', 400);
  const end = endRaw ?? Math.floor(context.clock.now() / MINUTE_MS) * MINUTE_MS;
  const start = startRaw ?? end - HOUR_MS;
  if (end <= start) throw timeError('InvalidEndTime.Mismatch');
  const rule = GRANULARITY.find((candidate) => end - start < candidate.below);
  if (!rule) throw timeError('InvalidStartTime.ValueNotSupported');
  checkHistory(context, start, rule.historyDays);
  return { start, end, interval: rule.interval };
}

/** Required StartTime/EndTime at most `maxMs` apart, within the last `historyDays`, at `interval` seconds. */
export function readFixedWindow(context: ActionContext, maxMs: number, historyDays: number, interval: number): Window {
  const start = parseTime(context, 'StartTime');
  const end = parseTime(context, 'EndTime');
  if (start === undefined) throw new SandboxError('MissingParameter', 'The input parameter "StartTime" that is mandatory for processing this request is not supplied.', 400);
  if (end === undefined) throw new SandboxError('MissingParameter', 'The input parameter "EndTime" that is mandatory for processing this request is not supplied.', 400);
  if (end <= start) throw timeError('InvalidEndTime.Mismatch');
  if (end - start > maxMs) throw timeError('InvalidStartTime.ValueNotSupported');
  checkHistory(context, start, historyDays);
  return { start, end, interval };
}

/** The data points' start times: every `interval` from the start (floored to it) while before the end and now. */
export function pointsOf(window: Window, now: number): number[] {
  const step = window.interval * 1000;
  const points: number[] = [];
  for (let at = Math.floor(window.start / step) * step; at < window.end && at < now; at += step) points.push(at);
  return points;
}

/** The required comma-separated DomainName, at most `max` names, each one of the account's domains. */
export function readDomains(context: ActionContext, max: number): DomainRecord[] {
  const state = cdnState(context);
  const names = [...new Set(context.list('DomainName', { max, required: true }).map((name) => name.toLowerCase()))];
  return names.map((name) => requireDomain(context, state, name));
}
