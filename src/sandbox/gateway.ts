import type { IncomingHttpHeaders } from 'node:http';
import {
  ACS3_ALGORITHM,
  acs3CanonicalRequest,
  acs3Signature,
  acs3StringToSign,
  computeSignature,
  parseAcs3Authorization,
  sha256Hex,
  stringToSign,
  type HttpMethod,
} from '../signing/index.js';
import { SandboxError, missingParameter } from './errors.js';

export interface SandboxCredential {
  readonly accessKeyId: string;
  readonly accessKeySecret: string;
  /** When set, requests must carry this SecurityToken (an STS-style key pair). */
  readonly securityToken?: string;
  readonly disabled?: boolean;
}

/** Documented defaults: any client pointed at the sandbox signs with these. */
export const DEFAULT_SANDBOX_CREDENTIALS: SandboxCredential = {
  accessKeyId: 'sandbox-access-key-id',
  accessKeySecret: 'sandbox-access-key-secret',
};

const COMMON_REQUIRED = ['Action', 'Version', 'AccessKeyId', 'Signature', 'SignatureMethod', 'SignatureVersion', 'Timestamp', 'SignatureNonce'] as const;
export const COMMON_PARAMS = new Set<string>([...COMMON_REQUIRED, 'Format', 'SecurityToken', 'RegionId', 'ResourceOwnerId', 'ResourceOwnerAccount', 'OwnerId', 'OwnerAccount']);

const API_VERSION = '2017-03-21';
const MAX_SKEW_MS = 15 * 60 * 1000;
const TIMESTAMP_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
/** The V3 headers that must be present (x-acs-security-token too, for an STS key). */
const V3_REQUIRED_HEADERS = ['x-acs-action', 'x-acs-version', 'x-acs-date', 'x-acs-signature-nonce', 'x-acs-content-sha256'] as const;

/** An RPC request as it arrived: what both signature versions are computed from. */
export interface RpcRequest {
  readonly method: HttpMethod;
  /** The path as sent (still encoded). */
  readonly path: string;
  /** Decoded query pairs in arrival order. */
  readonly query: readonly (readonly [string, string])[];
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

export interface ParsedRpcRequest {
  /** `v3` when an `Authorization: ACS3-...` header came, else the spec 4.4 signature. */
  readonly signature: 'v2' | 'v3';
  readonly action: string;
  readonly format: 'JSON' | 'XML';
  /** Query and form-body parameters (a body parameter wins); for v2 they include the common parameters. */
  readonly params: Record<string, string>;
  readonly request: RpcRequest;
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(',') : value;
}

function isFormBody(headers: IncomingHttpHeaders): boolean {
  const type = (header(headers, 'content-type') ?? '').toLowerCase();
  return type === '' || type.startsWith('application/x-www-form-urlencoded');
}

/**
 * Reads what the gateway needs before it can answer anything: the signature version, the action, the answer
 * format and the parameters. Explicit `Format` wins; else an Accept header naming one of JSON or XML; else
 * V3 answers JSON (what its clients ask for) and V2 answers XML (spec 4.2: "默认为XML").
 */
export function parseRpcRequest(request: RpcRequest): ParsedRpcRequest {
  const params: Record<string, string> = Object.fromEntries(request.query);
  if (request.method === 'POST' && request.body.length && isFormBody(request.headers)) {
    Object.assign(params, Object.fromEntries(new URLSearchParams(request.body.toString('utf8'))));
  }
  const authorization = header(request.headers, 'authorization') ?? '';
  const signature = /^ACS3-/i.test(authorization.trim()) ? 'v3' : 'v2';
  const action = signature === 'v3' ? (header(request.headers, 'x-acs-action') ?? '') : (params.Action ?? '');
  return { signature, action, format: answerFormat(params.Format, header(request.headers, 'accept'), signature), params, request };
}

function answerFormat(format: string | undefined, accept: string | undefined, signature: 'v2' | 'v3'): 'JSON' | 'XML' {
  if (format) return format.toUpperCase() === 'JSON' ? 'JSON' : 'XML';
  const wanted = (accept ?? '').toLowerCase();
  const json = wanted.includes('json');
  const xml = wanted.includes('xml');
  if (json !== xml) return json ? 'JSON' : 'XML';
  return signature === 'v3' ? 'JSON' : 'XML';
}

const incompleteSignature = (detail?: string) =>
  new SandboxError('IncompleteSignature', `The request signature does not conform to Aliyun standards.${detail ? ` ${detail}` : ''}`, 400);

const signatureMismatch = (serverStringToSign: string) =>
  new SandboxError('SignatureDoesNotMatch', `Specified signature is not matched with our calculation. server string to sign is:${serverStringToSign}`, 400);

/**
 * Nonces seen in the last 15 minutes, in arrival order: expiry drops from the front and stops at the first
 * live one, so a request costs O(1) amortized however many nonces are remembered. Beyond `capacity` the
 * oldest are forgotten early (a bound on memory under a flood; such a nonce is at least `capacity` requests old).
 */
export class NonceStore {
  private readonly seenAt = new Map<string, number>();

