import type { ActionHandler } from '../../action-context.js';
import { encryptionSlice, masterKeyId, pseudoRandomBytes } from './slice.js';

/** AES_128 (the manual's EncryptConfig: "AES_128密文密钥"). The blob starts with the key ID, as real KMS blobs do. */
const DATA_KEY_BYTES = 16;

export const generateKmsDataKey: ActionHandler = (context) => {
  const n = context.state.nextNumber('kmsDataKey', 1);
  const keyId = masterKeyId(context);
  const plaintext = pseudoRandomBytes(`kms-data-key:${n}`, DATA_KEY_BYTES).toString('base64');
  const blob = Buffer.concat([Buffer.from(keyId, 'ascii'), pseudoRandomBytes(`kms-blob:${n}`, 64)]).toString('base64');
  encryptionSlice(context).dataKeys[blob] = { KeyId: keyId, Plaintext: plaintext, CreationTime: context.clock.nowIso() };
  return { CiphertextBlob: blob, KeyId: keyId, Plaintext: plaintext };
};
