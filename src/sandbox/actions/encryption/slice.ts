import { createHash } from 'node:crypto';
import type { SandboxEnv } from '../../action-context.js';
import { hexId } from '../../state/sandbox-state.js';

/** A data key GenerateKMSDataKey minted, by its CiphertextBlob, so DecryptKMSDataKey can answer it. */
export interface DataKeyRecord {
  KeyId: string;
  /** Base64 of the 16-byte AES_128 key. Sandbox state only: never in logs or the request log. */
  Plaintext: string;
  CreationTime: string;
}

/** A secure-download key, by AppIdentification and the SHA-256 of AppDecryptKey (the key itself is not kept). */
export interface DownloadKeyRecord {
  AppIdentification: string;
  AppDecryptKeySha256: string;
  AppEncryptKey: string;
  CreationTime: string;
}

export interface EncryptionSlice {
  dataKeys: Record<string, DataKeyRecord>;
  downloadKeys: Record<string, DownloadKeyRecord>;
}

export function encryptionSlice(env: SandboxEnv): EncryptionSlice {
  return env.state.slice<EncryptionSlice>('encryption', () => ({ dataKeys: {}, downloadKeys: {} }));
}

/** Deterministic pseudo-random bytes: the same sandbox history mints the same keys on every run. */
export function pseudoRandomBytes(seed: string, length: number): Buffer {
  const chunks: Buffer[] = [];
  for (let block = 0; chunks.length * 32 < length; block++) chunks.push(createHash('sha256').update(`${seed}#${block}`).digest());
  return Buffer.concat(chunks).subarray(0, length);
}

export const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The master key VOD's data keys are made under, one per region, in the UUID form of KMS key IDs. */
export function masterKeyId(env: SandboxEnv): string {
  const hex = hexId(`kms-master-key:${env.region}`);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
