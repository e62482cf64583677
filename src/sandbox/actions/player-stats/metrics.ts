import { unitHash } from '../account/time-series.js';
import type { PlayCell, WeightedCell } from './player-model.js';

/** The SDK models' metric names (DescribeVodPlayerCollectData / DescribeVodPlayerMetricData Metrics). */
export const QOS_METRICS = [
  'Vv', 'RealVv', 'FirstFrame', 'SecondPlayRate', 'SlowPlayRate', 'StuckCountRate', 'SeekDuration', 'StuckDuration100s',
  'StuckCount100s', 'PlayFailRate', 'SeedFailRate', 'AvgPlayBitrate', 'AvgStartBitrate', 'ErrorCount100s',
] as const;
export const QOE_METRICS = [
  'Uv', 'AvgPerVv', 'AvgVideoDuration', 'AvgPerPlayDuration', 'AvgPerCompletionVv', 'CompletionVv', 'CompletionRate', 'AvgPlayDuration', 'JumpRate5s',
] as const;
export const PLAYER_METRICS = [...QOS_METRICS, ...QOE_METRICS] as const;
export type PlayerMetric = (typeof PLAYER_METRICS)[number];

/** Per-user metrics: with any of them in Metrics, Filters do not take effect (SDK model of DescribeVodPlayerMetricData). */
export const PER_USER_METRICS: readonly PlayerMetric[] = ['Uv', 'AvgPerVv', 'AvgPerPlayDuration', 'AvgPerCompletionVv'];

/** Quality figures of one cell, drawn in these ranges; web players start slower. [min, max, web factor, decimals]. */
const QUALITY: Readonly<Record<string, readonly [number, number, number, number]>> = {
  FirstFrame: [150, 600, 1.6, 0],
  SecondPlayRate: [0.85, 0.98, 0.97, 4],
  SlowPlayRate: [0.005, 0.04, 1.3, 4],
  StuckCountRate: [0.01, 0.08, 1.2, 4],
  SeekDuration: [200, 900, 1.3, 0],
  StuckDuration100s: [50, 900, 1.2, 0],
  StuckCount100s: [0.05, 1.5, 1.2, 2],
  PlayFailRate: [0.002, 0.02, 1.2, 4],
  SeedFailRate: [0.005, 0.03, 1.2, 4],
  AvgPlayBitrate: [800_000, 3_000_000, 1, 0],
  AvgStartBitrate: [600_000, 2_000_000, 1, 0],
  ErrorCount100s: [0.01, 0.3, 1.2, 2],
  JumpRate5s: [0.02, 0.15, 1.1, 4],
};

export const QUALITY_METRICS: readonly string[] = Object.keys(QUALITY);

/** A quality figure within its range; rates stay at most 1. */
export function qualityClamp(metric: string, value: number): number {
  return metric.endsWith('Rate') ? Math.min(value, 1) : value;
}

const qualityCache = new WeakMap<PlayCell, Record<string, number>>();

/** The cell's quality figures, stable for the cell (video, day, terminal, OS). */
export function qualityOf(cell: PlayCell): Record<string, number> {
  let figures = qualityCache.get(cell);
  if (figures) return figures;
  figures = {};
  for (const [metric, [min, max, web]] of Object.entries(QUALITY)) {
    const value = min + (max - min) * unitHash(`${metric}:${cell.video.VideoId}:${cell.day}:${cell.terminal}:${cell.os}`);
    figures[metric] = cell.terminal === 'Web' ? qualityClamp(metric, value * web) : value;
  }
  qualityCache.set(cell, figures);
  return figures;
}

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;
const ratio = (a: number, b: number) => (b > 0 ? a / b : 0);

/** Sums of the additive counts of weighted cells, and the vv-weighted sums of the quality figures. */
export interface Totals {
  vv: number;
  uv: number;
  durationMs: number;
  completionVv: number;
  videoMs: number;
  quality: Record<string, number>;
}

export function totalsOf(cells: readonly WeightedCell[]): Totals {
  const totals: Totals = { vv: 0, uv: 0, durationMs: 0, completionVv: 0, videoMs: 0, quality: {} };
  for (const { cell, weight } of cells) {
    const vv = cell.vv * weight;
    totals.vv += vv;
    totals.uv += cell.uv * weight;
    totals.durationMs += cell.durationMs * weight;
    totals.completionVv += cell.completionVv * weight;
    totals.videoMs += cell.videoMs * vv;
    for (const [metric, value] of Object.entries(qualityOf(cell))) totals.quality[metric] = (totals.quality[metric] ?? 0) + value * vv;
  }
  return totals;
}

/** Scales the counts (a dimension's share of the plays); quality figures are averages and keep their value. */
export function scaled(totals: Totals, factor: number): Totals {
  const quality = Object.fromEntries(Object.entries(totals.quality).map(([metric, sum]) => [metric, sum * factor]));
  return { vv: totals.vv * factor, uv: totals.uv * factor, durationMs: totals.durationMs * factor, completionVv: totals.completionVv * factor, videoMs: totals.videoMs * factor, quality };
}

/** One metric's value from totals: counts whole, durations in ms, rates as decimals. */
export function metricValue(totals: Totals, metric: PlayerMetric, factor: (metric: string) => number = () => 1): number {
  const average = (name: string) => round(qualityClamp(name, ratio(totals.quality[name] ?? 0, totals.vv) * factor(name)), QUALITY[name]![3]);
  switch (metric) {
    case 'Vv':
      return Math.round(totals.vv);
    case 'RealVv':
      return Math.round(totals.vv - (totals.quality.SeedFailRate ?? 0) - (totals.quality.PlayFailRate ?? 0));
    case 'Uv':
      return Math.round(totals.uv);
    case 'AvgPerVv':
      return round(ratio(totals.vv, totals.uv), 2);
    case 'AvgVideoDuration':
      return Math.round(ratio(totals.videoMs, totals.vv));
    case 'AvgPerPlayDuration':
      return Math.round(ratio(totals.durationMs, totals.uv));
    case 'AvgPlayDuration':
      return Math.round(ratio(totals.durationMs, totals.vv));
    case 'CompletionVv':
      return Math.round(totals.completionVv);
    case 'CompletionRate':
      return round(ratio(totals.completionVv, totals.vv), 4);
    case 'AvgPerCompletionVv':
      return round(ratio(totals.completionVv, totals.uv), 2);
    default:
      return average(metric);
  }
}
