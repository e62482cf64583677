import { computeSignature, stringToSign, type HttpMethod } from '../signing/index.js';
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

const MAX_SKEW_MS = 15 * 60 * 1000;
const TIMESTAMP_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

/** Checks what the real gateway checks before an action runs, in the same order. Nonces are remembered 15 minutes. */
export class Gateway {
  private readonly nonces = new Map<string, number>();
  private readonly byId: Map<string, SandboxCredential>;

  constructor(
    credentials: readonly SandboxCredential[],
    private readonly wallClock: () => number = Date.now,
  ) {
    this.byId = new Map(credentials.map((credential) => [credential.accessKeyId, credential]));
  }

  authenticate(method: HttpMethod, params: Readonly<Record<string, string>>): SandboxCredential {
    for (const name of COMMON_REQUIRED) if (!params[name]) throw missingParameter(name);
    if (params.Version !== '2017-03-21') throw new SandboxError('InvalidVersion', 'Specified parameter Version is not valid.', 400);
    if (params.Format && !['JSON', 'XML'].includes(params.Format.toUpperCase())) {
      throw new SandboxError('InvalidParameter', 'The specified parameter "Format" is not valid.', 400);
    }
    const timestamp = params.Timestamp!;
    if (!TIMESTAMP_PATTERN.test(timestamp) || Number.isNaN(Date.parse(timestamp))) {
      throw new SandboxError('InvalidTimeStamp.Format', 'Specified time stamp or date value is not well formatted.', 400);
    }
    if (Math.abs(Date.parse(timestamp) - this.wallClock()) > MAX_SKEW_MS) {
      throw new SandboxError('InvalidTimeStamp.Expired', `Specified time stamp or date value is expired. Server time is ${new Date(this.wallClock()).toISOString()}.`, 400);
    }
    if (params.SignatureMethod !== 'HMAC-SHA1') throw new SandboxError('InvalidParameter', 'The specified parameter "SignatureMethod" is not valid.', 400);
    if (params.SignatureVersion !== '1.0') throw new SandboxError('InvalidParameter', 'The specified parameter "SignatureVersion" is not valid.', 400);
    const credential = this.byId.get(params.AccessKeyId!);
    if (!credential) throw new SandboxError('InvalidAccessKeyId.NotFound', 'Specified access key is not found.', 404);
    if (credential.disabled) throw new SandboxError('InvalidAccessKeyId.Inactive', 'Specified access key is disabled.', 400);
    if (credential.securityToken !== undefined) {
      if (!params.SecurityToken) throw new SandboxError('InvalidSecurityToken.Malformed', 'Specified SecurityToken is malformed.', 400);
      if (params.SecurityToken !== credential.securityToken) {
        throw new SandboxError('InvalidSecurityToken.MismatchWithAccessKey', 'Specified SecurityToken mismatch with the AccessKey.', 400);
      }
    }
    const expected = computeSignature(method, params, credential.accessKeySecret);
    if (expected !== params.Signature) {
      throw new SandboxError(
        'SignatureDoesNotMatch',
        `Specified signature is not matched with our calculation. server string to sign is:${stringToSign(method, params)}`,
        400,
      );
    }
    this.rememberNonce(params.SignatureNonce!);
    return credential;
  }

  private rememberNonce(nonce: string): void {
    const now = this.wallClock();
    if (this.nonces.size > 10_000) {
      for (const [seen, at] of this.nonces) if (now - at > MAX_SKEW_MS) this.nonces.delete(seen);
    }
    if (this.nonces.has(nonce)) throw new SandboxError('SignatureNonceUsed', 'Specified signature nonce was used already.', 400);
    this.nonces.set(nonce, now);
  }
}
