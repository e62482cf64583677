import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';
import { domainName } from '../cdn-domains/cdn-schemas.js';

const certInfo = out.obj({
  DomainName: out.str(),
  CertName: out.str(),
  CertDomainName: out.str(),
  CertType: out.str(),
  CertOrg: out.str(),
  CertLife: out.str(),
  CertExpireTime: out.str(),
  Status: out.str(),
  ServerCertificateStatus: out.str(),
  SSLProtocol: out.str(),
});

export const describeVodDomainCertificateInfo = defineTool({
  action: 'DescribeVodDomainCertificateInfo',
  title: 'Get CDN domain certificate',
  toolset: 'cdn_domain_config',
  tier: 'read',
  tierReason: 'Reads certificate status; changes nothing.',
  description: 'Get the certificate a domain uses: name, matched domain, type, issuer, expiry and status (success, cname_error, domain_invalid...).',
  input: z.strictObject({ DomainName: domainName() }),
  output: response({
    CertInfos: out.list(certInfo),
  }),
});
