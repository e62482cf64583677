import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { idList, response } from '../schema-helpers.js';
import { domainName } from './cdn-schemas.js';

export const batchStartVodDomain = defineTool({
  action: 'BatchStartVodDomain',
  title: 'Start CDN domains',
  toolset: 'cdn_domains',
  tier: 'write',
  tierReason: 'Re-enables stopped domains; reversible with batch_stop_vod_domain.',
  idempotent: true,
  description: 'Enable stopped (offline) accelerated domains; they go through configuring back to online. Fails for accounts in arrears.',
  input: z.strictObject({ DomainNames: idList(50, 'Domains to enable.', domainName()) }),
  output: response({}),
});
