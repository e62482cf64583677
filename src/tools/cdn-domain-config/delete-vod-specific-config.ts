import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { response } from '../schema-helpers.js';
import { domainName } from '../cdn-domains/cdn-schemas.js';

export const deleteVodSpecificConfig = defineTool({
  action: 'DeleteVodSpecificConfig',
  title: 'Delete CDN domain config',
  toolset: 'cdn_domain_config',
  tier: 'destructive',
  tierReason: 'Removes a feature config (e.g. access control) from a live domain.',
  idempotent: true,
  description: 'Delete one feature config of a domain by ConfigId (from describe_vod_domain_configs). The feature stops applying at once.',
  input: z.strictObject({
    DomainName: domainName(),
    ConfigId: z.string().min(1).describe('Config ID.'),
    Env: z.enum(['online', 'gray']).optional().describe('online: production; gray: staging.'),
  }),
  output: response({}),
});
