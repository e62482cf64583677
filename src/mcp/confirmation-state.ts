import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { argsDigest, type ConfirmationTokens } from './confirmation-token.js';

/** What a sealed confirmation request state says (2026-07-28 multi-round-trip confirmation). */
export interface StateClaims {
  /** tool */
  readonly t: string;
  /** SHA-256 of the canonical JSON of the validated arguments */
  readonly a: string;
  /** principal: the bearer token's identity, or the local stdio user */
  readonly p: string;
  /** expiry, ms since epoch */
  readonly e: number;
  /** nonce, spent once in the consumed-token store */
  readonly n: string;
  /** policy label */
  readonly l: string;
  /** instance group (from the key) */
  readonly g: string;
  /** minting instance */
  readonly i: string;
}

export interface StateBinding {
  readonly tool: string;
  readonly args: unknown;
  readonly principal: string;
  readonly policy: string;
}

const VERSION = 'v1';
const AAD = Buffer.from('vod-mcp confirmation request-state v1');

/**
 * The requestState of a confirmation: AES-256-GCM (authenticated encryption) under a key derived from
 * VOD_MCP_CONFIRM_KEY (random per process without it, like the tokens), bound to the tool, the exact arguments,
 * the principal, the policy and an expiry, and single use through the same consumed-token store as the tokens.
 */
export class ConfirmationStates {
  private readonly key: Buffer;

  constructor(
    private readonly tokens: ConfirmationTokens,
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.key = tokens.deriveKey('vod-mcp confirmation request-state');
  }

  seal(binding: StateBinding): string {
    const claims: StateClaims = {
      t: binding.tool,
      a: argsDigest(binding.args),
      p: binding.principal,
      e: this.now() + this.ttlMs,
      n: randomBytes(12).toString('base64url'),
      l: binding.policy,
      g: this.tokens.group,
      i: this.tokens.instance,
    };
    return sealClaims(this.key, claims);
  }

  /** Why the state is refused, or undefined when it is good for this call (and then it is spent). */
  async redeem(state: string, binding: StateBinding): Promise<string | undefined> {
    const claims = openClaims(this.key, state);
    if (!claims) return 'the request state was not issued by this server or was altered';
    if (claims.g !== this.tokens.group) return 'the request state was issued by a server of another instance group';
    if (claims.t !== binding.tool) return 'the request state was issued for another tool';
    if (claims.a !== argsDigest(binding.args)) return 'the request state was issued for other arguments';
    if (claims.p !== binding.principal) return 'the request state was issued to another principal';
    if (claims.l !== binding.policy) return 'the request state was issued under another confirmation policy';
    if (claims.e < this.now()) return 'the request state has expired';
    if (claims.i !== this.tokens.instance && !this.tokens.sharedStore) {
      return 'the request state was issued by another instance of this server, and single use across instances needs a shared consumed-token store, which is not configured';
    }
    return this.tokens.consumeNonce(claims.n, claims.e, 'the request state');
  }
}

/** Exported for tests that need a validly sealed state with chosen claims (an expired one). */
export function sealClaims(key: Buffer, claims: StateClaims): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(AAD);
  const body = Buffer.concat([cipher.update(JSON.stringify(claims), 'utf8'), cipher.final()]);
  return `${VERSION}.${Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64url')}`;
}

/** Exported for tests (with the key they configured): what a sealed state says, or undefined when it does not open. */
export function openClaims(key: Buffer, state: string): StateClaims | undefined {
  const [version, packed, extra] = state.split('.');
  if (version !== VERSION || !packed || extra !== undefined) return undefined;
  const bytes = Buffer.from(packed, 'base64url');
  if (bytes.length < 12 + 16 + 2) return undefined;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, 12));
    decipher.setAAD(AAD);
    decipher.setAuthTag(bytes.subarray(-16));
    const text = Buffer.concat([decipher.update(bytes.subarray(12, -16)), decipher.final()]).toString('utf8');
    const claims = JSON.parse(text) as Partial<StateClaims>;
    const strings = [claims.t, claims.a, claims.p, claims.n, claims.l, claims.g, claims.i];
    return strings.every((value) => typeof value === 'string') && typeof claims.e === 'number' ? (claims as StateClaims) : undefined;
  } catch {
    return undefined;
  }
}
