import { createHash, randomBytes } from 'node:crypto';

/** What an upload ticket hands to the uploader on the user's machine: one media record's upload address and credentials. */
export interface UploadGrant {
  readonly MediaType: 'video' | 'audio' | 'image' | 'attached';
  readonly MediaId: string;
  readonly FileName: string;
  readonly UploadAddress: string;
  readonly UploadAuth: string;
}

export type Redemption = { ok: true; grant: UploadGrant; session: string } | { ok: false; why: string };

export interface UploadTicketOptions {
  /** How long a ticket can be redeemed (default 15 minutes). */
  readonly ticketTtlMs?: number;
  /** How long the uploader may refresh its credentials after redeeming (default 24 hours). */
  readonly sessionTtlMs?: number;
  /** Tickets open at most (default 1,000); past it the oldest is dropped. */
  readonly maxOpen?: number;
  readonly now?: () => number;
}

interface Entry {
  readonly grant: UploadGrant;
  readonly expiresAt: number;
}

/** Only digests are kept: a ticket or session key cannot be read back out of this store. */
const digest = (secret: string) => createHash('sha256').update(secret).digest('base64url');
const SECRET = /^[A-Za-z0-9_-]{43}$/;

/**
 * Single-use, short-lived upload tickets for servers reached over HTTP, which cannot read the user's files.
 * upload_media issues one per file; the uploader (`vod-mcp upload FILE --ticket T`) redeems it once for the
 * upload address and credentials and gets a session key that only refreshes the credentials of that media.
 */
export class UploadTickets {
  private readonly tickets = new Map<string, Entry>();
  private readonly redeemed = new Map<string, number>();
  private readonly sessions = new Map<string, Entry>();
  private readonly ticketTtlMs: number;
  private readonly sessionTtlMs: number;
  private readonly maxOpen: number;
  private readonly now: () => number;

  constructor(options: UploadTicketOptions = {}) {
    this.ticketTtlMs = options.ticketTtlMs ?? 15 * 60_000;
    this.sessionTtlMs = options.sessionTtlMs ?? 24 * 3_600_000;
    this.maxOpen = options.maxOpen ?? 1_000;
    this.now = options.now ?? Date.now;
  }

  issue(grant: UploadGrant): { Ticket: string; ExpiresAt: string } {
    this.sweep();
    const ticket = randomBytes(32).toString('base64url');
    const expiresAt = this.now() + this.ticketTtlMs;
    this.tickets.set(digest(ticket), { grant, expiresAt });
    bound(this.tickets, this.maxOpen);
    return { Ticket: ticket, ExpiresAt: new Date(expiresAt).toISOString() };
  }

  redeem(ticket: unknown): Redemption {
    if (typeof ticket !== 'string' || !SECRET.test(ticket)) return { ok: false, why: 'this is not an upload ticket' };
    const key = digest(ticket);
    if (this.redeemed.has(key)) return { ok: false, why: 'this ticket was already used; each ticket uploads one file once. Ask upload_media for a new one' };
    const entry = this.tickets.get(key);
    this.tickets.delete(key);
    if (!entry) return { ok: false, why: 'unknown ticket (it may have been issued by another server, or the server restarted). Ask upload_media for a new one' };
    if (entry.expiresAt <= this.now()) return { ok: false, why: 'this ticket has expired. Ask upload_media for a new one' };
    this.redeemed.set(key, entry.expiresAt);
    const session = randomBytes(32).toString('base64url');
    this.sessions.set(digest(session), { grant: entry.grant, expiresAt: this.now() + this.sessionTtlMs });
    bound(this.sessions, this.maxOpen);
    return { ok: true, grant: entry.grant, session };
  }

  /** The grant a live session key refreshes credentials for. */
  sessionGrant(session: unknown): UploadGrant | undefined {
    if (typeof session !== 'string' || !SECRET.test(session)) return undefined;
    const entry = this.sessions.get(digest(session));
    return entry && entry.expiresAt > this.now() ? entry.grant : undefined;
  }

  private sweep(): void {
    const now = this.now();
    for (const map of [this.tickets, this.sessions]) for (const [key, entry] of map) if (entry.expiresAt <= now) map.delete(key);
    for (const [key, expiresAt] of this.redeemed) if (expiresAt <= now) this.redeemed.delete(key);
  }
}

function bound<V>(map: Map<string, V>, max: number): void {
  while (map.size > max) map.delete(map.keys().next().value as string);
}
