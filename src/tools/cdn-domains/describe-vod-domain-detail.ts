import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';
import { domainName } from './cdn-schemas.js';
import { sourcesOutput } from './domain-output.js';

export const describeVodDomainDetail = defineTool({
  action: 'DescribeVodDomainDetail',
  title: 'Get CDN domain detail',
  toolset: 'cdn_domains',
  tier: 'read',
  tierReason: 'Reads one domain; changes nothing.',
  description: 'Get one accelerated domain: status, CNAME to point DNS at, scope, origins, HTTPS state and certificate name/public certificate.',
  input: z.strictObject({ DomainName: domainName() }),
  output: response({
    DomainDetail: out
      .obj({
        DomainName: out.str(),
        Cname: out.str(),
        DomainStatus: out.str(),
        Scope: out.str(),
        SSLProtocol: out.str(),
        SSLPub: out.str(),
        CertName: out.str(),
        Weight: out.str(),
        Description: out.str(),
        GmtCreated: out.str(),
        GmtModified: out.str(),
        Sources: sourcesOutput,
      })
      .optional(),
  }),
});
