import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { response } from '../schema-helpers.js';
import { domainName } from '../cdn-domains/cdn-schemas.js';
import { KEY_RULE, KEY_WITH_CERTIFICATE, keyGivenWithCertificate, sslPri, sslPub } from './pem.js';

export const setVodDomainCertificate = defineTool({
  action: 'SetVodDomainCertificate',
  title: 'Set CDN domain certificate',
  toolset: 'cdn_domain_config',
  tier: 'write',
  tierReason: 'Turns HTTPS on/off or replaces the certificate; can be set back.',
  idempotent: true,
  description:
    'Turn HTTPS on or off for a domain and upload its certificate (PEM) and private key. The key is a secret: it is sent to the service only, never returned. ' +
    'Check with describe_vod_domain_certificate_info.',
  input: z.strictObject({
    DomainName: domainName(),
    CertName: z.string().min(1).max(128).optional().describe('Certificate name.'),
    SSLProtocol: z.enum(['on', 'off']).describe('HTTPS on/off.'),
    SSLPub: sslPub(),
    SSLPri: sslPri(),
  }).meta(KEY_WITH_CERTIFICATE).refine(keyGivenWithCertificate, KEY_RULE),
  output: response({}),
});
