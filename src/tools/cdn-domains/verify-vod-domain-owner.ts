import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';
import { domainName } from './cdn-schemas.js';

export const verifyVodDomainOwner = defineTool({
  action: 'VerifyVodDomainOwner',
  title: 'Verify domain ownership',
  toolset: 'cdn_domains',
  tier: 'write',
  tierReason: 'Records the root domain as verified for the account.',
  idempotent: true,
  description:
    'Check ownership of a root domain via the TXT record (dnsCheck) or file (fileCheck) holding the describe_vod_verify_content token. ' +
    'Sandbox: example.com/.net/.org pass; others fail.',
  input: z.strictObject({
    DomainName: domainName('Domain to verify; one only.'),
    VerifyType: z.enum(['dnsCheck', 'fileCheck']).describe('Verification method.'),
  }),
  output: response({ Content: out.str() }),
});
