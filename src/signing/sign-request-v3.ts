import { acs3Authorization, acs3CanonicalRequest, acs3Signature, acs3StringToSign, sha256Hex } from './acs3-signature.js';
import { API_VERSION, formatTimestamp, type SignInput } from './common-params.js';
import { percentEncode } from './percent-encode.js';

export interface SignedV3Request {
  readonly headers: Record<string, string>;
  /** The form body that was hashed into `x-acs-content-sha256`; send these exact bytes. */
  readonly body: string;
  readonly canonicalRequest: string;
  readonly stringToSign: string;
}

export interface SignV3Input extends SignInput {
  /** The `host` header the request will carry (`vod.cn-shanghai.aliyuncs.com`, `127.0.0.1:9000`). */
  readonly host: string;
}

/**
 * Signs an RPC call with ACS3-HMAC-SHA256: the action parameters go in a form body, the action, version, time,
 * nonce, payload hash and STS token in `x-acs-*` headers, all of which (and host, content-type) are signed.
 * Pure: the clock and the nonce come in, so a retry must call it again.
 */
export function signRequestV3(input: SignV3Input): SignedV3Request {
  const body = Object.entries(input.params)
    .map(([key, value]) => `${percentEncode(key)}=${percentEncode(value)}`)
    .join('&');
  const headers: Record<string, string> = {
    host: input.host,
    'content-type': 'application/x-www-form-urlencoded',
    'x-acs-action': input.action,
    'x-acs-version': API_VERSION,
    'x-acs-date': formatTimestamp(input.now),
    'x-acs-signature-nonce': input.nonce,
    'x-acs-content-sha256': sha256Hex(body),
  };
  if (input.credentials.securityToken) headers['x-acs-security-token'] = input.credentials.securityToken;
  const signedHeaders = Object.keys(headers);
  const canonicalRequest = acs3CanonicalRequest({
    method: input.method,
    path: '/',
    query: [],
    headers,
    signedHeaders,
    hashedPayload: headers['x-acs-content-sha256']!,
  });
  const stringToSign = acs3StringToSign(canonicalRequest);
  headers.authorization = acs3Authorization(input.credentials.accessKeyId, signedHeaders, acs3Signature(stringToSign, input.credentials.accessKeySecret));
  return { headers, body, canonicalRequest, stringToSign };
}
