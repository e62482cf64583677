import { readFileSync } from 'node:fs';

/**
 * Whether this machine says it is an ECS instance (DMI, as cloud-init detects it), so a laptop or CI box never
 * sends a packet to 100.100.100.200. Containers on ECS (ACK) see the host's DMI too.
 */
export function looksLikeEcs(readDmi: (name: string) => string | undefined = readDmiFile): boolean {
  return ['product_name', 'sys_vendor'].some((name) => readDmi(name)?.includes('Alibaba Cloud') ?? false);
}

function readDmiFile(name: string): string | undefined {
  try {
    return readFileSync(`/sys/class/dmi/id/${name}`, 'utf8');
  } catch {
    return undefined;
  }
}
