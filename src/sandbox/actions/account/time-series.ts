import { SandboxError } from '../../errors.js';
import { specError } from '../../spec-table.js';

const UTC_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
/** Usage and playback days follow Beijing time (UTC+8), as the service's daily statistics do. */
const BEIJING_OFFSET_MS = 8 * HOUR_MS;

export function parseUtc(raw: string | undefined): number | undefined {
  if (raw === undefined || !UTC_TIME.test(raw)) return undefined;
  const ms = Date.parse(raw);
  return Number.isNaN(ms) ? undefined : ms;
}

/** The spec's row for `code` in `action`'s table, or a plain 400 with that code. */
export function actionError(action: string, code: string, fallbackMessage = 'Invalid parameter.'): SandboxError {
  const row = specError(action, code);
  return new SandboxError(code, row?.message ?? fallbackMessage, row?.httpStatus ?? 400);
}

/** Start of the interval containing `ms`; days start at midnight Beijing time. */
export function alignDown(ms: number, intervalMs: number): number {
  if (intervalMs === DAY_MS) return Math.floor((ms + BEIJING_OFFSET_MS) / DAY_MS) * DAY_MS - BEIJING_OFFSET_MS;
  return Math.floor(ms / intervalMs) * intervalMs;
}

/** Interval starts covering [start, end), none in the future. */
export function intervalStarts(start: number, end: number, intervalMs: number, now: number): number[] {
  const starts: number[] = [];
  for (let at = alignDown(start, intervalMs); at < end && at <= now; at += intervalMs) starts.push(at);
  return starts;
}

/** `yyyyMMdd` of the Beijing day starting at `dayStart` (as returned by alignDown(..., DAY_MS)). */
export function beijingDate(dayStart: number): string {
  return new Date(dayStart + BEIJING_OFFSET_MS).toISOString().slice(0, 10).replace(/-/g, '');
}

/** A stable pseudo-random number in [0, 1) from a text seed. */
export function unitHash(seed: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d) >>> 0;
  h ^= h >>> 12;
  return (h >>> 0) / 0x1_0000_0000;
}
