export { percentEncode } from './percent-encode.js';
export { canonicalQuery, stringToSign, signString, computeSignature, type HttpMethod, type Params } from './rpc-signature.js';
export { API_VERSION, formatTimestamp, type SigningCredentials, type SignInput } from './common-params.js';
export { signRequest } from './sign-request.js';
export {
  ACS3_ALGORITHM,
  acs3Authorization,
  acs3CanonicalQuery,
  acs3CanonicalRequest,
  acs3Signature,
  acs3StringToSign,
  parseAcs3Authorization,
  sha256Hex,
  sortedSignedHeaders,
  type CanonicalRequestInput,
  type ParsedAcs3Authorization,
} from './acs3-signature.js';
export { signRequestV3, type SignedV3Request, type SignV3Input } from './sign-request-v3.js';

/** Which signature the client sends: spec 4.4's RPC signature (HMAC-SHA1) or ACS3-HMAC-SHA256. */
export type SignatureVersion = 'v2' | 'v3';
export const SIGNATURE_VERSIONS = ['v2', 'v3'] as const satisfies readonly SignatureVersion[];
