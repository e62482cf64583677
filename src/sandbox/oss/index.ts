import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SandboxEnv } from '../action-context.js';
import { storageLocation } from '../state/media-lifecycle.js';
import { authenticateOss } from './authenticate.js';
import { abortMultipartUpload, completeMultipartUpload, initiateMultipartUpload, listParts, uploadPart } from './multipart.js';
import { OssError, ossErrors, ossRequestId, sendOssError } from './oss-error.js';
import type { OssRequest } from './oss-request.js';
import { putObject } from './put-object.js';
import { uploadSlice } from './upload-store.js';

/** Path-style `/{bucket}/{object}`; undefined when the path cannot be an object address. */
function objectAddress(pathname: string): { bucket: string; key: string } | undefined {
  const match = /^\/([a-z0-9][a-z0-9-]{1,62})(?:\/(.*))?$/.exec(pathname);
  if (!match?.[1]) return undefined;
  try {
    return { bucket: match[1], key: decodeURIComponent(match[2] ?? '') };
  } catch {
    return undefined;
  }
}

function isKnownBucket(env: SandboxEnv, bucket: string): boolean {
  if (bucket === storageLocation(env).split('.')[0]) return true;
  return Object.values(uploadSlice(env).credentials).some((credential) => credential.Bucket === bucket);
}

/** Upload credentials allow only the upload operations on their own object. */
function dispatch(request: OssRequest): void {
  const { query } = request;
  const method = request.req.method ?? 'GET';
  if (!request.key) throw ossErrors.forbiddenAction(method === 'GET' ? 'ListObjects' : 'PutBucket');
  if (method === 'PUT' && query.has('uploadId')) return uploadPart(request);
  if (method === 'PUT' && query.has('x-oss-copy-source')) throw ossErrors.forbiddenAction('CopyObject');
  if (method === 'PUT') return putObject(request);
  if (method === 'POST' && query.has('uploads')) return initiateMultipartUpload(request);
  if (method === 'POST' && query.has('uploadId')) return completeMultipartUpload(request);
  if (method === 'DELETE' && query.has('uploadId')) return abortMultipartUpload(request);
  if (method === 'GET' && query.has('uploadId')) return listParts(request);
  const action = { GET: 'GetObject', HEAD: 'GetObjectMeta', DELETE: 'DeleteObject', POST: 'PostObject' }[method] ?? method;
  throw ossErrors.forbiddenAction(action);
}

/** OSS-compatible object endpoint for uploads; answers true when it handled the request. */
export async function handleOssRequest(req: IncomingMessage, res: ServerResponse, env: SandboxEnv, body: Buffer): Promise<boolean> {
  const url = new URL(req.url ?? '/', env.baseUrl);
  const address = objectAddress(url.pathname);
  if (!address) return false;
  const signed = typeof req.headers.authorization === 'string' && req.headers.authorization.startsWith('OSS ');
  if (!signed && !isKnownBucket(env, address.bucket)) return false;
  const requestId = ossRequestId();
  try {
    const credential = authenticateOss(env, { method: req.method ?? 'GET', headers: req.headers, bucket: address.bucket, key: address.key, query: url.searchParams });
    dispatch({ env, req, res, bucket: address.bucket, key: address.key, query: url.searchParams, body, credential, requestId });
  } catch (error) {
    if (!(error instanceof OssError)) throw error;
    sendOssError(res, error, requestId, `${address.bucket}.${new URL(env.baseUrl).host}`);
  }
  return true;
}
