import type { ActionHandler } from '../../action-context.js';
import { figureSeries, percent, whole, windowFields } from './figure-series.js';
import { readDomains, readWindow } from './monitoring-window.js';

/** The newer actions take up to 500 domains (their metadata), merged. */
export const MAX_SERIES_DOMAINS = 500;

/** Origin bandwidth (bit/s): the edge bandwidth of DescribeVodDomainBpsData times the byte miss ratio. Up to 366 days. */
export const describeVodDomainSrcBpsData: ActionHandler = (context) => {
  const domains = readDomains(context, MAX_SERIES_DOMAINS);
  const window = readWindow(context, 366);
  const points = figureSeries(context, domains, window);
  return {
    ...windowFields(domains, window),
    SrcBpsDataPerInterval: points.map((point) => ({ TimeStamp: point.TimeStamp, Value: whole(point.srcBps), HttpsValue: whole(point.httpsSrcBps) })),
  };
};

/** Origin traffic (bytes) per interval and in total: the origin bandwidth times the interval. Up to 366 days. */
export const describeVodDomainSrcTrafficData: ActionHandler = (context) => {
  const domains = readDomains(context, MAX_SERIES_DOMAINS);
  const window = readWindow(context, 366);
  const bytes = (bps: number) => Math.round((bps * window.interval) / 8);
  const points = figureSeries(context, domains, window).map((point) => ({ TimeStamp: point.TimeStamp, value: bytes(point.srcBps), https: bytes(point.httpsSrcBps) }));
  return {
    ...windowFields(domains, window),
    SrcTrafficDataPerInterval: points.map((point) => ({ TimeStamp: point.TimeStamp, Value: String(point.value), HttpsValue: String(point.https) })),
    TotalTraffic: String(points.reduce((sum, point) => sum + point.value, 0)),
  };
};

/** Byte hit ratio in percent: the share of edge bytes not fetched from the origin. Up to 90 days. */
export const describeVodDomainHitRateData: ActionHandler = (context) => {
  const domains = readDomains(context, MAX_SERIES_DOMAINS);
  const window = readWindow(context, 90);
  return {
    ...windowFields(domains, window),
    HitRateInterval: figureSeries(context, domains, window).map((point) => ({
      TimeStamp: point.TimeStamp,
      Value: percent(point.bps - point.srcBps, point.bps),
      HttpsValue: percent(point.httpsBps - point.httpsSrcBps, point.httpsBps),
    })),
  };
};

/** Request hit ratio in percent: the share of requests answered from cache. Up to 90 days. */
export const describeVodDomainReqHitRateData: ActionHandler = (context) => {
  const domains = readDomains(context, MAX_SERIES_DOMAINS);
  const window = readWindow(context, 90);
  return {
    ...windowFields(domains, window),
    Data: figureSeries(context, domains, window).map((point) => ({
      TimeStamp: point.TimeStamp,
      Value: percent(point.hitQps, point.qps),
      HttpsValue: percent(point.httpsHitQps, point.httpsQps),
    })),
  };
};
