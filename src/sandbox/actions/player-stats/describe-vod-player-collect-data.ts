import type { ActionContext, ActionHandler } from '../../action-context.js';
import { invalidParameter } from '../../errors.js';
import { DAY_MS } from '../account/time-series.js';
import { metricValue, totalsOf } from './metrics.js';
import { cellsIn, type PlayCell } from './player-model.js';
import { playerApp, playerCells, playerInterval, playerMetrics, playerWindow } from './player-query.js';

/** Period: `Nd`, 1-365 days back for the period-over-period comparison. */
function readPeriod(context: ActionContext): number | undefined {
  const raw = context.str('Period');
  if (raw === undefined) return undefined;
  const match = /^(\d{1,3})d$/.exec(raw);
  const days = match ? Number(match[1]) : 0;
  if (days < 1 || days > 365) throw invalidParameter('Period', 'Give days as Nd, 1d-365d.');
  return days * DAY_MS;
}

/** One figure per metric over the whole window; with Period, the same figure that many days earlier and the change. */
export const describeVodPlayerCollectData: ActionHandler = (context) => {
  const appId = playerApp(context);
  const window = playerWindow(context);
  playerInterval(context, window);
  const metrics = playerMetrics(context);
  const keep = playerCells(context);
  const period = readPeriod(context);
  const cache = new Map<string, PlayCell[]>();
  const current = totalsOf(cellsIn(context, { appId, ...window }, keep, cache));
  const refer = period === undefined ? undefined : totalsOf(cellsIn(context, { appId, from: window.from - period, to: window.to - period, now: window.now }, keep, cache));
  return {
    DataList: metrics.map((metric) => {
      const value = metricValue(current, metric);
      if (!refer) return { Metric: metric, Value: value };
      const referValue = metricValue(refer, metric);
      const ratio = referValue ? Math.round(((value - referValue) / referValue) * 10_000) / 10_000 : 0;
      return { Metric: metric, Value: value, ValueRatio: ratio, ValueRefer: referValue };
    }),
  };
};
