import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SandboxEnv } from '../action-context.js';
import { storageLocation } from '../state/media-lifecycle.js';
import { objectAddress, virtualHostBucket, type ObjectAddress } from './address.js';
import { authenticateOss } from './authenticate.js';
import { abortMultipartUpload, completeMultipartUpload, initiateMultipartUpload, listParts, uploadPart } from './multipart.js';
import { OssError, ossErrors, ossRequestId, sendOssError } from './oss-error.js';
import type { OssRequest } from './oss-request.js';
import { putObject } from './put-object.js';
import { uploadSlice } from './upload-store.js';

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

/** True when the Host names a bucket of this sandbox or the request is OSS-signed: route it here, not to the RPC API. */
export function isVirtualHostedOssRequest(req: IncomingMessage, env: SandboxEnv): boolean {
  const bucket = virtualHostBucket(req);
  return bucket !== undefined && (isOssSigned(req) || isKnownBucket(env, bucket));
}

function isOssSigned(req: IncomingMessage): boolean {
  const authorization = req.headers.authorization;
  return typeof authorization === 'string' && /^OSS4?[- ]/.test(authorization);
}

function isIssuedObject(env: SandboxEnv, bucket: string, key: string): boolean {
  return Object.values(uploadSlice(env).credentials).some((credential) => credential.Bucket === bucket && credential.ObjectKey === key);
}

/**
 * Virtual-hosted when the Host names a bucket, else path style. ali-oss with `sldEnable` against an IP endpoint
 * sends both (Host `<bucket>.oss-<region>...` and path `/<bucket>/<object>`): when only the path-style reading
 * names an object this sandbox issued upload credentials for, that reading wins.
 */
function addressOf(env: SandboxEnv, req: IncomingMessage, pathname: string): ObjectAddress | undefined {
  const hostBucket = virtualHostBucket(req);
  if (hostBucket === undefined || !(isOssSigned(req) || isKnownBucket(env, hostBucket))) return objectAddress(pathname, undefined);
  const hosted = objectAddress(pathname, hostBucket);
  const path = objectAddress(pathname, undefined);
  if (hosted && path && path.bucket === hostBucket && !isIssuedObject(env, hosted.bucket, hosted.key) && isIssuedObject(env, path.bucket, path.key)) return path;
  return hosted;
}

/** OSS-compatible object endpoint for uploads, virtual-hosted or path style; answers true when it handled the request. */
export async function handleOssRequest(req: IncomingMessage, res: ServerResponse, env: SandboxEnv, body: Buffer): Promise<boolean> {
  const url = new URL(req.url ?? '/', env.baseUrl);
  const address = addressOf(env, req, url.pathname);
  if (!address) return false;
  if (!isOssSigned(req) && !isKnownBucket(env, address.bucket)) return false;
  const requestId = ossRequestId();
  const errorHost = address.style === 'virtual-hosted' ? (req.headers.host ?? '') : `${address.bucket}.${new URL(env.baseUrl).host}`;
  try {
    const credential = authenticateOss(env, { method: req.method ?? 'GET', headers: req.headers, bucket: address.bucket, key: address.key, query: url.searchParams });
    dispatch({ env, req, res, bucket: address.bucket, key: address.key, query: url.searchParams, body, credential, requestId });
  } catch (error) {
    if (!(error instanceof OssError)) throw error;
    sendOssError(res, error, requestId, errorHost);
  }
  return true;
}

/** Default cap on one PutObject or UploadPart body (OSS allows 5 GB; the sandbox holds bodies in memory). */
export const DEFAULT_OSS_MAX_BODY_BYTES = 256 * 1024 * 1024;

/**
 * Refuses an upload body past `limit` bytes with OSS's EntityTooLarge (413) before it is held in memory: at once
 * when Content-Length says so, else as soon as the bytes received pass the limit. True when it answered.
 */
export function refuseOversizedBody(req: IncomingMessage, res: ServerResponse, received: number, limit: number): boolean {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared <= limit && received <= limit) return false;
  if (!res.headersSent) {
    const error = ossErrors.entityTooLarge(limit);
    res.setHeader('connection', 'close');
    sendOssError(res, error, ossRequestId(), req.headers.host ?? '');
  }
  req.resume();
  return true;
}
