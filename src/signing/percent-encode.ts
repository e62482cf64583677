/**
 * RFC 3986 percent-encoding as the RPC signature requires (spec 4.4):
 * unreserved A-Z a-z 0-9 - _ . ~ stay, everything else (UTF-8 bytes) becomes %XY, space is %20.
 * encodeURIComponent leaves ! ' ( ) * unencoded, so those are fixed up.
 */
export function percentEncode(value: string): string {
  // Most names and values (actions, IDs, versions) are unreserved already; this check is about twice as fast as encoding.
  if (UNRESERVED_ONLY.test(value)) return value;
  const encoded = encodeURIComponent(value);
  return LEFT_BY_ENCODE_URI_COMPONENT.test(encoded) ? encoded.replace(/[!'()*]/g, (c) => FIXED[c]!) : encoded;
}

const UNRESERVED_ONLY = /^[A-Za-z0-9_.~-]*$/;
const LEFT_BY_ENCODE_URI_COMPONENT = /[!'()*]/;
const FIXED: Record<string, string> = { '!': '%21', "'": '%27', '(': '%28', ')': '%29', '*': '%2A' };