  constructor(
    private readonly windowMs: number = MAX_SKEW_MS,
    private readonly capacity: number = 1_000_000,
  ) {}

  get size(): number {
    return this.seenAt.size;
  }

  /** Remembers the nonce; false when it was already seen within the window. */
  remember(nonce: string, now: number): boolean {
    for (const [oldest, at] of this.seenAt) {
      if (now - at <= this.windowMs && this.seenAt.size < this.capacity) break;
      this.seenAt.delete(oldest);
    }
    if (this.seenAt.has(nonce)) return false;
    this.seenAt.set(nonce, now);
    return true;
  }
}

/** Checks what the real gateway checks before an action runs, in the same order, for either signature version. */
export class Gateway {
  private readonly nonces: NonceStore;
  private readonly byId: Map<string, SandboxCredential>;

  constructor(
    credentials: readonly SandboxCredential[],
    private readonly wallClock: () => number = Date.now,
    nonceCapacity?: number,
  ) {
    this.byId = new Map(credentials.map((credential) => [credential.accessKeyId, credential]));
    this.nonces = new NonceStore(MAX_SKEW_MS, nonceCapacity);
  }

  /** Nonces currently remembered (for tests and the bench). */
  get rememberedNonces(): number {
    return this.nonces.size;
  }

  authenticate(parsed: ParsedRpcRequest): SandboxCredential {
    return parsed.signature === 'v3' ? this.authenticateV3(parsed.request) : this.authenticateV2(parsed.request.method, parsed.params);
  }

  /** Spec 4.4: common parameters, HMAC-SHA1 over the sorted, encoded parameters. */
  authenticateV2(method: HttpMethod, params: Readonly<Record<string, string>>): SandboxCredential {
    for (const name of COMMON_REQUIRED) if (!params[name]) throw missingParameter(name);
    this.checkVersion(params.Version!);
    if (params.Format && !['JSON', 'XML'].includes(params.Format.toUpperCase())) {
      throw new SandboxError('InvalidParameter', 'The specified parameter "Format" is not valid.', 400);
    }
    this.checkTimestamp(params.Timestamp!);
    if (params.SignatureMethod !== 'HMAC-SHA1') throw new SandboxError('InvalidParameter', 'The specified parameter "SignatureMethod" is not valid.', 400);
    if (params.SignatureVersion !== '1.0') throw new SandboxError('InvalidParameter', 'The specified parameter "SignatureVersion" is not valid.', 400);
    const credential = this.credentialFor(params.AccessKeyId!, params.SecurityToken);
    if (computeSignature(method, params, credential.accessKeySecret) !== params.Signature) throw signatureMismatch(stringToSign(method, params));
    this.rememberNonce(params.SignatureNonce!);
    return credential;
  }

