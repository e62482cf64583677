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

/** What a play URL's query says about its signature, checked against the sandbox's keys at `nowSeconds`. */
export type PlayUrlAuth =
  | { readonly verdict: 'unsigned' }
  | { readonly verdict: 'invalid' | 'expired'; readonly scheme: 'cdn' | 'oss' }
  | { readonly verdict: 'valid'; readonly scheme: 'cdn'; readonly expiresAt: number; readonly uid: string; readonly rand: string }
  | { readonly verdict: 'valid'; readonly scheme: 'oss'; readonly expiresAt: number };

function unsignedCopy(url: URL, names: readonly string[]): string {
  const copy = new URL(url);
  for (const name of names) copy.searchParams.delete(name);
  return copy.toString();
}

/** Verifies a URL made by signCdnUrl or signOssUrl (the CDN and OSS check these before serving the file). */
export function readPlayUrlAuth(url: URL, nowSeconds: number): PlayUrlAuth {
  const authKey = url.searchParams.get('auth_key');
  if (authKey !== null) {
    const parts = authKey.split('-');
    const expiresAt = Number(parts[0]);
    if (parts.length !== 4 || !Number.isInteger(expiresAt)) return { verdict: 'invalid', scheme: 'cdn' };
    const [, rand, uid] = parts as [string, string, string, string];
    if (new URL(signCdnUrl(unsignedCopy(url, ['auth_key']), expiresAt, uid, rand)).searchParams.get('auth_key') !== authKey) return { verdict: 'invalid', scheme: 'cdn' };
    return expiresAt < nowSeconds ? { verdict: 'expired', scheme: 'cdn' } : { verdict: 'valid', scheme: 'cdn', expiresAt, uid, rand };
  }
  const signature = url.searchParams.get('Signature');
  if (signature === null && !url.searchParams.has('Expires')) return { verdict: 'unsigned' };
  const expiresAt = Number(url.searchParams.get('Expires'));
  const base = unsignedCopy(url, ['Expires', 'OSSAccessKeyId', 'Signature']);
  if (!Number.isInteger(expiresAt) || url.searchParams.get('OSSAccessKeyId') !== OSS_ACCESS_KEY_ID || new URL(signOssUrl(base, expiresAt)).searchParams.get('Signature') !== signature) {
    return { verdict: 'invalid', scheme: 'oss' };
  }
  return expiresAt < nowSeconds ? { verdict: 'expired', scheme: 'oss' } : { verdict: 'valid', scheme: 'oss', expiresAt };
}

/** Signs another URL the way a valid one was signed (HLS segments of a signed playlist). */
export function signLike(auth: PlayUrlAuth, raw: string): string {
  if (auth.verdict !== 'valid') return raw;
  return auth.scheme === 'cdn' ? signCdnUrl(raw, auth.expiresAt, auth.uid, auth.rand) : signOssUrl(raw, auth.expiresAt);
}
