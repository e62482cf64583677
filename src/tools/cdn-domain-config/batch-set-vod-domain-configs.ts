import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { idList, response } from '../schema-helpers.js';
import { domainName } from '../cdn-domains/cdn-schemas.js';
import { functionArgsOf } from './function-args.js';
import { SETTABLE_FUNCTIONS } from './function-names.js';

/** One function (spec 13.4.1), its arguments typed per function. Key order follows the manual's example. */
const variants = SETTABLE_FUNCTIONS.map((functionName) =>
  z.strictObject({
    functionArgs: functionArgsOf(functionName),
    functionName: z.literal(functionName),
    configId: z.number().int().positive().optional().describe('Existing record to update (multi-record functions).'),
  }),
);
const domainFunction = z.discriminatedUnion('functionName', variants as [(typeof variants)[number], ...(typeof variants)[number][]]);

export const batchSetVodDomainConfigs = defineTool({
  action: 'BatchSetVodDomainConfigs',
  title: 'Configure CDN domains',
  toolset: 'cdn_domain_config',
  tier: 'write',
  tierReason: 'Sets domain features; each record can be changed or deleted later.',
  description:
    'Set CDN features (referer/IP lists, cache TTLs, origin host header, URL auth, HTTPS redirect...) on one or more domains. ' +
    'Single-record functions are replaced; read ConfigIds with describe_vod_domain_configs.',
  input: z.strictObject({
    DomainNames: idList(50, 'Domains to configure.', domainName()),
    Functions: z.array(domainFunction).min(1).describe('Functions to set.'),
  }),
  output: response({}),
});
