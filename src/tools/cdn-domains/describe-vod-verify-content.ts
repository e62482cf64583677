import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';
import { domainName } from './cdn-schemas.js';

export const describeVodVerifyContent = defineTool({
  action: 'DescribeVodVerifyContent',
  title: 'Get domain verification token',
  toolset: 'cdn_domains',
  tier: 'read',
  tierReason: 'Reads the verification token; changes nothing.',
  description: 'Get the token to publish as a DNS TXT record or verification file before calling verify_vod_domain_owner.',
  input: z.strictObject({ DomainName: domainName('Domain to verify; one only.') }),
  output: response({ Content: out.str() }),
});
