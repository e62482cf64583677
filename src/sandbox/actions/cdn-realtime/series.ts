import type { ActionContext, ActionHandler } from '../../action-context.js';
import { isoSeconds } from '../../clock.js';
import { filterFactor } from '../cdn/traffic-model.js';
import { figures, sampleOf, type Sample } from './realtime-model.js';
import { pointsOf, readDomains, readSeriesWindow, type Window } from './realtime-window.js';

interface Series {
  domainName: string;
  window: Window;
  points: { TimeStamp: string; sample: Sample }[];
}

/** The merged series of the named domains (at most `maxDomains`), optionally filtered by ISP and region. */
function series(context: ActionContext, maxDomains: number, filters: boolean): Series {
  const domains = readDomains(context, maxDomains);
  const window = readSeriesWindow(context);
  const factor = filters ? filterFactor(context.str('IspNameEn'), context.str('LocationNameEn')) : 1;
  const step = window.interval * 1000;
  const points = pointsOf(window, context.clock.now()).map((at) => ({ TimeStamp: isoSeconds(at), sample: sampleOf(domains, at, at + step, factor) }));
  return { domainName: domains.map((domain) => domain.DomainName).join(','), window, points };
}

/** The window fields the traffic and status-code answers carry. */
const windowFields = (result: Series) => ({
  DomainName: result.domainName,
  StartTime: isoSeconds(result.window.start),
  EndTime: isoSeconds(result.window.end),
  DataInterval: String(result.window.interval),
});

export const describeVodDomainRealTimeBpsData: ActionHandler = (context) => {
  const { window, points } = series(context, 500, true);
  return { Data: points.map(({ TimeStamp, sample }) => ({ TimeStamp, Bps: figures.bps(sample, window.interval) })) };
};

export const describeVodDomainRealTimeQpsData: ActionHandler = (context) => {
  const { window, points } = series(context, 500, true);
  return { Data: points.map(({ TimeStamp, sample }) => ({ TimeStamp, Qps: figures.qps(sample, window.interval) })) };
};

export const describeVodDomainRealTimeByteHitRateData: ActionHandler = (context) => {
  const { points } = series(context, 100, false);
  return { Data: points.map(({ TimeStamp, sample }) => ({ TimeStamp, ByteHitRate: figures.byteHitRate(sample) })) };
};

export const describeVodDomainRealTimeReqHitRateData: ActionHandler = (context) => {
  const { points } = series(context, 100, false);
  return { Data: points.map(({ TimeStamp, sample }) => ({ TimeStamp, ReqHitRate: figures.reqHitRate(sample) })) };
};

export const describeVodDomainRealTimeTrafficData: ActionHandler = (context) => {
  const result = series(context, 500, true);
  return {
    ...windowFields(result),
    RealTimeTrafficDataPerInterval: result.points.map(({ TimeStamp, sample }) => ({ TimeStamp, Value: String(figures.bytes(sample)) })),
  };
};

export const describeVodDomainRealTimeHttpCodeData: ActionHandler = (context) => {
  const result = series(context, 100, true);
  return {
    ...windowFields(result),
    RealTimeHttpCodeData: result.points.map(({ TimeStamp, sample }) => {
      const counts = figures.codeCounts(sample);
      const total = counts.reduce((sum, [, count]) => sum + count, 0);
      return { TimeStamp, Value: counts.map(([Code, count]) => ({ Code, Count: String(count), Proportion: String((count / total) * 100) })) };
    }),
  };
};
