import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Single-use confirmation tokens bound to a tool and its exact arguments, signed with HMAC-SHA256 so they
 * cannot be forged and verify on any instance sharing the key (VOD_MCP_CONFIRM_KEY). Single use is enforced
 * per instance (the used-token memory is local).
 */
export class ConfirmationTokens {
  private readonly used = new Map<string, number>();

  constructor(
    private readonly key: Buffer = randomBytes(32),
    private readonly ttlMs: number = 5 * 60 * 1000,
    private readonly now: () => number = Date.now,
  ) {}

  issue(tool: string, args: unknown): string {
    const payload = Buffer.from(JSON.stringify({ t: tool, e: this.now() + this.ttlMs, n: randomBytes(9).toString('base64url') })).toString('base64url');
    return `${payload}.${this.sign(payload, args)}`;
  }

  /** Returns why the token is refused, or undefined when it is good (and then it is spent). */
  redeem(tool: string, args: unknown, token: string): string | undefined {
    const [payload, signature, extra] = token.split('.');
    if (!payload || !signature || extra !== undefined) return 'the token is malformed';
    const expected = Buffer.from(this.sign(payload, args));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
      return 'the token does not match these arguments (it was issued for other arguments or another tool, or was not issued by this server)';
    }
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { t: string; e: number; n: string };
    if (claims.t !== tool) return 'the token was issued for another tool';
    if (claims.e < this.now()) return 'the token has expired';
    this.forgetExpired();
    if (this.used.has(claims.n)) return 'the token was already used';
    this.used.set(claims.n, claims.e);
    return undefined;
  }

  private sign(payload: string, args: unknown): string {
    const argsHash = createHash('sha256').update(canonicalJson(args)).digest('base64url');
    return createHmac('sha256', this.key).update(`${payload}\n${argsHash}`).digest('base64url');
  }

  private forgetExpired(): void {
    const now = this.now();
    for (const [nonce, expiry] of this.used) if (expiry < now) this.used.delete(nonce);
  }
}

/** JSON with object keys sorted, so equal arguments hash equally whatever their order. */
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
