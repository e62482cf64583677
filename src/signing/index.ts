export { percentEncode } from './percent-encode.js';
export { canonicalQuery, stringToSign, signString, computeSignature, type HttpMethod, type Params } from './rpc-signature.js';
export { API_VERSION, formatTimestamp, type SigningCredentials, type SignInput } from './common-params.js';
export { signRequest } from './sign-request.js';
