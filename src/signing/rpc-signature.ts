import { createHmac } from 'node:crypto';
import { percentEncode } from './percent-encode.js';

export type HttpMethod = 'GET' | 'POST';
export type Params = Readonly<Record<string, string>>;

/** Sorted, encoded `k=v&k=v` of every parameter except Signature. */
export function canonicalQuery(params: Params): string {
  return Object.keys(params)
    .filter((key) => key !== 'Signature')
    .sort()
    .map((key) => `${percentEncode(key)}=${percentEncode(params[key] ?? '')}`)
    .join('&');
}

export function stringToSign(method: HttpMethod, params: Params): string {
  return `${method}&${percentEncode('/')}&${percentEncode(canonicalQuery(params))}`;
}

/** HMAC-SHA1 with key `AccessKeySecret&`, base64 (SignatureVersion 1.0). */
export function signString(text: string, accessKeySecret: string): string {
  return createHmac('sha1', `${accessKeySecret}&`).update(text, 'utf8').digest('base64');
}

export function computeSignature(method: HttpMethod, params: Params, accessKeySecret: string): string {
  return signString(stringToSign(method, params), accessKeySecret);
}
