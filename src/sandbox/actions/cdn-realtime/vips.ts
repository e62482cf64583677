import type { ActionHandler } from '../../action-context.js';
import { cdnState, hashOf, requireDomain, type DomainRecord } from '../cdn/cdn-state.js';

/** The VIPs of a domain's edge nodes: 4-8 addresses from the documentation ranges, stable per domain. */
function vipsOf(domain: DomainRecord): { ip: string; healthy: boolean }[] {
  const count = 4 + (hashOf(`vips:${domain.DomainName}`) % 5);
  const seen = new Set<string>();
  const vips: { ip: string; healthy: boolean }[] = [];
  for (let k = 0; vips.length < count; k++) {
    const prefix = k % 2 === 0 ? '203.0.113' : '198.51.100';
    const ip = `${prefix}.${2 + (hashOf(`vip:${domain.DomainName}#${k}`) % 250)}`;
    if (seen.has(ip)) continue;
    seen.add(ip);
    // One node in five is unhealthy, never the first.
    vips.push({ ip, healthy: vips.length === 0 || hashOf(`health:${domain.DomainName}#${k}`) % 5 !== 0 });
  }
  return vips;
}

/** Available=on: the healthy VIPs only (none while the domain is offline); off or absent: all of them. */
export const describeVodUserVipsByDomain: ActionHandler = (context) => {
  const domain = requireDomain(context, cdnState(context), context.required('DomainName'));
  const available = context.oneOf('Available', ['on', 'off'] as const, 'off');
  const vips = vipsOf(domain).filter((vip) => available === 'off' || (vip.healthy && domain.DomainStatus !== 'offline'));
  return { DomainName: domain.DomainName, Vips: vips.map((vip) => vip.ip) };
};
