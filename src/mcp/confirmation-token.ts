import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { localConsumedTokens } from '../store/confirmations.js';

/**
 * Where spent token nonces are remembered. Single use holds across every instance that shares one store:
 * the default (`localConsumedTokens`, a MemoryStore) is local to a process, so tokens minted by another instance are
 * refused unless the store is `shared` (`sharedConsumedTokens` over the Redis store).
 */
export interface ConsumedTokenStore {
  /** True when every instance of the group uses this same store. */
  readonly shared: boolean;
  /** Records the nonce as spent until `expiresAt` (ms since epoch); false when it was already spent. Atomic. */
  consume(nonce: string, expiresAt: number): Promise<boolean>;
}

export interface TokenOptions {
  /** The shared secret (VOD_MCP_CONFIRM_KEY); random per process when omitted. */
  readonly key?: string | undefined;
  readonly store?: ConsumedTokenStore;
  readonly ttlMs?: number;
  readonly now?: () => number;
}

interface Claims {
  /** tool */
  readonly t: string;
  /** expiry, ms since epoch */
  readonly e: number;
  /** nonce */
  readonly n: string;
  /** policy label the token was minted under */
  readonly p: string;
  /** instance group (derived from the key) */
  readonly g: string;
  /** minting instance */
  readonly i: string;
}

export interface IssuedToken {
  readonly token: string;
  readonly expiresAt: string;
}

/**
 * Single-use confirmation tokens bound to a tool, its exact arguments, the policy and the instance group they
 * were minted under, signed with HMAC-SHA256 (key: VOD_MCP_CONFIRM_KEY, else random per process).
 */
export class ConfirmationTokens {
  /** Derived from the key: instances sharing VOD_MCP_CONFIRM_KEY share it; random per process otherwise. */
  readonly group: string;
  /** This process. */
  readonly instance = randomBytes(9).toString('base64url');
  private readonly key: Buffer;
  private readonly store: ConsumedTokenStore;
  private readonly ttlMs: number;
  private readonly now: () => number;

  constructor(options: TokenOptions = {}) {
    this.key = options.key ? createHash('sha256').update(options.key).digest() : randomBytes(32);
    this.group = createHmac('sha256', this.key).update('vod-mcp confirmation group').digest('base64url').slice(0, 12);
    this.store = options.store ?? localConsumedTokens(options.now);
    this.ttlMs = options.ttlMs ?? 5 * 60 * 1000;
    this.now = options.now ?? Date.now;
  }

  /** A subkey of the confirmation key for another purpose (the sealed request states). */
  deriveKey(purpose: string): Buffer {
    return createHmac('sha256', this.key).update(purpose).digest();
  }

  /** True when every instance shares the consumed-token store. */
  get sharedStore(): boolean {
    return this.store.shared;
  }

  /**
   * Spends a nonce (of a token or a sealed request state): why it cannot be used (already spent, or the shared
   * store is unreachable, so single use cannot be checked), or undefined once it is spent now.
   */
  async consumeNonce(nonce: string, expiresAt: number, what: string): Promise<string | undefined> {
    const fresh = await this.store.consume(nonce, expiresAt).catch(() => undefined);
    if (fresh === undefined) return 'the shared consumed-token store cannot be reached, so single use cannot be checked (retry in a few seconds)';
    return fresh ? undefined : `${what} was already used`;
  }

  issue(tool: string, args: unknown, policy: string): IssuedToken {
    const claims: Claims = { t: tool, e: this.now() + this.ttlMs, n: randomBytes(12).toString('base64url'), p: policy, g: this.group, i: this.instance };
    const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
    return { token: `${payload}.${this.sign(payload, args)}`, expiresAt: new Date(claims.e).toISOString() };
  }

  /** Returns why the token is refused, or undefined when it is good (and then it is spent). */
  async redeem(tool: string, args: unknown, token: string, policy: string): Promise<string | undefined> {
    const [payload, signature, extra] = token.split('.');
    if (!payload || !signature || extra !== undefined) return 'the token is malformed';
    const claims = parseClaims(payload);
    if (!claims) return 'the token is malformed';
    if (claims.g !== this.group) return 'the token was minted by a server of another instance group (another VOD_MCP_CONFIRM_KEY)';
    const expected = Buffer.from(this.sign(payload, args));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
      return 'the token does not match these arguments (it was issued for other arguments or another tool, or was not issued by this server)';
    }
    if (claims.t !== tool) return 'the token was issued for another tool';
    if (claims.p !== policy) return `the token was minted under another confirmation policy (${claims.p}; this server runs ${policy})`;
    if (claims.i !== this.instance && !this.store.shared) {
      return 'the token was minted by another instance of this server, and single use across instances needs a shared consumed-token store, which is not configured';
    }
    if (claims.e < this.now()) return 'the token has expired';
    return this.consumeNonce(claims.n, claims.e, 'the token');
  }

  private sign(payload: string, args: unknown): string {
    return createHmac('sha256', this.key).update(`${payload}\n${argsDigest(args)}`).digest('base64url');
  }
}

function parseClaims(payload: string): Claims | undefined {
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Partial<Claims>;
    const strings = [claims.t, claims.n, claims.p, claims.g, claims.i];
    return strings.every((value) => typeof value === 'string') && typeof claims.e === 'number' ? (claims as Claims) : undefined;
  } catch {
    return undefined;
  }
}

/** JSON with object keys sorted, so equal arguments hash equally whatever their order. */
/** SHA-256 of the canonical JSON of validated arguments: what tokens and sealed states bind a call to. */
export function argsDigest(args: unknown): string {
  return createHash('sha256').update(canonicalJson(args)).digest('base64url');
}

export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
