import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';
import { domainName } from '../cdn-domains/cdn-schemas.js';

const cert = out.obj({ CertId: out.long(), CertName: out.str(), Common: out.str(), Fingerprint: out.str(), Issuer: out.str(), LastTime: out.long() });

export const describeVodCertificateList = defineTool({
  action: 'DescribeVodCertificateList',
  title: 'List CDN certificates',
  toolset: 'cdn_domain_config',
  tier: 'read',
  tierReason: 'Lists certificates; changes nothing.',
  description: 'List the account’s uploaded certificates (name, common name, issuer, fingerprint), or the one a domain uses.',
  input: z.strictObject({ DomainName: domainName('Only this domain’s certificate.').optional() }),
  output: response({
    CertificateListModel: out
      .obj({
        Count: out.long(),
        CertList: out.list(cert),
      })
      .optional(),
  }),
});
