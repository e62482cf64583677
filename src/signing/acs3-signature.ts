import { createHash, createHmac } from 'node:crypto';
import { percentEncode } from './percent-encode.js';

/** The V3 signature of Alibaba Cloud OpenAPI (`ACS3-HMAC-SHA256`), as the generated SDKs sign by default. */
export const ACS3_ALGORITHM = 'ACS3-HMAC-SHA256';

export interface CanonicalRequestInput {
  readonly method: string;
  /** The encoded resource path; `/` for RPC actions. */
  readonly path: string;
  /** Query pairs as decoded values; the order does not matter. */
  readonly query: readonly (readonly [string, string])[];
  /** Header values by lowercase name; only the signed ones are read. */
  readonly headers: Readonly<Record<string, string>>;
  /** Lowercase header names, in any order. */
  readonly signedHeaders: readonly string[];
  /** Lowercase hex SHA-256 of the body bytes. */
  readonly hashedPayload: string;
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Encoded `k=v` pairs sorted by encoded key (then value); an empty value keeps its `=`. */
export function acs3CanonicalQuery(query: readonly (readonly [string, string])[]): string {
  return query
    .map(([key, value]) => [percentEncode(key), percentEncode(value)] as const)
    .sort(([ak, av], [bk, bv]) => (ak < bk ? -1 : ak > bk ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
    .map(([key, value]) => `${key}=${value}`)
    .join('&');
}

export function sortedSignedHeaders(names: readonly string[]): string[] {
  return [...new Set(names.map((name) => name.toLowerCase()))].sort();
}

/** Method, path, query, `name:value` lines of the signed headers, their `;` list, payload hash: joined by newlines. */
export function acs3CanonicalRequest(input: CanonicalRequestInput): string {
  const names = sortedSignedHeaders(input.signedHeaders);
  const headerLines = names.map((name) => `${name}:${(input.headers[name] ?? '').trim()}\n`).join('');
  return [input.method.toUpperCase(), input.path, acs3CanonicalQuery(input.query), headerLines, names.join(';'), input.hashedPayload].join('\n');
}

export function acs3StringToSign(canonicalRequest: string): string {
  return `${ACS3_ALGORITHM}\n${sha256Hex(canonicalRequest)}`;
}

export function acs3Signature(stringToSign: string, accessKeySecret: string): string {
  return createHmac('sha256', accessKeySecret).update(stringToSign, 'utf8').digest('hex');
}

export function acs3Authorization(accessKeyId: string, signedHeaders: readonly string[], signature: string): string {
  return `${ACS3_ALGORITHM} Credential=${accessKeyId},SignedHeaders=${sortedSignedHeaders(signedHeaders).join(';')},Signature=${signature}`;
}

export interface ParsedAcs3Authorization {
  readonly algorithm: string;
  readonly accessKeyId: string;
  readonly signedHeaders: string[];
  readonly signature: string;
}

/** `ALGORITHM Credential=..,SignedHeaders=a;b,Signature=..`; undefined when any part is missing. */
export function parseAcs3Authorization(header: string): ParsedAcs3Authorization | undefined {
  const match = /^(\S+)\s+(.+)$/.exec(header.trim());
  if (!match) return undefined;
  const fields = new Map<string, string>();
  for (const part of match[2]!.split(',')) {
    const at = part.indexOf('=');
    if (at > 0) fields.set(part.slice(0, at).trim(), part.slice(at + 1).trim());
  }
  const accessKeyId = fields.get('Credential');
  const signedHeaders = fields.get('SignedHeaders');
  const signature = fields.get('Signature');
  if (!accessKeyId || !signedHeaders || !signature) return undefined;
  return { algorithm: match[1]!, accessKeyId, signedHeaders: signedHeaders.split(';').filter(Boolean), signature };
}
