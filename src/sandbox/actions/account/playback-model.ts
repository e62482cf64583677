import type { SandboxEnv } from '../../action-context.js';
import { mediaFacts } from '../../state/media-lifecycle.js';
import type { VideoRecord } from '../../state/records.js';
import { ensureDemoBackfill } from './demo-backfill.js';
import { accountSlice } from './slice.js';
import { beijingDate, DAY_MS, HOUR_MS, unitHash } from './time-series.js';

/** Daily statistics appear at 09:00 Beijing time the next day. */
export function isDayReady(dayStart: number, now: number): boolean {
  return now >= dayStart + DAY_MS + 9 * HOUR_MS;
}

export const PLATFORMS = ['Android', 'iOS', 'HTML5', 'Flash'] as const;
export type Platform = (typeof PLATFORMS)[number];

export interface DailyPlays {
  video: VideoRecord;
  vv: number;
  uv: number;
  durationMs: number;
  vvByPlatform: Record<Platform, number>;
  uvByPlatform: Record<Platform, number>;
  /** Sessions per watch-length bucket. */
  ranges: number[];
}

export const RANGE_LABELS = ['<=1m', '>1<=5m', '>5<=10m', '>10<=15m', '>15<=30m', '>30m'] as const;
const RANGE_LOWER_MINUTES = [0, 1, 5, 10, 15, 30];

function split(total: number, seed: string): Record<Platform, number> {
  const weights = PLATFORMS.map((platform, index) => [0.45, 0.3, 0.2, 0.05][index]! * (0.5 + unitHash(`${seed}:${platform}`)));
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((weight) => Math.floor((total * weight) / sum));
  parts[0]! += total - parts.reduce((a, b) => a + b, 0);
  return Object.fromEntries(PLATFORMS.map((platform, index) => [platform, parts[index]!])) as Record<Platform, number>;
}

/** The video's length in seconds as the play model uses it (the probed Duration, else the media's stable facts). */
export function videoSeconds(video: VideoRecord): number {
  return video.Duration ?? mediaFacts(video.VideoId).duration;
}

/** A video's plays on one Beijing day, or undefined when it was not playable then. Deterministic. */
export function playsOn(env: SandboxEnv, video: VideoRecord, dayStart: number): DailyPlays | undefined {
  if (video.Status !== 'Normal' || video.Streams.length === 0) return undefined;
  const since = Date.parse(accountSlice(env).playbackSince[video.VideoId] ?? video.CreationTime);
  if (dayStart + DAY_MS <= since) return undefined;
  const seed = `${video.VideoId}:${beijingDate(dayStart)}`;
  const vv = 3 + Math.floor(150 * unitHash(`vv:${seed}`) ** 2);
  const uv = Math.max(1, Math.round(vv / (1.3 + 2.5 * unitHash(`uv:${seed}`))));
  const minutes = videoSeconds(video) / 60;
  const completion = 0.3 + 0.6 * unitHash(`watch:${seed}`);
  const weights = RANGE_LOWER_MINUTES.map((lower, index) => (lower < minutes ? (RANGE_LOWER_MINUTES.length - index) * (0.2 + unitHash(`r${index}:${seed}`)) : 0));
  const weightSum = weights.reduce((a, b) => a + b, 0) || 1;
  const ranges = weights.map((weight) => Math.round((vv * weight) / weightSum));
  const uvSplit = split(uv, `uv:${seed}`);
  return {
    video,
    vv,
    uv,
    durationMs: Math.round(vv * minutes * 60_000 * completion),
    vvByPlatform: split(vv, `vv:${seed}`),
    uvByPlatform: uvSplit,
    ranges,
  };
}

/** Every playable video's plays on one day (ready days only). */
export function allPlaysOn(env: SandboxEnv, dayStart: number): DailyPlays[] {
  ensureDemoBackfill(env);
  if (!isDayReady(dayStart, env.clock.now())) return [];
  return Object.values(env.state.data.videos)
    .map((video) => playsOn(env, video, dayStart))
    .filter((plays): plays is DailyPlays => plays !== undefined);
}

/** `<=1m:74.3%;>1<=5m:22.8%` from session counts per bucket (empty buckets left out). */
export function playRange(ranges: number[]): string {
  const total = ranges.reduce((a, b) => a + b, 0);
  if (!total) return '';
  return ranges
    .map((count, index) => (count ? `${RANGE_LABELS[index]}:${((count * 100) / total).toFixed(1)}%` : ''))
    .filter(Boolean)
    .join(';');
}

export function sumRanges(plays: DailyPlays[]): number[] {
  return RANGE_LABELS.map((_, index) => plays.reduce((sum, item) => sum + (item.ranges[index] ?? 0), 0));
}
