import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { idList, response } from '../schema-helpers.js';
import { domainName } from './cdn-schemas.js';
import { domainPreview } from './domain-preview.js';

export const batchStopVodDomain = defineTool({
  action: 'BatchStopVodDomain',
  title: 'Stop CDN domains',
  toolset: 'cdn_domains',
  tier: 'destructive',
  tierReason: 'Stops acceleration: requests go back to the origin, disrupting playback until restarted.',
  idempotent: true,
  description: 'Stop accelerating domains (status offline); records are kept and requests fall back to the origin. Re-enable with batch_start_vod_domain.',
  input: z.strictObject({ DomainNames: idList(50, 'Domains to stop.', domainName()) }),
  output: response({}),
  preview: async ({ DomainNames }, context) => domainPreview('Stop', DomainNames, context),
});
