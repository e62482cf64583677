import type { ActionHandler } from '../../action-context.js';
import { invalidParameter } from '../../errors.js';
import { encryptionSlice, pseudoRandomBytes, sha256Hex } from './slice.js';

/** The metadata and SDK: 16-32 letters and digits, with upper case, lower case and digits. */
const APP_DECRYPT_KEY = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)[A-Za-z0-9]{16,32}$/;

/** One key per player app and AppDecryptKey: asking again answers the same key; a new AppDecryptKey mints another. */
export const generateDownloadSecretKey: ActionHandler = (context) => {
  const decryptKey = context.required('AppDecryptKey');
  if (!APP_DECRYPT_KEY.test(decryptKey)) throw invalidParameter('AppDecryptKey', 'It must be 16-32 letters and digits, with upper case, lower case and digits.');
  const identification = context.required('AppIdentification');
  const hash = sha256Hex(decryptKey);
  const keys = encryptionSlice(context).downloadKeys;
  const slot = `${identification}\n${hash}`;
  const existing = keys[slot];
  if (existing) return { AppEncryptKey: existing.AppEncryptKey };
  const n = context.state.nextNumber('downloadKey', 1);
  const record = {
    AppIdentification: identification,
    AppDecryptKeySha256: hash,
    AppEncryptKey: pseudoRandomBytes(`download-key:${n}`, 96).toString('base64'),
    CreationTime: context.clock.nowIso(),
  };
  keys[slot] = record;
  return { AppEncryptKey: record.AppEncryptKey };
};
