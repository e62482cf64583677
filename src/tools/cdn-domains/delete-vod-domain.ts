import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { response } from '../schema-helpers.js';
import { domainName } from './cdn-schemas.js';
import { domainPreview } from './domain-preview.js';

export const deleteVodDomain = defineTool({
  action: 'DeleteVodDomain',
  title: 'Delete CDN domain',
  toolset: 'cdn_domains',
  tier: 'destructive',
  tierReason: 'Removes the domain and all its configuration; the domain stops serving at once.',
  idempotent: true,
  description:
    'Delete an accelerated domain and all its records; it becomes unreachable. Restore the DNS A record first. ' +
    'To pause instead, use batch_stop_vod_domain.',
  input: z.strictObject({ DomainName: domainName('Domain to delete.') }),
  output: response({}),
  preview: async ({ DomainName }, context) => domainPreview('Delete', [DomainName], context),
});
