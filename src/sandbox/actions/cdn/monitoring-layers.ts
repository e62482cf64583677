import type { ActionHandler } from '../../action-context.js';
import { isoSeconds } from '../../clock.js';
import { invalidParameter } from '../../errors.js';
import type { DomainRecord } from './cdn-state.js';
import { MAX_SERIES_DOMAINS } from './monitoring-origin.js';
import { intervalsOf, readDomains, readWindow } from './monitoring-window.js';
import { ipv6Share } from './origin-model.js';
import { bucketBps, filterFactor, sharesOf } from './traffic-model.js';

/** The metadata's layers: network (IPv4, IPv6), application (http, https, quic), or all (the default). */
export const LAYERS = ['all', 'IPv4', 'IPv6', 'http', 'https', 'quic'] as const;
type Layer = (typeof LAYERS)[number];

/** The share of a domain's traffic on a layer. The sandbox has no QUIC configuration, so quic carries nothing. */
function layerShare(domain: DomainRecord, layer: Layer): number {
  const https = sharesOf(domain).https;
  switch (layer) {
    case 'all':
      return 1;
    case 'IPv4':
      return 1 - ipv6Share(domain);
    case 'IPv6':
      return ipv6Share(domain);
    case 'http':
      return 1 - https;
    case 'https':
      return https;
    case 'quic':
      return 0;
  }
}

/** Bandwidth (bit/s) and traffic (bytes) per interval on one protocol layer; `all` equals DescribeVodDomainBpsData. */
export const describeVodDomainBpsDataByLayer: ActionHandler = (context) => {
  const domains = readDomains(context, MAX_SERIES_DOMAINS);
  const window = readWindow(context, 90);
  const raw = context.str('Layer') ?? 'all';
  const layer = LAYERS.find((name) => name.toLowerCase() === raw.toLowerCase());
  if (!layer) throw invalidParameter('Layer', `Allowed values: ${LAYERS.join(', ')}.`);
  const factor = filterFactor(context.str('IspNameEn'), context.str('LocationNameEn'));
  const shares = domains.map((domain) => layerShare(domain, layer));
  const points = intervalsOf(window, context.clock.now()).map(({ at, buckets }) => {
    let bps = 0;
    for (const bucket of buckets) domains.forEach((domain, index) => (bps += bucketBps(domain, bucket) * factor * shares[index]!));
    const mean = bps / buckets.length;
    return { TimeStamp: isoSeconds(at), Value: Math.round(mean), TrafficValue: Math.round((mean * window.interval) / 8) };
  });
  return { DataInterval: window.interval, BpsDataInterval: points };
};
