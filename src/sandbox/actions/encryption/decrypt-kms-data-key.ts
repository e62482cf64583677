import type { ActionHandler } from '../../action-context.js';
import { invalidParameter } from '../../errors.js';
import { encryptionSlice } from './slice.js';

/**
 * Only ciphertexts this sandbox minted decrypt. Anything else fails as KMS answers an undecryptable ciphertext:
 * InvalidParameter, 400 (KMS common error codes; the VOD sources name no code). docs/spec-decisions.md.
 */
export const decryptKmsDataKey: ActionHandler = (context) => {
  const record = encryptionSlice(context).dataKeys[context.required('CipherText')];
  if (!record) throw invalidParameter('CipherText', 'It is not a data key ciphertext issued by KMS for this account.');
  return { KeyId: record.KeyId, Plaintext: record.Plaintext };
};