  /** V3: `Authorization: ACS3-HMAC-SHA256 Credential=..,SignedHeaders=..,Signature=..` over the canonical request. */
  authenticateV3(request: RpcRequest): SandboxCredential {
    const authorization = parseAcs3Authorization(header(request.headers, 'authorization') ?? '');
    if (!authorization) throw incompleteSignature('The Authorization header needs Credential, SignedHeaders and Signature.');
    if (authorization.algorithm !== ACS3_ALGORITHM) throw incompleteSignature(`Unsupported signature algorithm ${authorization.algorithm}.`);
    const values: Record<string, string> = {};
    for (const name of Object.keys(request.headers)) values[name] = header(request.headers, name) ?? '';
    for (const name of V3_REQUIRED_HEADERS) if (!values[name]) throw missingParameter(name);
    this.checkVersion(values['x-acs-version']!);
    this.checkTimestamp(values['x-acs-date']!);
    const signed = new Set(authorization.signedHeaders.map((name) => name.toLowerCase()));
    const unsigned = ['host', ...Object.keys(values).filter((name) => name.startsWith('x-acs-'))].filter((name) => !signed.has(name));
    if (unsigned.length) throw incompleteSignature(`These headers must be signed: ${unsigned.join(', ')}.`);
    const hashedPayload = sha256Hex(request.body);
    if (values['x-acs-content-sha256']!.toLowerCase() !== hashedPayload) {
      throw incompleteSignature('x-acs-content-sha256 is not the SHA-256 of the request body.');
    }
    const credential = this.credentialFor(authorization.accessKeyId, values['x-acs-security-token']);
    const canonicalRequest = acs3CanonicalRequest({
      method: request.method,
      path: request.path,
      query: request.query,
      headers: values,
      signedHeaders: [...signed],
      hashedPayload,
    });
    const serverStringToSign = acs3StringToSign(canonicalRequest);
    if (acs3Signature(serverStringToSign, credential.accessKeySecret) !== authorization.signature.toLowerCase()) throw signatureMismatch(serverStringToSign);
    this.rememberNonce(values['x-acs-signature-nonce']!);
    return credential;
  }

  private checkVersion(version: string): void {
    if (version !== API_VERSION) throw new SandboxError('InvalidVersion', 'Specified parameter Version is not valid.', 400);
  }

  private checkTimestamp(timestamp: string): void {
    if (!TIMESTAMP_PATTERN.test(timestamp) || Number.isNaN(Date.parse(timestamp))) {
      throw new SandboxError('InvalidTimeStamp.Format', 'Specified time stamp or date value is not well formatted.', 400);
    }
    if (Math.abs(Date.parse(timestamp) - this.wallClock()) > MAX_SKEW_MS) {
      throw new SandboxError('InvalidTimeStamp.Expired', 'Specified time stamp or date value is expired.', 400);
    }
  }

  private credentialFor(accessKeyId: string, securityToken: string | undefined): SandboxCredential {
    const credential = this.byId.get(accessKeyId);
    if (!credential) throw new SandboxError('InvalidAccessKeyId.NotFound', 'Specified access key is not found.', 404);
    if (credential.disabled) throw new SandboxError('InvalidAccessKeyId.Inactive', 'Specified access key is disabled.', 400);
    if (credential.securityToken !== undefined) {
      if (!securityToken) throw new SandboxError('InvalidSecurityToken.Malformed', 'Specified SecurityToken is malformed.', 400);
      if (securityToken !== credential.securityToken) {
        throw new SandboxError('InvalidSecurityToken.MismatchWithAccessKey', 'Specified SecurityToken mismatch with the AccessKey.', 400);
      }
    }
    return credential;
  }

  private rememberNonce(nonce: string): void {
    if (!this.nonces.remember(nonce, this.wallClock())) throw new SandboxError('SignatureNonceUsed', 'Specified signature nonce was used already.', 400);
  }
}
