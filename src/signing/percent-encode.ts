/**
 * RFC 3986 percent-encoding as the RPC signature requires (spec 4.4):
 * unreserved A-Z a-z 0-9 - _ . ~ stay, everything else (UTF-8 bytes) becomes %XY, space is %20.
 * encodeURIComponent leaves ! ' ( ) * unencoded, so those are fixed up.
 */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
