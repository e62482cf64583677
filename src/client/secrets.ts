/**
 * The one masking function for every API error message and every log line. The service (or a proxy) may echo
 * parts of a request in a message: SignatureDoesNotMatch and IncompleteSignature append the string to sign (which
 * holds every parameter, an STS token included), other errors quote an AccessKey ID or a token. Whatever the code,
 * such parts are replaced with "***" before a message is stored, shown or logged.
 */
const MASK = '***';

/** Everything after "string to sign is:" / "StringToSign:" / "canonical request:": it holds every parameter. */
const SIGNED_STRING = /((?:string[\s_-]*to[\s_-]*sign|canonical[\s_-]*request)(?:\s+is)?\s*[:：=])[\s\S]*$/i;
/** An RPC string to sign without its label: METHOD&%2F&key%3Dvalue... */
const BARE_SIGNED_STRING = /\b(?:GET|POST)&%2F&\S*/g;
/** STS security tokens (they start with CAIS) and AccessKey IDs: long-term (LTAI...) and STS (STS.xxx). */
const TOKEN_SHAPES = /\bCAIS[A-Za-z0-9+/=_-]{16,}|\bLTAI[A-Za-z0-9]{8,40}\b|\bSTS\.[A-Za-z0-9]{8,80}\b/g;
/** An Authorization header value (`acs <id>:<signature>`, `ACS3-HMAC-SHA256 Credential=...`): to the end of the line. */
const AUTHORIZATION = /\b(Authorization"?\s*[:=]\s*"?)[^\r\n"]+/gi;
/**
 * Named values: Signature=..., "AccessKeySecret":"...", x-acs-security-token: ..., and URL-encoded forms; also the
 * content keys VOD answers or takes (a KMS data key's Plaintext, play keys, secure-download keys).
 */
const NAMED_VALUES =
  /\b(AccessKey[-_]?Id|AccessKey[-_]?Secret|access_key_id|access_key_secret|Security[-_]?Token|x-acs-security-token|sts_token|Signature|Plaintext|PlayKey|AppDecryptKey|AppEncryptKey)("?\s*(?:=|:|%3D)\s*"?)((?:(?!%26)[^\s&"',;<>()])+)/gi;

/** Known credential values shorter than this are not masked by value (they would hit ordinary words); real ones are 16+. */
const MIN_KNOWN_LENGTH = 8;

/** Masks credential shapes, plus each `known` value (the credentials in use) wherever it appears. */
export function maskSecrets(text: string, known: readonly (string | undefined)[] = []): string {
  let result = text;
  for (const value of known) if (value && value.length >= MIN_KNOWN_LENGTH) result = result.split(value).join(MASK);
  return result
    .replace(SIGNED_STRING, `$1 ${MASK}`)
    .replace(AUTHORIZATION, `$1${MASK}`)
    .replace(BARE_SIGNED_STRING, MASK)
    .replace(TOKEN_SHAPES, MASK)
    .replace(NAMED_VALUES, (_match, name: string, separator: string) => `${name}${separator}${MASK}`);
}
