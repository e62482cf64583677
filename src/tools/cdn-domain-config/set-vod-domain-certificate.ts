import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { multiLine, response } from '../schema-helpers.js';
import { domainName } from '../cdn-domains/cdn-schemas.js';

/** A certificate chain or key in PEM; the spec states no limit. */
const PEM_MAX_LENGTH = 32_768;

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
    SSLPub: multiLine(z.string().max(PEM_MAX_LENGTH)).regex(/-----BEGIN CERTIFICATE-----/, 'must be a PEM certificate').optional().describe('Certificate PEM.'),
    SSLPri: multiLine(z.string().max(PEM_MAX_LENGTH)).regex(/-----BEGIN [A-Z ]*PRIVATE KEY-----/, 'must be a PEM private key').optional().describe('Private key PEM (secret).'),
  }).meta({ dependentRequired: { SSLPub: ['SSLPri'] } }).refine((args) => args.SSLPub === undefined || args.SSLPri !== undefined, { message: 'SSLPri is required with SSLPub', path: ['SSLPri'] }),
  output: response({}),
});
