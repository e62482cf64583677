import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { response } from '../schema-helpers.js';
import { domainName } from './cdn-schemas.js';

/** One origin (spec Sources table). Key order follows the manual's example. */
export const originSource = z.strictObject({
  content: z.string().min(1).describe('Origin IP or host.'),
  type: z.enum(['ipaddr', 'domain', 'oss']).describe('Origin type.'),
  priority: z.enum(['20', '30']).optional().describe('20 primary (default), 30 backup.'),
  port: z.number().int().min(1).max(65535).optional().describe('Default 80; 443 = HTTPS to origin.'),
  weight: z.string().regex(/^(100|[1-9]?\d)$/).optional().describe('Origin weight 0-100.'),
});

export const addVodDomain = defineTool({
  action: 'AddVodDomain',
  title: 'Add CDN domain',
  toolset: 'cdn_domains',
  tier: 'write',
  tierReason: 'Adds an accelerated domain; it can be stopped or deleted later.',
  description:
    'Add one accelerated (ICP-filed) domain with its origins; at most 20 per account. It is configuring for a while, then online: ' +
    'point DNS at the Cname from describe_vod_domain_detail.',
  input: z.strictObject({
    DomainName: domainName('Domain to accelerate; wildcard as .example.com.'),
    Sources: z.array(originSource).min(1).describe('Origins.'),
    CheckUrl: z.string().min(1).optional().describe('Health check URL.'),
    Scope: z.enum(['domestic', 'overseas', 'global']).optional().describe('Acceleration region.'),
    TopLevelDomain: domainName('Top-level access domain.').optional(),
  }),
  output: response({}),
});
