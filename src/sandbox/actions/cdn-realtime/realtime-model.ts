import { hashOf, type DomainRecord } from '../cdn/cdn-state.js';
import { BUCKET_MS, bucketBps } from '../cdn/traffic-model.js';

export const MINUTE_MS = 60_000;

/** The HTTP status codes the model answers with. */
export const HTTP_CODES = ['200', '206', '304', '403', '404', '500'] as const;

/**
 * What the CDN served in a stretch of time: bytes and requests, the cached part of each, requests per status code.
 * Floats; rounded only when answered, so sums over intervals agree across the actions.
 */
export interface Sample {
  bytes: number;
  requests: number;
  hitBytes: number;
  hitRequests: number;
  codes: Record<string, number>;
}

export const emptySample = (): Sample => ({ bytes: 0, requests: 0, hitBytes: 0, hitRequests: 0, codes: Object.fromEntries(HTTP_CODES.map((code) => [code, 0])) });

/** Average response size of a domain (64-320 KB, video segments), which turns bytes into requests. */
function responseBytes(domain: DomainRecord): number {
  return 65_536 + (hashOf(`size:${domain.DomainName}`) % 262_144);
}

/** The 5 minutes of a bucket carry weights averaging exactly 1, so minute data averages back to the bucket's bandwidth. */
function minuteWeight(domain: DomainRecord, minute: number): number {
  const bucket = Math.floor(minute / BUCKET_MS) * BUCKET_MS;
  const raw = (at: number) => 0.85 + (hashOf(`${domain.DomainName}#${at}`) % 300) / 1000;
  let sum = 0;
  for (let at = bucket; at < bucket + BUCKET_MS; at += MINUTE_MS) sum += raw(at);
  return (raw(minute) * (BUCKET_MS / MINUTE_MS)) / sum;
}

/** Byte and request hit ratios and status-code shares of one domain in one bucket (constant within the bucket). */
function bucketProfile(domain: DomainRecord, bucket: number) {
  const h = hashOf(`profile:${domain.DomainName}@${bucket}`);
  const byteHit = 0.86 + (h % 120) / 1000;
  const reqHit = byteHit - 0.03 - ((h >>> 7) % 60) / 1000;
  const shares: Record<string, number> = {
    '206': 0.04 + ((h >>> 3) % 40) / 1000,
    '304': 0.01 + ((h >>> 9) % 30) / 1000,
    '403': ((h >>> 15) % 4) / 1000,
    '404': 0.002 + ((h >>> 18) % 15) / 1000,
    '500': ((h >>> 23) % 3) / 1000,
  };
  shares['200'] = 1 - Object.values(shares).reduce((sum, share) => sum + share, 0);
  return { byteHit, reqHit, shares };
}

function add(sample: Sample, domain: DomainRecord, bucket: number, bytes: number): void {
  if (bytes <= 0) return;
  const requests = bytes / responseBytes(domain);
  const profile = bucketProfile(domain, bucket);
  sample.bytes += bytes;
  sample.requests += requests;
  sample.hitBytes += bytes * profile.byteHit;
  sample.hitRequests += requests * profile.reqHit;
  for (const code of HTTP_CODES) sample.codes[code]! += requests * profile.shares[code]!;
}

/**
 * What `domains` served in [from, to) (minute-aligned), scaled by `factor` (an ISP/region filter). Whole 5-minute
 * buckets come straight from the traffic model's bandwidth (bps x 300 s / 8); partial ones minute by minute.
 */
export function sampleOf(domains: readonly DomainRecord[], from: number, to: number, factor = 1): Sample {
  const sample = emptySample();
  for (const domain of domains) {
    for (let bucket = Math.floor(from / BUCKET_MS) * BUCKET_MS; bucket < to; bucket += BUCKET_MS) {
      const bps = bucketBps(domain, bucket) * factor;
      if (bps === 0) continue;
      if (bucket >= from && bucket + BUCKET_MS <= to) {
        add(sample, domain, bucket, (bps * BUCKET_MS) / 8000);
        continue;
      }
      for (let minute = Math.max(bucket, from); minute < Math.min(bucket + BUCKET_MS, to); minute += MINUTE_MS) {
        add(sample, domain, bucket, (bps * minuteWeight(domain, minute) * MINUTE_MS) / 8000);
      }
    }
  }
  return sample;
}

/** The sample times `share` (a region/ISP cell's part of the whole). */
export function scaled(sample: Sample, share: number): Sample {
  return {
    bytes: sample.bytes * share,
    requests: sample.requests * share,
    hitBytes: sample.hitBytes * share,
    hitRequests: sample.hitRequests * share,
    codes: Object.fromEntries(Object.entries(sample.codes).map(([code, count]) => [code, count * share])),
  };
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/** The figures the actions answer, per interval of `seconds`. */
export const figures = {
  bps: (sample: Sample, seconds: number) => Math.round((sample.bytes * 8) / seconds),
  bytes: (sample: Sample) => Math.round(sample.bytes),
  qps: (sample: Sample, seconds: number) => round(sample.requests / seconds, 3),
  byteHitRate: (sample: Sample) => (sample.bytes > 0 ? round(sample.hitBytes / sample.bytes, 4) : 0),
  reqHitRate: (sample: Sample) => (sample.requests > 0 ? round(sample.hitRequests / sample.requests, 4) : 0),
  /** Requests per status code, whole numbers; codes with none left out. */
  codeCounts: (sample: Sample): [string, number][] =>
    HTTP_CODES.map((code) => [code, Math.round(sample.codes[code]!)] as [string, number]).filter(([, count]) => count > 0),
};
