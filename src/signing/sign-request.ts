import { API_VERSION, formatTimestamp, type SignInput } from './common-params.js';
import { computeSignature } from './rpc-signature.js';

/**
 * Adds the common parameters of spec 4.2 and the Signature. Pure: the clock and the nonce come in,
 * so a retry must call it again to get a fresh Timestamp and SignatureNonce.
 */
export function signRequest(input: SignInput): Record<string, string> {
  const signed: Record<string, string> = {
    ...input.params,
    Action: input.action,
    Format: 'JSON',
    Version: API_VERSION,
    AccessKeyId: input.credentials.accessKeyId,
    SignatureMethod: 'HMAC-SHA1',
    SignatureVersion: '1.0',
    SignatureNonce: input.nonce,
    Timestamp: formatTimestamp(input.now),
  };
  if (input.credentials.securityToken) signed.SecurityToken = input.credentials.securityToken;
  signed.Signature = computeSignature(input.method, signed, input.credentials.accessKeySecret);
  return signed;
}
