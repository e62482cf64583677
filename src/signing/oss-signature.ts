import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
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

/** RFC 3986 encoding, as OSS V4 canonicalizes URIs and queries. */
function uriEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export const OSS_V4_ALGORITHM = 'OSS4-HMAC-SHA256';

export interface OssV4Authorization {
  readonly accessKeyId: string;
  /** `yyyymmdd` of the credential scope. */
  readonly date: string;
  readonly region: string;
  readonly product: string;
  readonly additionalHeaders: string[];
  readonly signature: string;
}

/** `OSS4-HMAC-SHA256 Credential=<ak>/<date>/<region>/oss/aliyun_v4_request[,AdditionalHeaders=a;b],Signature=<hex>`. */
export function parseOssV4Authorization(header: string): OssV4Authorization | undefined {
  const match = /^OSS4-HMAC-SHA256\s+(.+)$/.exec(header.trim());
  if (!match) return undefined;
  const fields = new Map(match[1]!.split(',').map((part) => {
    const at = part.indexOf('=');
    return [part.slice(0, at).trim(), part.slice(at + 1).trim()] as const;
  }));
  const scope = /^([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aliyun_v4_request$/.exec(fields.get('Credential') ?? '');
  const signature = fields.get('Signature');
  if (!scope || !signature) return undefined;
  const additional = fields.get('AdditionalHeaders');
  return {
    accessKeyId: scope[1]!,
    date: scope[2]!,
    region: scope[3]!,
    product: scope[4]!,
    additionalHeaders: additional ? additional.split(';').map((name) => name.trim().toLowerCase()).filter(Boolean) : [],
    signature,
  };
}

/**
 * OSS V4 canonical request: verb, URI-encoded `/bucket/object` ('/' kept), every query parameter sorted and
 * encoded (a parameter without value stays a bare name), the signed headers (content-type, content-md5, all
 * x-oss-*, the additional ones), the additional header names, and x-oss-content-sha256.
 */
export function ossV4CanonicalRequest(request: SignableRequest, additionalHeaders: readonly string[]): string {
  const uri = uriEncode(`/${request.bucket}/${request.key}`).replace(/%2F/g, '/');
  const query = [...request.query]
    .map(([name, value]) => [uriEncode(name), value === '' ? '' : uriEncode(value)] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => (value === '' ? name : `${name}=${value}`))
    .join('&');
  const names = new Set(additionalHeaders);
  for (const name of Object.keys(request.headers)) {
    if (name === 'content-type' || name === 'content-md5' || name.startsWith('x-oss-')) names.add(name);
  }
  const headerLines = [...names].sort().map((name) => `${name}:${header(request.headers, name).trim()}\n`).join('');
  return [request.method.toUpperCase(), uri, query, headerLines, additionalHeaders.join(';'), header(request.headers, 'x-oss-content-sha256') || 'UNSIGNED-PAYLOAD'].join('\n');
}

export function ossV4StringToSign(authorization: OssV4Authorization, ossDate: string, canonicalRequest: string): string {
  const scope = `${authorization.date}/${authorization.region}/${authorization.product}/aliyun_v4_request`;
  return [OSS_V4_ALGORITHM, ossDate, scope, createHash('sha256').update(canonicalRequest).digest('hex')].join('\n');
}

export function ossV4Signature(secret: string, authorization: OssV4Authorization, stringToSign: string): string {
  const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest();
  const signingKey = hmac(hmac(hmac(hmac(`aliyun_v4${secret}`, authorization.date), authorization.region), authorization.product), 'aliyun_v4_request');
  return createHmac('sha256', signingKey).update(stringToSign).digest('hex');
}

export function verifyOssV4Signature(request: SignableRequest, secret: string, authorization: OssV4Authorization): { matched: boolean; stringToSign: string; canonicalRequest: string } {
  const canonicalRequest = ossV4CanonicalRequest(request, authorization.additionalHeaders);
  const stringToSign = ossV4StringToSign(authorization, header(request.headers, 'x-oss-date'), canonicalRequest);
  return { matched: safeEqual(ossV4Signature(secret, authorization, stringToSign), authorization.signature), stringToSign, canonicalRequest };
}

export interface OssSignInput {
  readonly method: string;
  readonly bucket: string;
  readonly key: string;
  /** Query parameters of the request (sub-resources such as `uploads`, `uploadId`, `partNumber` are signed). */
  readonly query?: URLSearchParams;
  /** Lower-case header names; `content-type`, `content-md5` and every `x-oss-*` header are signed. */
  readonly headers: Readonly<Record<string, string>>;
  readonly accessKeyId: string;
  readonly accessKeySecret: string;
  /** RFC 7231 date, e.g. `new Date().toUTCString()`. */
  readonly date: string;
}

/** `Authorization: OSS <AccessKeyId>:<signature>` for a V1-signed request (the headers must already hold any x-oss-security-token). */
export function ossAuthorization(input: OssSignInput): string {
  const stringToSign = ossStringToSign(
    { method: input.method, headers: { ...input.headers, date: input.date }, bucket: input.bucket, key: input.key, query: input.query ?? new URLSearchParams() },
    input.date,
  );
  return `OSS ${input.accessKeyId}:${ossSignature(input.accessKeySecret, stringToSign)}`;
}
