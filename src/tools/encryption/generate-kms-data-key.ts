import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';

export const generateKmsDataKey = defineTool({
  action: 'GenerateKMSDataKey',
  title: 'Generate an HLS encryption data key',
  toolset: 'encryption',
  tier: 'write',
  tierReason: 'Mints a new AES_128 data key; nothing existing changes, and repeating only mints another unused key.',
  idempotent: true,
  description:
    'Generate a KMS data key for HLS standard encryption. Pass CiphertextBlob as EncryptConfig.CipherText of submit_transcode_jobs ' +
    '(with KeyServiceType KMS). Plaintext is the raw key (Base64): a secret, do not log or repeat it.',
  input: z.strictObject({}),
  output: response({
    CiphertextBlob: out.str(),
    KeyId: out.str(),
    Plaintext: out.str(),
  }),
});
