import type { ActionHandler, SandboxEnv } from '../../action-context.js';
import { isoSeconds } from '../../clock.js';
import { SandboxError } from '../../errors.js';
import { DAY_MS, HOUR_MS, intervalStarts, unitHash } from './time-series.js';
import { usageWindow } from './usage-window.js';

const MAX_DOMAINS = 100;
const FIVE_MINUTES_MS = 300_000;

/**
 * The account's accelerated domains (name -> status), read from the CDN family's table
 * (`slices.cdn.domains`, keyed by domain name). No table yet means no domain was ever added.
 */
function accountDomains(env: SandboxEnv): Map<string, string> {
  const cdn = env.state.data.slices.cdn as { domains?: Record<string, { DomainStatus?: unknown }> } | undefined;
  const domains = new Map<string, string>();
  for (const [name, record] of Object.entries(cdn?.domains ?? {})) domains.set(name.toLowerCase(), String(record.DomainStatus ?? 'online'));
  return domains;
}

/** 1 day or less: 5-minute points; up to 4 days: hourly; beyond: daily. */
function domainInterval(span: number): number {
  if (span <= DAY_MS) return FIVE_MINUTES_MS;
  return span <= 4 * DAY_MS ? HOUR_MS : DAY_MS;
}

/** Playback load follows the day: low at night, peaking in the evening (Beijing time). */
function diurnal(at: number): number {
  const hour = (new Date(at).getUTCHours() + 8) % 24;
  return 0.35 + 0.65 * Math.max(0, Math.sin(((hour - 6) / 24) * 2 * Math.PI));
}

export const describeVodDomainUsageData: ActionHandler = (context) => {
  // Interval (newer metadata): 300 reaches six months back and spans at most 3 days; 3600 and 86400 a year.
  const requestedInterval = context.oneOf('Interval', ['300', '3600', '86400'] as const);
  const window = usageWindow(context, requestedInterval === '300' ? { maxDays: 3, historyDays: 183 } : { maxDays: 93, historyDays: 366 });
  const field = context.str('Field');
  if (field !== 'bps' && field !== 'traf') throw new SandboxError('InvalidParameterField', 'Invalid Parameter Field.', 400);
  const area = context.str('Area') ?? 'CN';
  if (area !== 'CN' && area !== 'OverSeas') throw new SandboxError('InvalidParameterArea', 'Invalid Parameter Area.', 400);
  const type = context.str('Type') ?? 'static';
  if (!['static', 'dynamic', 'all'].includes(type)) throw new SandboxError('InvalidParameter', 'Invalid Parameter.', 400);
  const requested = context.list('DomainName', { max: MAX_DOMAINS }).map((domain) => domain.toLowerCase());
  const known = accountDomains(context);
  for (const domain of requested) {
    const status = known.get(domain);
    if (status === undefined) throw new SandboxError('InvalidDomain.NotFound', 'The domain provided does not belong to you.', 404);
    if (status === 'offline') throw new SandboxError('InvalidDomain.Offline', 'The domain provided is offline.', 404);
  }
  const domains = requested.length ? requested : [...known.keys()];
  const intervalMs = requestedInterval ? Number(requestedInterval) * 1000 : domainInterval(window.end - window.start);
  // Playable videos drive the traffic: each contributes while it exists.
  const playable = Object.values(context.state.data.videos)
    .filter((video) => video.Streams.length > 0 && video.Status === 'Normal')
    .map((video) => Date.parse(video.Streams[0]?.CreationTime ?? video.CreationTime));
  const areaShare = area === 'CN' ? 0.9 : 0.1;
  const typeShare = type === 'dynamic' ? 0 : 1;
  const points = intervalStarts(window.start, window.end, intervalMs, window.now).map((at) => {
    const videos = playable.filter((since) => since <= at + intervalMs).length;
    const weights = domains.map((domain) => 0.5 + unitHash(`${domain}:${at}`));
    const bps = weights.reduce((sum, weight) => sum + videos * 150_000 * weight, 0) * diurnal(at) * areaShare * typeShare;
    const value = field === 'bps' ? bps : (bps * intervalMs) / 1000 / 8;
    return { TimeStamp: isoSeconds(at), Value: String(Math.round(value * 1000) / 1000) };
  });
  return {
    DomainName: requested.join(','),
    StartTime: isoSeconds(window.start),
    EndTime: isoSeconds(window.end),
    Type: type,
    Area: area,
    DataInterval: String(intervalMs / 1000),
    UsageDataPerInterval: points,
  };
};
