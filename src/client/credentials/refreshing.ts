import type { SigningCredentials } from '../../signing/index.js';
import type { CredentialProvider } from '../credentials.js';
import { VodApiError } from '../errors.js';
import type { WireCredentials } from './http.js';

/** What every fetching provider is told by the one who builds the chain. */
export interface CredentialHooks {
  /** Called with every secret obtained (AccessKey secret, SecurityToken, OIDC token) so logs can mask it. */
  readonly onSecret?: (secret: string) => void;
  /** A refresh failed while the credentials in hand are still valid. */
  readonly onWarning?: (message: string) => void;
  /** Clock in milliseconds (tests move it). */
  readonly now?: () => number;
}

/** Refresh a quarter of the lifetime before expiry, at most 15 minutes before (as the SDKs' stale time). */
const MAX_REFRESH_MARGIN_MS = 15 * 60_000;
/** Credentials this close to expiry are not used: a request signed now may arrive after it. */
const EXPIRY_SKEW_MS = 10_000;
/** A source that answers without an Expiration is asked again after this long. */
const NO_EXPIRY_REFRESH_MS = 15 * 60_000;
/** After a failed refresh while the old credentials still hold, wait this long before asking again. */
const FAILED_REFRESH_PAUSE_MS = 5_000;

interface Held {
  readonly credentials: SigningCredentials;
  readonly usableUntil: number;
  refreshAt: number;
}

/**
 * Temporary credentials fetched on first use and again before they expire. Concurrent callers share one fetch.
 * A failed refresh keeps the credentials in hand while they are valid; after that every call fails with a
 * `CredentialsUnavailable` error naming the source and the reason, and the next call tries again.
 */
export class RefreshingCredentials implements CredentialProvider {
  private held: Held | undefined;
  private pending: Promise<SigningCredentials> | undefined;
  private readonly now: () => number;

  constructor(
    readonly source: string,
    /** The step that fetches, named in errors (e.g. "STS AssumeRole"). */
    private readonly step: string,
    private readonly fetch: () => Promise<WireCredentials>,
    private readonly hooks: CredentialHooks = {},
  ) {
    this.now = hooks.now ?? Date.now;
  }

  async getCredentials(): Promise<SigningCredentials> {
    const held = this.held;
    if (held && this.now() < held.refreshAt) return held.credentials;
    this.pending ??= this.refresh().finally(() => (this.pending = undefined));
    return this.pending;
  }

  private async refresh(): Promise<SigningCredentials> {
    const started = this.now();
    let wire: WireCredentials;
    try {
      wire = await this.fetch();
      if (wire.expiresAt !== undefined && wire.expiresAt - EXPIRY_SKEW_MS <= this.now()) {
        throw new Error(`the credentials it answered expire at ${new Date(wire.expiresAt).toISOString()}, which is now or past (check the clock)`);
      }
    } catch (error) {
      const reason = (error as Error).message;
      const held = this.held;
      if (held && this.now() < held.usableUntil) {
        held.refreshAt = this.now() + FAILED_REFRESH_PAUSE_MS;
        this.hooks.onWarning?.(`refreshing credentials from ${this.source} failed (${reason}); the current ones stay valid until ${new Date(held.usableUntil + EXPIRY_SKEW_MS).toISOString()}`);
        return held.credentials;
      }
      throw new VodApiError({
        code: 'CredentialsUnavailable',
        message: `${this.held ? 'Refreshing' : 'Getting'} temporary credentials from ${this.source} failed: ${reason}.`,
        action: this.step,
      });
    }
    for (const secret of [wire.accessKeySecret, wire.securityToken]) this.hooks.onSecret?.(secret);
    const credentials: SigningCredentials = { accessKeyId: wire.accessKeyId, accessKeySecret: wire.accessKeySecret, securityToken: wire.securityToken };
    const expiresAt = wire.expiresAt ?? started + NO_EXPIRY_REFRESH_MS;
    const margin = Math.min(MAX_REFRESH_MARGIN_MS, Math.max(0, expiresAt - started) / 4);
    this.held = { credentials, usableUntil: expiresAt - EXPIRY_SKEW_MS, refreshAt: expiresAt - margin };
    return credentials;
  }
}
