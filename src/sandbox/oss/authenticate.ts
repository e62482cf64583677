import type { SandboxEnv } from '../action-context.js';
import { ossErrors, OssError } from './oss-error.js';
import { parseOssV4Authorization, verifyOssSignature, verifyOssV4Signature, type SignableRequest } from '../../signing/oss-signature.js';
import { uploadSlice, type UploadCredential } from './upload-store.js';

const MAX_SKEW_MS = 15 * 60 * 1000;

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** `20240102T030405Z` (V4's x-oss-date) as milliseconds. */
function parseBasicIso(value: string): number {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  return match ? Date.UTC(+match[1]!, +match[2]! - 1, +match[3]!, +match[4]!, +match[5]!, +match[6]!) : NaN;
}

function credentialFor(env: SandboxEnv, request: SignableRequest, accessKeyId: string): UploadCredential {
  const credential = uploadSlice(env).credentials[accessKeyId];
  if (!credential) throw ossErrors.invalidAccessKeyId(accessKeyId);
  if (single(request.headers['x-oss-security-token']) !== credential.SecurityToken) throw ossErrors.invalidSecurityToken();
  if (env.clock.now() > credential.ExpiresAt) throw ossErrors.expired();
  return credential;
}

function checkSkew(sent: number): void {
  if (Number.isNaN(sent)) throw new OssError('AccessDenied', 'Date header is missing or invalid.', 403);
  if (Math.abs(sent - Date.now()) > MAX_SKEW_MS) throw ossErrors.timeSkewed();
}

/** Header signature V1: `OSS <AccessKeyId>:<base64 HMAC-SHA1>`. */
function authenticateV1(env: SandboxEnv, request: SignableRequest, authorization: string): UploadCredential {
  const match = /^OSS ([^:\s]+):(\S+)$/.exec(authorization.trim());
  if (!match) throw ossErrors.invalidAuthorization('Expected "OSS <AccessKeyId>:<Signature>".');
  const [, accessKeyId = '', signature = ''] = match;
  const credential = credentialFor(env, request, accessKeyId);
  checkSkew(Date.parse(single(request.headers['x-oss-date']) ?? single(request.headers.date) ?? ''));
  const verdict = verifyOssSignature(request, credential.AccessKeySecret, signature);
  if (!verdict.matched) throw ossErrors.signature(accessKeyId, signature, verdict.stringToSign);
  return credential;
}

/** Header signature V4: `OSS4-HMAC-SHA256 Credential=<ak>/<date>/<region>/oss/aliyun_v4_request,...,Signature=<hex>`. */
function authenticateV4(env: SandboxEnv, request: SignableRequest, header: string): UploadCredential {
  const authorization = parseOssV4Authorization(header);
  if (!authorization) throw ossErrors.invalidAuthorization('Expected "OSS4-HMAC-SHA256 Credential=<AccessKeyId>/<date>/<region>/oss/aliyun_v4_request,Signature=<hex>".');
  const credential = credentialFor(env, request, authorization.accessKeyId);
  const ossDate = single(request.headers['x-oss-date']) ?? '';
  checkSkew(parseBasicIso(ossDate));
  if (!ossDate.startsWith(authorization.date)) throw ossErrors.invalidAuthorization('The date of the credential scope is not the date of x-oss-date.');
  if (!single(request.headers['x-oss-content-sha256'])) throw ossErrors.invalidAuthorization('x-oss-content-sha256 is required with V4.');
  for (const name of authorization.additionalHeaders) {
    if (request.headers[name] === undefined) throw ossErrors.invalidAuthorization(`The additional header ${name} is not in the request.`);
  }
  if (authorization.region !== env.region) throw ossErrors.signingRegion(authorization.region, env.region);
  const verdict = verifyOssV4Signature(request, credential.AccessKeySecret, authorization);
  if (!verdict.matched) throw ossErrors.signature(authorization.accessKeyId, authorization.signature, verdict.stringToSign, verdict.canonicalRequest);
  return credential;
}

/**
 * Checks the request as OSS does for an STS key: known key, its token, not expired (simulation clock),
 * request time within 15 minutes (wall clock), the V1 or V4 signature, then the object the credential is scoped to.
 */
export function authenticateOss(env: SandboxEnv, request: SignableRequest): UploadCredential {
  const authorization = single(request.headers.authorization);
  if (!authorization) throw ossErrors.anonymous();
  const credential = authorization.startsWith('OSS4-') ? authenticateV4(env, request, authorization) : authenticateV1(env, request, authorization);
  if (request.bucket !== credential.Bucket || request.key !== credential.ObjectKey) throw ossErrors.wrongObject();
  return credential;
}
