import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, pageNo, pageSize, response } from '../schema-helpers.js';
import { sourcesOutput } from './domain-output.js';
import { repeatList } from '../wire-format.js';

export const DOMAIN_STATUSES = ['online', 'offline', 'configuring', 'configure_failed', 'checking', 'check_failed'] as const;

const domainItem = out.obj({
  DomainName: out.str(),
  Cname: out.str(),
  DomainStatus: out.str(),
  SslProtocol: out.str(),
  Description: out.str(),
  Sandbox: out.str(),
  GmtCreated: out.str(),
  GmtModified: out.str(),
  Sources: sourcesOutput,
});

export const describeVodUserDomains = defineTool({
  action: 'DescribeVodUserDomains',
  title: 'List CDN domains',
  toolset: 'cdn_domains',
  tier: 'read',
  tierReason: 'Lists domains; changes nothing.',
  description: 'List the account’s accelerated domains with status, CNAME and origins; filter by name match, status or tags. Paged.',
  input: z.strictObject({
    PageSize: pageSize(50, 20).optional(),
    PageNumber: pageNo().optional(),
    DomainName: z.string().min(1).optional().describe('Name filter.'),
    DomainStatus: z.enum(DOMAIN_STATUSES).optional(),
    DomainSearchType: z.enum(['fuzzy_match', 'pre_match', 'suf_match', 'full_match']).optional().describe('Name match (default fuzzy).'),
    Tag: repeatList(z.array(z.strictObject({ Key: z.string().min(1), Value: z.string().optional() })).min(1).max(20))
      .optional()
      .describe('Tags to match (sent as Tag.N.Key/Tag.N.Value).'),
  }),
  output: response({
    PageNumber: out.long(),
    PageSize: out.long(),
    TotalCount: out.long(),
    Domains: out.list(domainItem),
  }),
});
