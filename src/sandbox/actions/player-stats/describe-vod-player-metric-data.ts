import type { ActionHandler } from '../../action-context.js';
import { isoSeconds } from '../../clock.js';
import { intervalStarts, unitHash } from '../account/time-series.js';
import { combinations, readFilters, type Combination } from './filters.js';
import { metricValue, PER_USER_METRICS, QUALITY_METRICS, scaled, totalsOf, type PlayerMetric, type Totals } from './metrics.js';
import { cellsIn, type PlayCell } from './player-model.js';
import { playerApp, playerCells, playerInterval, playerMetrics, playerWindow } from './player-query.js';

const MAX_PAGE_SIZE = 5000;

interface Bucket {
  readonly at: number;
  readonly totals: Totals;
}

/** The answer fields of one data point: the metrics asked for (StuckCount100s is text in the SDK model). */
function point(bucket: Bucket, metrics: readonly PlayerMetric[], combo: Combination | undefined, share: number): Record<string, unknown> {
  const totals = combo ? scaled(bucket.totals, share) : bucket.totals;
  // Quality differs a little between dimension values; the averages of the whole stay those of the unfiltered query.
  const factor = (metric: string) => (combo && QUALITY_METRICS.includes(metric) ? 0.9 + 0.2 * unitHash(`${combo.label}:${metric}:${bucket.at}`) : 1);
  const fields: Record<string, unknown> = { TimeStamp: isoSeconds(bucket.at) };
  if (combo) fields.Dimension = combo.label;
  for (const metric of metrics) {
    const value = metricValue(totals, metric, factor);
    fields[metric] = metric === 'StuckCount100s' ? String(value) : value;
  }
  if (metrics.includes('AvgPlayDuration') || metrics.includes('AvgPerPlayDuration')) fields.TotalPlayDuration = Math.round(totals.durationMs);
  return fields;
}

/**
 * A series per interval; with Filters (and no per-user metric, which Filters do not apply to) one series per
 * combination of the filtered values, labelled in Dimension; Top keeps the combinations with the most plays.
 */
export const describeVodPlayerMetricData: ActionHandler = (context) => {
  const appId = playerApp(context);
  const window = playerWindow(context);
  const intervalMs = playerInterval(context, window);
  const metrics = playerMetrics(context);
  const keep = playerCells(context);
  context.oneOf('Language', ['zh', 'en'] as const);
  const pageNumber = context.int('PageNumber', { min: 1, default: 1 })!;
  const pageSize = context.int('PageSize', { min: 1, max: MAX_PAGE_SIZE, default: MAX_PAGE_SIZE })!;
  const top = context.int('Top', { min: 1 });
  const filters = readFilters(context);
  const cache = new Map<string, PlayCell[]>();
  const buckets: Bucket[] = intervalStarts(window.from, window.to, intervalMs, window.now)
    .map((at) => {
      const range = { appId, from: Math.max(at, window.from), to: Math.min(at + intervalMs, window.to), now: window.now };
      return { at, totals: totalsOf(cellsIn(context, range, keep, cache)) };
    })
    .filter((bucket) => bucket.totals.vv > 0);
  const byDimension = filters.length > 0 && !metrics.some((metric) => PER_USER_METRICS.includes(metric));
  let combos: (Combination | undefined)[] = byDimension ? combinations(filters) : [undefined];
  if (byDimension && top !== undefined) {
    const plays = (combo: Combination) => buckets.reduce((sum, bucket) => sum + bucket.totals.vv * combo.share(context, bucket.at), 0);
    combos = (combos as Combination[])
      .map((combo) => [combo, plays(combo)] as const)
      .sort((a, b) => b[1] - a[1] || a[0].label.localeCompare(b[0].label))
      .slice(0, top)
      .map(([combo]) => combo);
  }
  const total = buckets.length * combos.length;
  const DataList: Record<string, unknown>[] = [];
  for (let index = (pageNumber - 1) * pageSize; index < Math.min(total, pageNumber * pageSize); index++) {
    const bucket = buckets[Math.floor(index / combos.length)]!;
    const combo = combos[index % combos.length];
    DataList.push(point(bucket, metrics, combo, combo ? combo.share(context, bucket.at) : 1));
  }
  const first = buckets[0];
  const last = buckets[buckets.length - 1];
  return {
    DataList,
    PageNumber: pageNumber,
    PageSize: pageSize,
    TotalCnt: total,
    Extend: {
      ...(first && last ? { ActualStartTime: isoSeconds(first.at), ActualEndTime: isoSeconds(last.at) } : {}),
      IntervalSeconds: intervalMs / 1000,
    },
  };
};
