import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { response } from '../schema-helpers.js';
import { domainName } from '../cdn-domains/cdn-schemas.js';
import { KEY_RULE, KEY_WITH_CERTIFICATE, keyGivenWithCertificate, sslPri, sslPub } from './pem.js';
import { sslCertificatePreview } from './ssl-preview.js';

export const setVodDomainSSLCertificate = defineTool({
  action: 'SetVodDomainSSLCertificate',
  title: 'Set CDN domain SSL certificate',
  toolset: 'cdn_domain_config',
  tier: 'destructive',
  tierReason: 'SSLProtocol off stops HTTPS on a live domain: https:// playback fails until it is turned on again.',
  idempotent: true,
  description:
    'Turn HTTPS on or off for a domain, with a certificate by CertId/CertName (describe_vod_ssl_certificate_list) or an uploaded PEM and key (a secret, sent to the service only). ' +
    'Env=staging: canary only. Check with describe_vod_domain_certificate_info.',
  input: z
    .strictObject({
      DomainName: domainName(),
      SSLProtocol: z.enum(['on', 'off']).describe('HTTPS on/off.'),
      CertId: z.number().int().positive().optional().describe('Certificate ID.'),
      CertName: z.string().min(1).max(128).optional().describe('Certificate name.'),
      CertType: z.enum(['upload', 'cas']).optional().describe('upload: your PEM; cas: from Certificate Management Service.'),
      CertRegion: z.enum(['cn-hangzhou', 'ap-southeast-1']).optional().describe('Certificate region; default cn-hangzhou.'),
      SSLPub: sslPub(),
      SSLPri: sslPri(),
      Env: z.enum(['staging']).optional().describe('staging: canary release; omit for production.'),
    })
    .meta(KEY_WITH_CERTIFICATE)
    .refine(keyGivenWithCertificate, KEY_RULE),
  output: response({}),
  preview: async (args, context) => sslCertificatePreview(args, context),
});
