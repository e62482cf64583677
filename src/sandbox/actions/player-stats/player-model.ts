import type { SandboxEnv } from '../../action-context.js';
import type { VideoRecord } from '../../state/records.js';
import { ensureDemoBackfill } from '../account/demo-backfill.js';
import { playsOn, videoSeconds } from '../account/playback-model.js';
import { alignDown, DAY_MS, HOUR_MS, unitHash } from '../account/time-series.js';

/**
 * What the player SDK reports, built on the account family's daily play model (playback-model.ts): a video's plays
 * on a Beijing day split by terminal and OS. Native plays are the model's Android and iOS plays, web plays its
 * HTML5 and Flash plays, so summed over all cells the counts are exactly those of DescribePlayUserTotal and
 * DescribePlayTopVideos for the same day.
 */
export type Terminal = 'Native' | 'Web';
export const NATIVE_OS = ['Android', 'iOS'] as const;
export const WEB_OS = ['Windows', 'MacOS', 'Linux', 'Android', 'iOS', 'Harmony'] as const;
export const PLAYER_OS = ['Android', 'iOS', 'Harmony', 'Windows', 'MacOS', 'Linux'] as const;
export type PlayerOs = (typeof PLAYER_OS)[number];
const WEB_OS_WEIGHTS = [0.45, 0.2, 0.05, 0.15, 0.12, 0.03];

export interface PlayCell {
  readonly video: VideoRecord;
  readonly day: number;
  readonly terminal: Terminal;
  readonly os: PlayerOs;
  readonly vv: number;
  readonly uv: number;
  readonly durationMs: number;
  /** Plays watched to the end (fractional: a share of vv). */
  readonly completionVv: number;
  readonly videoMs: number;
}

/** `total` split by `weights` into whole numbers that add up to it (largest remainder). */
export function splitInteger(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0) || 1;
  const exact = weights.map((weight) => (total * weight) / sum);
  const parts = exact.map(Math.floor);
  const order = exact.map((value, index) => [value - parts[index]!, index] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let left = total - parts.reduce((a, b) => a + b, 0), i = 0; left > 0; left--, i++) parts[order[i % order.length]![1]]! += 1;
  return parts;
}

/** A video's cells on the Beijing day starting at `day` (every cell of the day, whether the day is over or not). */
export function cellsOn(env: SandboxEnv, video: VideoRecord, day: number): PlayCell[] {
  const plays = playsOn(env, video, day);
  if (!plays) return [];
  const videoMs = videoSeconds(video) * 1000;
  const watched = plays.vv ? Math.min(1, plays.durationMs / (plays.vv * videoMs)) : 0;
  const completion = watched * watched;
  const seed = `${video.VideoId}:${day}`;
  const webWeights = WEB_OS_WEIGHTS.map((weight, index) => weight * (0.6 + 0.8 * unitHash(`os${index}:${seed}`)));
  const webVv = splitInteger(plays.vvByPlatform.HTML5 + plays.vvByPlatform.Flash, webWeights);
  const webUv = splitInteger(plays.uvByPlatform.HTML5 + plays.uvByPlatform.Flash, webWeights);
  const rows: [Terminal, PlayerOs, number, number][] = [
    ['Native', 'Android', plays.vvByPlatform.Android, plays.uvByPlatform.Android],
    ['Native', 'iOS', plays.vvByPlatform.iOS, plays.uvByPlatform.iOS],
    ...WEB_OS.map((os, index): [Terminal, PlayerOs, number, number] => ['Web', os, webVv[index]!, webUv[index]!]),
  ];
  return rows
    .filter(([, , vv]) => vv > 0)
    .map(([terminal, os, vv, uv]) => ({
      video,
      day,
      terminal,
      os,
      vv,
      uv,
      durationMs: plays.vv ? (plays.durationMs * vv) / plays.vv : 0,
      completionVv: vv * completion,
      videoMs,
    }));
}

/** Plays per Beijing hour, evening peak (share of a day's plays). */
const HOURLY = [0.6, 0.4, 0.3, 0.2, 0.2, 0.3, 0.5, 0.8, 1, 1.1, 1.1, 1.2, 1.3, 1.2, 1.1, 1.1, 1.2, 1.3, 1.5, 1.8, 2, 2.1, 1.8, 1.1];
const HOURLY_SUM = HOURLY.reduce((a, b) => a + b, 0);

/** The share of the day's plays (day starting at `day`) that fall in [from, to). */
export function dayShare(day: number, from: number, to: number): number {
  const start = Math.max(from, day);
  const end = Math.min(to, day + DAY_MS);
  let sum = 0;
  for (let hour = Math.floor((start - day) / HOUR_MS); hour < 24 && day + hour * HOUR_MS < end; hour++) {
    const hourStart = day + hour * HOUR_MS;
    const overlap = Math.min(end, hourStart + HOUR_MS) - Math.max(start, hourStart);
    if (overlap > 0) sum += (HOURLY[hour]! * overlap) / HOUR_MS;
  }
  return sum / HOURLY_SUM;
}

/** A cell counted with a weight (its share of the time range, times any dimension share). */
export interface WeightedCell {
  readonly cell: PlayCell;
  readonly weight: number;
}

/**
 * The cells of an app's videos in [from, to), cut at `now`, each weighted by the share of its day in the range.
 * `keep` selects terminals and OS. Cells of one (video, day) are computed once per `cache`.
 */
export function cellsIn(
  env: SandboxEnv,
  range: { appId: string; from: number; to: number; now: number },
  keep: (cell: PlayCell) => boolean,
  cache: Map<string, PlayCell[]> = new Map(),
): WeightedCell[] {
  ensureDemoBackfill(env);
  const to = Math.min(range.to, range.now);
  const videos = Object.values(env.state.data.videos).filter((video) => video.AppId === range.appId);
  const out: WeightedCell[] = [];
  for (let day = alignDown(range.from, DAY_MS); day < to; day += DAY_MS) {
    const share = dayShare(day, range.from, to);
    if (share <= 0) continue;
    for (const video of videos) {
      const key = `${video.VideoId}:${day}`;
      let cells = cache.get(key);
      if (!cells) cache.set(key, (cells = cellsOn(env, video, day)));
      for (const cell of cells) if (keep(cell)) out.push({ cell, weight: share });
    }
  }
  return out;
}
