import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { response } from '../schema-helpers.js';
import { originSource } from './add-vod-domain.js';
import { domainName } from './cdn-schemas.js';

export const updateVodDomain = defineTool({
  action: 'UpdateVodDomain',
  title: 'Update CDN domain origins',
  toolset: 'cdn_domains',
  tier: 'write',
  tierReason: 'Replaces a domain’s origin list; the previous list can be set again.',
  idempotent: true,
  description: 'Replace the origins (or top-level access domain) of an accelerated domain. The domain is configuring again for a short while.',
  input: z.strictObject({
    DomainName: domainName(),
    Sources: z.array(originSource).min(1).optional().describe('New origins; replaces all.'),
    TopLevelDomain: domainName('Top-level access domain.').optional(),
  }),
  output: response({}),
});
