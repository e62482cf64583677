import type { ActionContext } from '../../action-context.js';
import { invalidParameter } from '../../errors.js';
import { DAY_MS, HOUR_MS, parseUtc } from '../account/time-series.js';
import { PLAYER_METRICS, type PlayerMetric } from './metrics.js';
import { NATIVE_OS, PLAYER_OS, type PlayCell, type PlayerOs, type Terminal } from './player-model.js';

/** Player data reaches back one year; one query spans at most 31 days (SDK models). */
const HISTORY_MS = 366 * DAY_MS;
const MAX_SPAN_MS = 31 * DAY_MS;
/** The value separator of Os and of a filter's Value. */
export const VALUE_SEPARATOR = '#_#';

export interface PlayerWindow {
  readonly from: number;
  readonly to: number;
  readonly now: number;
}

/** StartTime/EndTime (UTC, [StartTime, EndTime)): end after start, span at most 31 days, start within the last year. */
export function playerWindow(context: ActionContext, options: { optional?: boolean; defaultDays?: number } = {}): PlayerWindow {
  const now = context.clock.now();
  const rawStart = options.optional ? context.str('StartTime') : context.required('StartTime');
  const rawEnd = options.optional ? context.str('EndTime') : context.required('EndTime');
  if (rawStart === undefined && rawEnd === undefined) return { from: now - (options.defaultDays ?? 1) * DAY_MS, to: now, now };
  if (rawStart === undefined) throw invalidParameter('StartTime', 'StartTime and EndTime go together.');
  if (rawEnd === undefined) throw invalidParameter('EndTime', 'StartTime and EndTime go together.');
  const from = parseUtc(rawStart);
  if (from === undefined) throw invalidParameter('StartTime', 'Use UTC time in the form yyyy-MM-ddTHH:mm:ssZ.');
  const to = parseUtc(rawEnd);
  if (to === undefined) throw invalidParameter('EndTime', 'Use UTC time in the form yyyy-MM-ddTHH:mm:ssZ.');
  if (to <= from) throw invalidParameter('EndTime', 'It must be after StartTime.');
  if (to - from > MAX_SPAN_MS) throw invalidParameter('EndTime', 'The time range of one query cannot exceed 31 days.');
  if (from < now - HISTORY_MS) throw invalidParameter('StartTime', 'Playback data of the last year can be queried.');
  if (from > now) throw invalidParameter('StartTime', 'It must not be in the future.');
  return { from, to, now };
}

const INTERVALS = { '5m': 300_000, '1h': HOUR_MS, '1d': DAY_MS } as const;

/** Interval: 5m within 3 days, 1h within 7 days, 1d always. */
export function playerInterval(context: ActionContext, window: PlayerWindow): number {
  const interval = context.oneOf('Interval', ['5m', '1h', '1d'] as const)!;
  const span = window.to - window.from;
  if (interval === '5m' && span > 3 * DAY_MS) throw invalidParameter('Interval', 'Spans over 3 days take 1h or 1d.');
  if (interval === '1h' && span > 7 * DAY_MS) throw invalidParameter('Interval', 'Spans over 7 days take 1d.');
  return INTERVALS[interval];
}

/** Metrics: 1-3 comma-separated metric names, each once. */
export function playerMetrics(context: ActionContext): PlayerMetric[] {
  const names = context.list('Metrics', { required: true });
  const unknown = names.filter((name) => !(PLAYER_METRICS as readonly string[]).includes(name));
  if (unknown.length) throw invalidParameter('Metrics', `Unknown metric ${unknown[0]}.`);
  if (names.length > 3) throw invalidParameter('Metrics', 'At most 3 metrics.');
  if (new Set(names).size !== names.length) throw invalidParameter('Metrics', 'Give each metric once.');
  return names as PlayerMetric[];
}

/** TerminalType web|mobile and Os (values joined by #_#; native players: Android, iOS, Harmony): which cells count. */
export function playerCells(context: ActionContext): (cell: PlayCell) => boolean {
  const terminal: Terminal = context.oneOf('TerminalType', ['web', 'mobile'] as const) === 'web' ? 'Web' : 'Native';
  const raw = context.str('Os');
  if (raw === undefined) return (cell) => cell.terminal === terminal;
  const allowed: readonly string[] = terminal === 'Native' ? [...NATIVE_OS, 'Harmony'] : PLAYER_OS;
  const wanted = new Set<PlayerOs>();
  for (const name of raw.split(VALUE_SEPARATOR)) {
    const os = allowed.find((candidate) => candidate.toLowerCase() === name.trim().toLowerCase());
    if (!os) throw invalidParameter('Os', `Allowed values for this TerminalType: ${allowed.join(', ')}.`);
    wanted.add(os as PlayerOs);
  }
  return (cell) => cell.terminal === terminal && wanted.has(cell.os);
}

/** AppId (required); an app with no videos simply has no plays. */
export function playerApp(context: ActionContext): string {
  return context.required('AppId');
}
