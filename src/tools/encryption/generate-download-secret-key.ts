import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';

export const generateDownloadSecretKey = defineTool({
  action: 'GenerateDownloadSecretKey',
  title: 'Generate a secure-download key',
  toolset: 'encryption',
  tier: 'write',
  tierReason: 'Issues a key for one player app; existing keys and downloads stay valid.',
  idempotent: true,
  description:
    'Generate the key file content (AppEncryptKey) for ApsaraVideo Player secure (offline) download, bound to one app ' +
    '(Android keystore SHA-1, iOS bundle ID or Windows certificate serial). Secure download must be enabled in the console. ' +
    'AppDecryptKey and AppEncryptKey are secrets.',
  input: z.strictObject({
    AppDecryptKey: z
      .string()
      .regex(/^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)[A-Za-z0-9]{16,32}$/, 'must be 16-32 letters and digits, with upper case, lower case and digits')
      .describe('Your own decryption key (secret), 16-32 letters and digits with upper case, lower case and digits.'),
    AppIdentification: z
      .string()
      .min(1)
      .max(256)
      .describe('The player app: Android keystore SHA-1 (with colons), iOS bundle ID, or Windows signing certificate serial.'),
  }),
  output: response({ AppEncryptKey: out.str() }),
});
