import { VodApiError } from '../../client/index.js';
import type { Preview, ToolContext } from '../define-tool.js';

/** Name, status, CNAME and origins of each domain, read with DescribeVodDomainDetail. */
export async function domainPreview(verb: string, domainNames: readonly string[], context: ToolContext): Promise<Preview> {
  const items: Record<string, unknown>[] = [];
  for (const DomainName of domainNames) {
    try {
      const answer = await context.api.call('DescribeVodDomainDetail', { DomainName }, { idempotent: true, signal: context.signal });
      const detail = (answer.DomainDetail ?? {}) as Record<string, unknown>;
      items.push({ DomainName, DomainStatus: detail.DomainStatus, Cname: detail.Cname, SSLProtocol: detail.SSLProtocol, Sources: detail.Sources });
    } catch (error) {
      if (!(error instanceof VodApiError)) throw error;
      items.push({ DomainName, Error: error.code });
    }
  }
  const online = items.filter((item) => item.DomainStatus === 'online').length;
  return { summary: `${verb} ${items.length} domain(s), ${online} of them online and serving now.`, items };
}
