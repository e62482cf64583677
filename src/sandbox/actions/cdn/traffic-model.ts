import { hashOf, type DomainRecord } from './cdn-state.js';

export const BUCKET_MS = 300_000;

/** Deterministic bandwidth (bit/s) of one domain in the 5-minute bucket starting at `at`: a daily curve with jitter. */
export function bucketBps(domain: DomainRecord, at: number): number {
  if (at < Math.floor(domain.CreatedAt / BUCKET_MS) * BUCKET_MS) return 0;
  if (domain.DomainStatus === 'offline' && domain.StoppedAt !== undefined && at >= domain.StoppedAt) return 0;
  const base = 2_000_000 + (hashOf(domain.DomainName) % 8_000_000);
  const hourOfDay = (at / 3_600_000 + 8) % 24;
  const daily = 0.55 + 0.45 * Math.sin(((hourOfDay - 14) / 24) * 2 * Math.PI + Math.PI / 2);
  const jitter = 0.9 + (hashOf(`${domain.DomainName}@${at}`) % 200) / 1000;
  return Math.round(base * daily * jitter);
}

export interface Shares {
  https: number;
  overseas: number;
}

export function sharesOf(domain: DomainRecord): Shares {
  return {
    https: domain.SSLProtocol === 'on' ? 0.35 : 0,
    overseas: domain.Scope === 'overseas' ? 1 : domain.Scope === 'global' ? 0.25 : 0,
  };
}

/** The fraction of traffic an ISP or location filter keeps. */
export function filterFactor(isp: string | undefined, location: string | undefined): number {
  let factor = 1;
  if (isp !== undefined) factor *= 0.1 + (hashOf(`isp:${isp}`) % 30) / 100;
  if (location !== undefined) factor *= 0.05 + (hashOf(`loc:${location}`) % 20) / 100;
  return factor;
}
