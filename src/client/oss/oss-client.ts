import { createReadStream } from 'node:fs';
import { isIP } from 'node:net';
import type { Readable } from 'node:stream';
import type { Dispatcher, request as undiciRequest } from 'undici';
import { ossAuthorization } from '../../signing/oss-signature.js';
import { escapeXml, ossErrorFrom, xmlField, xmlFields } from './oss-error.js';
import type { UploadCredentials, UploadTarget } from './upload-credentials.js';

/** A byte range of a local file, read as a stream for each attempt (a retry re-reads it). */
export interface FileRange {
  readonly path: string;
  readonly start: number;
  readonly length: number;
}

export interface UploadedPart {
  readonly PartNumber: number;
  readonly ETag: string;
  readonly Size: number;
}

interface Http {
  readonly request: typeof undiciRequest;
  readonly agent: Dispatcher;
}

const CONTENT_TYPE = 'application/octet-stream';
/** Disk reads of 1 MiB rather than fs's 64 KiB default: fewer, larger writes to the socket (measured in bench:upload). */
const READ_CHUNK = 1024 * 1024;

/**
 * The OSS operations an upload needs (PutObject and multipart), V1-signed with the upload's STS credentials.
 * Path style for a loopback or IP endpoint (the sandbox), virtual-hosted `<bucket>.<endpoint>` otherwise.
 */
export class OssClient {
  private http?: Promise<Http>;

  constructor(
    private readonly target: UploadTarget,
    private credentials: UploadCredentials,
    private readonly timeoutMs = 120_000,
  ) {}

  setCredentials(credentials: UploadCredentials): void {
    this.credentials = credentials;
  }

  objectUrl(query = ''): URL {
    const endpoint = new URL(/^https?:\/\//.test(this.target.endpoint) ? this.target.endpoint : `https://${this.target.endpoint}`);
    const host = endpoint.hostname.replace(/^\[|\]$/g, '');
    const key = this.target.key.split('/').map(encodeURIComponent).join('/');
    const pathStyle = isIP(host) !== 0 || host === 'localhost';
    const url = pathStyle ? new URL(`/${this.target.bucket}/${key}`, endpoint) : new URL(`${endpoint.protocol}//${this.target.bucket}.${endpoint.host}/${key}`);
    url.search = query;
    return url;
  }

  async putObject(range: FileRange, signal?: AbortSignal): Promise<string> {
    const response = await this.send('PUT', '', { 'content-type': CONTENT_TYPE }, range, signal);
    return (response.headers.etag ?? '').replace(/"/g, '');
  }

  async initiateMultipartUpload(signal?: AbortSignal): Promise<string> {
    const response = await this.send('POST', 'uploads', { 'content-type': CONTENT_TYPE }, undefined, signal);
    const uploadId = xmlField(response.text, 'UploadId');
    if (!uploadId) throw new Error('OSS InitiateMultipartUpload answered without an UploadId');
    return uploadId;
  }

  async uploadPart(uploadId: string, partNumber: number, range: FileRange, signal?: AbortSignal): Promise<UploadedPart> {
    const response = await this.send('PUT', `partNumber=${partNumber}&uploadId=${encodeURIComponent(uploadId)}`, {}, range, signal);
    return { PartNumber: partNumber, ETag: (response.headers.etag ?? '').replace(/"/g, ''), Size: range.length };
  }

  async completeMultipartUpload(uploadId: string, parts: readonly UploadedPart[], signal?: AbortSignal): Promise<string> {
    const body = `<?xml version="1.0" encoding="UTF-8"?>\n<CompleteMultipartUpload>${[...parts]
      .sort((a, b) => a.PartNumber - b.PartNumber)
      .map((part) => `<Part><PartNumber>${part.PartNumber}</PartNumber><ETag>"${escapeXml(part.ETag)}"</ETag></Part>`)
      .join('')}</CompleteMultipartUpload>`;
    const response = await this.send('POST', `uploadId=${encodeURIComponent(uploadId)}`, { 'content-type': 'application/xml' }, Buffer.from(body), signal);
    return xmlField(response.text, 'ETag').replace(/"/g, '');
  }

  async abortMultipartUpload(uploadId: string): Promise<void> {
    await this.send('DELETE', `uploadId=${encodeURIComponent(uploadId)}`, {}, undefined, undefined);
  }

  /** The parts OSS holds for an upload (up to 1,000 per page; pages followed). */
  async listParts(uploadId: string, signal?: AbortSignal): Promise<UploadedPart[]> {
    const parts: UploadedPart[] = [];
    let marker = '';
    for (;;) {
      const query = `${marker ? `part-number-marker=${marker}&` : ''}uploadId=${encodeURIComponent(uploadId)}`;
      const response = await this.send('GET', query, {}, undefined, signal);
      for (const part of xmlFields(response.text, 'Part')) {
        parts.push({ PartNumber: Number(xmlField(part, 'PartNumber')), ETag: xmlField(part, 'ETag').replace(/"/g, ''), Size: Number(xmlField(part, 'Size')) });
      }
      if (xmlField(response.text, 'IsTruncated') !== 'true') return parts;
      marker = xmlField(response.text, 'NextPartNumberMarker');
      if (!marker) return parts;
    }
  }

  private connection(): Promise<Http> {
    this.http ??= import('undici').then(({ Agent, request }) => ({ agent: new Agent({ connect: { timeout: 10_000 }, bodyTimeout: this.timeoutMs, headersTimeout: this.timeoutMs }), request }));
    return this.http;
  }

  async close(): Promise<void> {
    if (this.http) await (await this.http).agent.close();
  }

  private async send(method: string, query: string, extraHeaders: Record<string, string>, body: FileRange | Buffer | undefined, signal: AbortSignal | undefined) {
    const { request, agent } = await this.connection();
    const url = this.objectUrl(query);
    const length = body === undefined ? 0 : Buffer.isBuffer(body) ? body.length : body.length;
    const headers: Record<string, string> = { ...extraHeaders, 'x-oss-security-token': this.credentials.securityToken, 'content-length': String(length) };
    const date = new Date().toUTCString();
    headers.authorization = ossAuthorization({
      method,
      bucket: this.target.bucket,
      key: this.target.key,
      query: url.searchParams,
      headers,
      accessKeyId: this.credentials.accessKeyId,
      accessKeySecret: this.credentials.accessKeySecret,
      date,
    });
    headers.date = date;
    const payload: Buffer | Readable | undefined =
      body === undefined ? undefined : Buffer.isBuffer(body) ? body : length === 0 ? Buffer.alloc(0) : createReadStream(body.path, { start: body.start, end: body.start + body.length - 1, highWaterMark: READ_CHUNK });
    const response = await request(url, { method: method as 'PUT', headers, body: payload, dispatcher: agent, signal });
    const text = await response.body.text();
    const requestId = String(response.headers['x-oss-request-id'] ?? '');
    if (response.statusCode >= 300) throw ossErrorFrom(response.statusCode, text, requestId);
    return { text, headers: { etag: typeof response.headers.etag === 'string' ? response.headers.etag : undefined } };
  }
}
