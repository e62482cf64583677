import { hashOf, type CdnState, type DomainRecord } from './cdn-state.js';
import { bucketBps, sharesOf } from './traffic-model.js';

/**
 * What the edge serves from cache and what it fetches from the origin, derived from the traffic model
 * (traffic-model.ts): origin ("src") bandwidth is the edge bandwidth times the byte miss ratio, requests are the
 * edge bytes over the domain's mean response size. All figures are deterministic per domain and 5-minute bucket.
 */

/** A domain's cache is cold for its first hour: the hit ratio is halved. */
const WARM_UP_MS = 3_600_000;
/** After a directory refresh the purged tree is refetched from the origin: the hit ratio drops for 30 minutes. */
const REFRESH_DIP_MS = 1_800_000;
const REFRESH_DIP = 0.6;

/** When directory refreshes of a domain were submitted (ms), for the dips they cause. */
export function directoryRefreshTimes(state: CdnState, domain: DomainRecord): number[] {
  const name = domain.DomainName.toLowerCase();
  return Object.values(state.refreshTasks)
    .filter((task) => task.ObjectType === 'directory' && task.DomainName.toLowerCase() === name)
    .map((task) => task.CreatedAt);
}

/** Byte hit ratio (0-1) in the bucket at `at`: 86-96% by domain, +-2% jitter, lower while cold or after a directory refresh. */
export function byteHitRatio(domain: DomainRecord, at: number, refreshedAt: readonly number[] = []): number {
  let ratio = 0.86 + (hashOf(`hit:${domain.DomainName}`) % 100) / 1000 + ((hashOf(`hit:${domain.DomainName}@${at}`) % 41) - 20) / 1000;
  if (at - domain.CreatedAt < WARM_UP_MS) ratio *= 0.5;
  if (refreshedAt.some((time) => at >= Math.floor(time / 300_000) * 300_000 && at - time < REFRESH_DIP_MS)) ratio *= REFRESH_DIP;
  return Math.min(0.995, Math.max(0, ratio));
}

/** Request hit ratio: small objects (playlists, covers) hit more often than the bytes do, 2-5 points above. */
export function requestHitRatio(domain: DomainRecord, at: number, byteHit: number): number {
  return Math.min(0.998, byteHit + 0.02 + (hashOf(`req:${domain.DomainName}@${at}`) % 31) / 1000);
}

/** Mean response size of a domain, 0.4-2 MB (video segments). */
export function bytesPerRequest(domain: DomainRecord): number {
  return 400_000 + (hashOf(`size:${domain.DomainName}`) % 1_600_000);
}

/** Share of a domain's traffic over IPv6, 10-29%. */
export function ipv6Share(domain: DomainRecord): number {
  return 0.1 + (hashOf(`ipv6:${domain.DomainName}`) % 20) / 100;
}

/** Rates of one domain in one bucket (bit/s and requests/s); `factor` is the ISP/region filter's share. */
export interface Figures {
  bps: number;
  httpsBps: number;
  overseasBps: number;
  srcBps: number;
  httpsSrcBps: number;
  qps: number;
  httpsQps: number;
  overseasQps: number;
  httpsOverseasQps: number;
  hitQps: number;
  httpsHitQps: number;
}

export const NO_FIGURES: Figures = { bps: 0, httpsBps: 0, overseasBps: 0, srcBps: 0, httpsSrcBps: 0, qps: 0, httpsQps: 0, overseasQps: 0, httpsOverseasQps: 0, hitQps: 0, httpsHitQps: 0 };

export function bucketFigures(domain: DomainRecord, at: number, factor: number, refreshedAt: readonly number[]): Figures {
  const bps = bucketBps(domain, at) * factor;
  const shares = sharesOf(domain);
  const byteHit = byteHitRatio(domain, at, refreshedAt);
  const requestHit = requestHitRatio(domain, at, byteHit);
  const qps = bps / 8 / bytesPerRequest(domain);
  return {
    bps,
    httpsBps: bps * shares.https,
    overseasBps: bps * shares.overseas,
    srcBps: bps * (1 - byteHit),
    httpsSrcBps: bps * shares.https * (1 - byteHit),
    qps,
    httpsQps: qps * shares.https,
    overseasQps: qps * shares.overseas,
    httpsOverseasQps: qps * shares.https * shares.overseas,
    hitQps: qps * requestHit,
    httpsHitQps: qps * shares.https * requestHit,
  };
}

export function addFigures(sum: Figures, more: Figures): Figures {
  const result = { ...sum };
  for (const key of Object.keys(result) as (keyof Figures)[]) result[key] += more[key];
  return result;
}

export function scaleFigures(figures: Figures, by: number): Figures {
  const result = { ...figures };
  for (const key of Object.keys(result) as (keyof Figures)[]) result[key] *= by;
  return result;
}
