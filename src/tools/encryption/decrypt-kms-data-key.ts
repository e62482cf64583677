import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';

export const decryptKmsDataKey = defineTool({
  action: 'DecryptKMSDataKey',
  title: 'Decrypt an HLS encryption data key',
  toolset: 'encryption',
  tier: 'read',
  tierReason: 'Changes nothing, but returns the plaintext key: treat the answer as a secret.',
  description:
    'Decrypt a data key ciphertext (CiphertextBlob of generate_kms_data_key) to its plaintext, for your own key server. ' +
    'Plaintext is a secret: do not log or repeat it. A ciphertext KMS did not issue fails with InvalidParameter.',
  input: z.strictObject({
    CipherText: z.string().min(1).describe('CiphertextBlob from generate_kms_data_key.'),
  }),
  output: response({ KeyId: out.str(), Plaintext: out.str() }),
});
