import type { SandboxEnv } from '../action-context.js';
import { ossErrors, OssError } from './oss-error.js';
import { verifyOssSignature, type SignableRequest } from './signature.js';
import { uploadSlice, type UploadCredential } from './upload-store.js';

const MAX_SKEW_MS = 15 * 60 * 1000;

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Checks the request as OSS does for an STS key: known key, its token, not expired (simulation clock),
 * request time within 15 minutes (wall clock), the V1 signature, then the object the credential is scoped to.
 */
export function authenticateOss(env: SandboxEnv, request: SignableRequest): UploadCredential {
  const authorization = single(request.headers.authorization);
  if (!authorization) throw ossErrors.anonymous();
  const match = /^OSS ([^:\s]+):(\S+)$/.exec(authorization.trim());
  if (!match) throw new OssError('InvalidArgument', 'Authorization header is invalid.', 400);
  const [, accessKeyId = '', signature = ''] = match;
  const credential = uploadSlice(env).credentials[accessKeyId];
  if (!credential) throw ossErrors.invalidAccessKeyId(accessKeyId);
  if (single(request.headers['x-oss-security-token']) !== credential.SecurityToken) throw ossErrors.invalidSecurityToken();
  if (env.clock.now() > credential.ExpiresAt) throw ossErrors.expired();
  const sent = Date.parse(single(request.headers['x-oss-date']) ?? single(request.headers.date) ?? '');
  if (Number.isNaN(sent)) throw new OssError('AccessDenied', 'Date header is missing or invalid.', 403);
  if (Math.abs(sent - Date.now()) > MAX_SKEW_MS) throw ossErrors.timeSkewed();
  const verdict = verifyOssSignature(request, credential.AccessKeySecret, signature);
  if (!verdict.matched) throw ossErrors.signature(accessKeyId, verdict.stringToSign);
  if (request.bucket !== credential.Bucket || request.key !== credential.ObjectKey) throw ossErrors.wrongObject();
  return credential;
}
