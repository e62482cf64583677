import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SandboxEnv } from '../action-context.js';
import { ossErrors } from './oss-error.js';
import type { UploadCredential } from './upload-store.js';

/** One authenticated object request. */
export interface OssRequest {
  readonly env: SandboxEnv;
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly bucket: string;
  readonly key: string;
  readonly query: URLSearchParams;
  readonly body: Buffer;
  readonly credential: UploadCredential;
  readonly requestId: string;
}

export function md5Hex(data: Buffer): string {
  return createHash('md5').update(data).digest('hex').toUpperCase();
}

/** Rejects a body whose MD5 differs from the Content-MD5 header, when one was sent. */
export function checkContentMd5(request: OssRequest): void {
  const sent = request.req.headers['content-md5'];
  if (typeof sent !== 'string' || sent === '') return;
  if (createHash('md5').update(request.body).digest('base64') !== sent) throw ossErrors.invalidDigest();
}

export function answer(request: OssRequest, status: number, headers: Record<string, string> = {}): void {
  request.res.writeHead(status, { 'x-oss-request-id': request.requestId, server: 'AliyunOSS', date: new Date().toUTCString(), 'content-length': '0', ...headers });
  request.res.end();
}

export function clientIp(request: OssRequest): string | undefined {
  const address = request.req.socket.remoteAddress;
  return address?.replace(/^::ffff:/, '');
}
