import type { ActionContext, ActionHandler } from '../../action-context.js';
import { isoSeconds } from '../../clock.js';
import { SandboxError } from '../../errors.js';
import { parseTime } from './time-params.js';
import { cdnError, cdnState, requireDomain, type DomainRecord } from './cdn-state.js';
import { BUCKET_MS, bucketBps, filterFactor, sharesOf } from './traffic-model.js';

const DAY_MS = 86_400_000;

interface Window {
  start: number;
  end: number;
  interval: number;
}

/** StartTime/EndTime (both or neither; default the last 24 hours, at most 90 days) and the Interval the span allows. */
function readWindow(context: ActionContext): Window {
  const startRaw = parseTime(context, 'StartTime');
  const endRaw = parseTime(context, 'EndTime');
  if ((startRaw === undefined) !== (endRaw === undefined)) throw new SandboxError('MissingParameter', 'StartTime and EndTime can not be single.', 400);
  const end = endRaw ?? Math.floor(context.clock.now() / BUCKET_MS) * BUCKET_MS;
  const start = startRaw ?? end - DAY_MS;
  if (end < start) throw cdnError(context.action, 'InvalidEndTime.Mismatch');
  if (end - start > 90 * DAY_MS) throw cdnError(context.action, 'InvalidStartTime.ValueNotSupported');
  const span = end - start;
  const allowed = span < 3 * DAY_MS ? [300, 3600, 86400] : span < 31 * DAY_MS ? [3600, 86400] : [86400];
  const asked = Number(context.str('Interval'));
  return { start, end, interval: allowed.includes(asked) ? asked : allowed[0]! };
}

function readDomains(context: ActionContext): DomainRecord[] {
  const state = cdnState(context);
  const names = context.list('DomainName', { max: 100 });
  return names.length ? names.map((name) => requireDomain(context, state, name)) : Object.values(state.domains);
}

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
