import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, pageNo, pageSize, response } from '../schema-helpers.js';
import { domainName } from '../cdn-domains/cdn-schemas.js';

const cert = out.obj({
  CertId: out.long(),
  CertName: out.str(),
  CertRegion: out.str(),
  Common: out.str(),
  Fingerprint: out.str(),
  Issuer: out.str(),
  LastTime: out.long(),
});

export const describeVodSSLCertificateList = defineTool({
  action: 'DescribeVodSSLCertificateList',
  title: 'List CDN SSL certificates',
  toolset: 'cdn_domain_config',
  tier: 'read',
  tierReason: 'Lists certificates; changes nothing.',
  description:
    'List the account’s SSL certificates (ID, name, region, common name, issuer, fingerprint) a page at a time, or the one a domain uses; search by name. CertId feeds set_vod_domain_ssl_certificate.',
  input: z.strictObject({
    DomainName: domainName('Only this domain’s certificate.').optional(),
    SearchKeyword: z.string().min(1).max(128).optional().describe('Part of a certificate name.'),
    PageNumber: pageNo().optional(),
    PageSize: pageSize(1000).optional(),
  }),
  output: response({
    CertificateListModel: out
      .obj({
        Count: out.long(),
        PageNumber: out.long(),
        PageSize: out.long(),
        CertList: out.list(cert),
      })
      .optional(),
  }),
});
