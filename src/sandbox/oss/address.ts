import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';

const BUCKET = /^[a-z0-9][a-z0-9-]{1,62}$/;

/** Which bucket and object a request addresses, and how (OSS accepts both). */
export interface ObjectAddress {
  readonly bucket: string;
  /** Decoded object key; empty for the bucket itself. */
  readonly key: string;
  readonly style: 'virtual-hosted' | 'path';
}

function decodeKey(encoded: string): string | undefined {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return undefined;
  }
}

/**
 * The bucket a `Host: <bucket>.<endpoint host>` names (virtual-hosted style), or undefined. ali-oss sends this
 * against an endpoint that is a domain, and also against an IP endpoint (it then keeps the IP in the URL and puts
 * `<bucket>.oss-<region>.aliyuncs.com` in Host). A plain IP or `localhost` host is path style.
 */
export function virtualHostBucket(req: IncomingMessage): string | undefined {
  const host = (req.headers.host ?? '').replace(/:\d+$/, '').replace(/^\[|\]$/g, '').toLowerCase();
  if (!host || isIP(host) || host === 'localhost') return undefined;
  const dot = host.indexOf('.');
  const label = dot > 0 ? host.slice(0, dot) : '';
  return BUCKET.test(label) ? label : undefined;
}

/** Virtual-hosted `/<object>` when the host names a bucket, else path-style `/<bucket>/<object>`. */
export function objectAddress(pathname: string, bucketFromHost: string | undefined): ObjectAddress | undefined {
  if (bucketFromHost) {
    const key = decodeKey(pathname.slice(1));
    return key === undefined ? undefined : { bucket: bucketFromHost, key, style: 'virtual-hosted' };
  }
  const match = /^\/([a-z0-9][a-z0-9-]{1,62})(?:\/(.*))?$/.exec(pathname);
  if (!match?.[1]) return undefined;
  const key = decodeKey(match[2] ?? '');
  return key === undefined ? undefined : { bucket: match[1], key, style: 'path' };
}
