import { createHash, createHmac } from 'node:crypto';

/** The sandbox's URL-auth key (CDN type A) and OSS key for signed play URLs. */
export const PLAY_AUTH_KEY = 'sandbox-cdn-url-auth-key';
const OSS_ACCESS_KEY_ID = 'LTAI-sandbox-vod-origin';
const OSS_ACCESS_KEY_SECRET = 'sandbox-vod-origin-secret';

function withQuery(url: URL, extra: Record<string, string>): string {
  for (const [name, value] of Object.entries(extra)) url.searchParams.set(name, value);
  return url.toString();
}

/** CDN URL authentication type A: auth_key={timestamp}-{rand}-{uid}-md5("{uri}-{timestamp}-{rand}-{uid}-{key}"); timestamp is the expiry here. */
export function signCdnUrl(raw: string, expiresAtSeconds: number, uid = '0', rand = '0'): string {
  const url = new URL(raw);
  const hash = createHash('md5').update(`${url.pathname}-${expiresAtSeconds}-${rand}-${uid}-${PLAY_AUTH_KEY}`).digest('hex');
  return withQuery(url, { auth_key: `${expiresAtSeconds}-${rand}-${uid}-${hash}` });
}

/** OSS query-string signature (origin URL): Expires, OSSAccessKeyId, Signature over "GET\n\n\n{Expires}\n{path}". */
export function signOssUrl(raw: string, expiresAtSeconds: number): string {
  const url = new URL(raw);
  const signature = createHmac('sha1', OSS_ACCESS_KEY_SECRET).update(`GET\n\n\n${expiresAtSeconds}\n${decodeURIComponent(url.pathname)}`).digest('base64');
  return withQuery(url, { Expires: String(expiresAtSeconds), OSSAccessKeyId: OSS_ACCESS_KEY_ID, Signature: signature });
}
