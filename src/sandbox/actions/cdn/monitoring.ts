import type { ActionContext, ActionHandler } from '../../action-context.js';
import { isoSeconds } from '../../clock.js';
import { cdnError, type DomainRecord } from './cdn-state.js';
import { readDomains, readWindow, type Window } from './monitoring-window.js';
import { BUCKET_MS, bucketBps, filterFactor, sharesOf } from './traffic-model.js';

interface Point {
  TimeStamp: string;
  bps: number;
  httpsBps: number;
  overseasBps: number;
}

/** Average bandwidth per interval, from 5-minute buckets, up to now. */
function series(domains: DomainRecord[], window: Window, now: number, factor: number): Point[] {
  const step = window.interval * 1000;
  const points: Point[] = [];
  for (let at = Math.floor(window.start / step) * step; at < window.end && at < now; at += step) {
    let bps = 0;
    let httpsBps = 0;
    let overseasBps = 0;
    let buckets = 0;
    for (let bucket = at; bucket < at + step; bucket += BUCKET_MS, buckets++) {
      for (const domain of domains) {
        const value = bucketBps(domain, bucket) * factor;
        const shares = sharesOf(domain);
        bps += value;
        httpsBps += value * shares.https;
        overseasBps += value * shares.overseas;
      }
    }
    points.push({ TimeStamp: isoSeconds(at), bps: bps / buckets, httpsBps: httpsBps / buckets, overseasBps: overseasBps / buckets });
  }
  return points;
}

function common(context: ActionContext) {
  const domains = readDomains(context);
  const window = readWindow(context);
  const isp = context.str('IspNameEn');
  const location = context.str('LocationNameEn');
  const points = series(domains, window, context.clock.now(), filterFactor(isp, location));
  return { domains, window, isp, location, points, filtered: isp !== undefined || location !== undefined };
}

export const describeVodDomainBpsData: ActionHandler = (context) => {
  const { domains, window, isp, location, points, filtered } = common(context);
  const text = (value: number) => String(Math.round(value));
  return {
    BpsDataPerInterval: points.map((point) => ({
        TimeStamp: point.TimeStamp,
        Value: text(point.bps),
        DomesticValue: filtered ? '' : text(point.bps - point.overseasBps),
        OverseasValue: filtered ? '' : text(point.overseasBps),
        HttpsValue: text(point.httpsBps),
        HttpsDomesticValue: filtered ? '' : text(point.httpsBps * (1 - point.overseasBps / (point.bps || 1))),
        HttpsOverseasValue: filtered ? '' : text(point.httpsBps * (point.overseasBps / (point.bps || 1))),
      })),
    DomainName: domains.map((domain) => domain.DomainName).join(','),
    DataInterval: String(window.interval),
    StartTime: isoSeconds(window.start),
    EndTime: isoSeconds(window.end),
    ...(isp !== undefined ? { IspNameEn: isp } : {}),
    ...(location !== undefined ? { LocationNameEn: location } : {}),
  };
};

export const describeVodDomainTrafficData: ActionHandler = (context) => {
  const { domains, window, points } = common(context);
  const offline = domains.find((domain) => domain.DomainStatus === 'offline' && context.str('DomainName'));
  if (offline) throw cdnError(context.action, 'InvalidDomain.Offline');
  const bytes = (bps: number) => Math.round((bps * window.interval) / 8);
  const modules = points.map((point) => {
    const value = bytes(point.bps);
    const https = bytes(point.httpsBps);
    const overseas = bytes(point.overseasBps);
    const httpsOverseas = Math.round(https * (overseas / (value || 1)));
    return { OverseasValue: overseas, HttpsValue: https, Value: value, HttpsDomesticValue: https - httpsOverseas, HttpsOverseasValue: httpsOverseas, TimeStamp: point.TimeStamp, DomesticValue: value - overseas };
  });
  // The models type every value as a string, as BpsData has it.
  const text = (module: (typeof modules)[number]) => ({
    OverseasValue: String(module.OverseasValue),
    HttpsValue: String(module.HttpsValue),
    Value: String(module.Value),
    HttpsDomesticValue: String(module.HttpsDomesticValue),
    HttpsOverseasValue: String(module.HttpsOverseasValue),
    TimeStamp: module.TimeStamp,
    DomesticValue: String(module.DomesticValue),
  });
  return {
    EndTime: isoSeconds(window.end),
    TrafficDataPerInterval: modules.map(text),
    DomainName: domains.map((domain) => domain.DomainName).join(','),
    DataInterval: String(window.interval),
    StartTime: isoSeconds(window.start),
    TotalTraffic: String(modules.reduce((sum, module) => sum + module.Value, 0)),
  };
};
