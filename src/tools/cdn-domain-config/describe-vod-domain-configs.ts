import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';
import { domainName } from '../cdn-domains/cdn-schemas.js';
import { DESCRIBABLE_FUNCTIONS } from './function-names.js';

const functionArg = out.obj({ ArgName: out.str(), ArgValue: out.str() });
const domainConfig = out.obj({
  ConfigId: out.long(),
  FunctionName: out.str(),
  Status: out.str(),
  FunctionArgs: out.list(functionArg),
});

export const describeVodDomainConfigs = defineTool({
  action: 'DescribeVodDomainConfigs',
  title: 'Get CDN domain configs',
  toolset: 'cdn_domain_config',
  tier: 'read',
  tierReason: 'Reads domain configuration; changes nothing.',
  description: 'Get a domain’s feature configs by function name, with ConfigId, arguments and status (configuring/success). Use ConfigId with delete_vod_specific_config.',
  input: z.strictObject({
    DomainName: domainName(),
    FunctionNames: z.array(z.enum(DESCRIBABLE_FUNCTIONS)).min(1).describe('Functions to read.'),
  }),
  output: response({
    DomainConfigs: out.list(domainConfig),
  }),
});
