import { z } from 'zod';
import { domainName } from '../cdn-domains/cdn-schemas.js';
import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';

export const describeVodUserVipsByDomain = defineTool({
  action: 'DescribeVodUserVipsByDomain',
  title: 'Get CDN node IPs of a domain',
  toolset: 'cdn_monitoring',
  tier: 'read',
  tierReason: 'Reads the domain’s node addresses; changes nothing.',
  description: 'List the virtual IPs (VIPs) of the CDN nodes serving one accelerated domain, all of them or only the healthy ones.',
  input: z.strictObject({
    DomainName: domainName('One domain.'),
    Available: z.enum(['on', 'off']).optional().describe('on: healthy VIPs only; off: all VIPs.'),
  }),
  output: response({ DomainName: out.str(), Vips: out.list(z.string()) }),
});
