import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/** Sub-resources that OSS includes in the CanonicalizedResource of a V1 signature. */
const SUB_RESOURCES = new Set([
  'acl', 'append', 'callback', 'callback-var', 'cors', 'delete', 'lifecycle', 'location', 'logging', 'objectMeta', 'partNumber', 'position',
  'referer', 'response-cache-control', 'response-content-disposition', 'response-content-encoding', 'response-content-language',
  'response-content-type', 'response-expires', 'restore', 'security-token', 'symlink', 'tagging', 'uploadId', 'uploads', 'website', 'x-oss-process',
]);

export interface SignableRequest {
  readonly method: string;
  readonly headers: IncomingHttpHeaders;
  readonly bucket: string;
  readonly key: string;
  readonly query: URLSearchParams;
}

function header(headers: IncomingHttpHeaders, name: string): string {
  const value = headers[name];
  return Array.isArray(value) ? value.join(',') : (value ?? '');
}

/** OSS header signature V1: VERB\nContent-MD5\nContent-Type\nDate\nCanonicalizedOSSHeaders + CanonicalizedResource. */
export function ossStringToSign(request: SignableRequest, date = header(request.headers, 'date')): string {
  const ossHeaders = Object.keys(request.headers)
    .map((name) => name.toLowerCase())
    .filter((name) => name.startsWith('x-oss-'))
    .sort()
    .map((name) => `${name}:${header(request.headers, name).trim()}\n`)
    .join('');
  const subResources = [...new Set(request.query.keys())]
    .filter((name) => SUB_RESOURCES.has(name))
    .sort()
    .map((name) => {
      const value = request.query.get(name) ?? '';
      return value === '' ? name : `${name}=${value}`;
    });
  const resource = `/${request.bucket}/${request.key}${subResources.length ? `?${subResources.join('&')}` : ''}`;
  return [request.method.toUpperCase(), header(request.headers, 'content-md5'), header(request.headers, 'content-type'), date, `${ossHeaders}${resource}`].join('\n');
}

export function ossSignature(secret: string, stringToSign: string): string {
  return createHmac('sha1', secret).update(stringToSign, 'utf8').digest('base64');
}

/** The string to sign that matched, or undefined. Browser SDKs sign x-oss-date in the Date position. */
export function verifyOssSignature(request: SignableRequest, secret: string, signature: string): { matched: boolean; stringToSign: string } {
  const candidates = [header(request.headers, 'date')];
  const ossDate = header(request.headers, 'x-oss-date');
  if (ossDate) candidates.push(ossDate);
  for (const date of candidates) {
    const stringToSign = ossStringToSign(request, date);
    if (safeEqual(ossSignature(secret, stringToSign), signature)) return { matched: true, stringToSign };
  }
  return { matched: false, stringToSign: ossStringToSign(request, candidates[0]) };
}

function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
