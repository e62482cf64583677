import { createHash, randomBytes } from 'node:crypto';
import { MemoryStore } from '../../store/memory.js';

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
  /** Default: in this process. */
  readonly store?: TicketStore;
}

interface Entry {
  readonly grant: UploadGrant;
  readonly expiresAt: number;
}

/**
 * Where tickets and upload sessions live: in this process by default, in Redis with --redis (then any replica
 * redeems a ticket another one issued). `consumeOnce` is atomic, so a ticket is redeemed once across replicas.
 * A store that cannot be reached rejects, and the ticket is refused (fail closed).
 */
export interface TicketStore {
  /** True for the first caller only (SET NX PX). */
  consumeOnce(key: string, ttlMs: number): Promise<boolean>;
  put(key: string, value: string, ttlMs: number): Promise<void>;
  get(key: string): Promise<string | undefined>;
  take(key: string): Promise<string | undefined>;
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
  private readonly store: TicketStore;
  private readonly ticketTtlMs: number;
  private readonly sessionTtlMs: number;
  private readonly now: () => number;

  constructor(options: UploadTicketOptions = {}) {
    this.ticketTtlMs = options.ticketTtlMs ?? 15 * 60_000;
    this.sessionTtlMs = options.sessionTtlMs ?? 24 * 3_600_000;
    this.now = options.now ?? Date.now;
    // The in-memory default keeps at most maxOpen tickets, sessions and redeemed marks each (three keys a ticket).
    this.store = options.store ?? new MemoryStore({ maxEntries: 3 * (options.maxOpen ?? 1_000), now: this.now });
  }

  async issue(grant: UploadGrant): Promise<{ Ticket: string; ExpiresAt: string }> {
    const ticket = randomBytes(32).toString('base64url');
    const expiresAt = this.now() + this.ticketTtlMs;
    // Kept past its expiry for a while, so a late redeem says "expired" rather than "unknown".
    await this.store.put(`ticket:${digest(ticket)}`, JSON.stringify({ grant, expiresAt } satisfies Entry), this.ticketTtlMs + EXPIRED_GRACE_MS);
    return { Ticket: ticket, ExpiresAt: new Date(expiresAt).toISOString() };
  }

  async redeem(ticket: unknown): Promise<Redemption> {
    if (typeof ticket !== 'string' || !SECRET.test(ticket)) return { ok: false, why: 'this is not an upload ticket' };
    const key = digest(ticket);
    const used = { ok: false as const, why: 'this ticket was already used; each ticket uploads one file once. Ask upload_media for a new one' };
    const entry = parseEntry(await this.store.get(`ticket:${key}`));
    if (!entry) {
      if (await this.store.get(`redeemed:${key}`)) return used;
      return { ok: false, why: 'unknown ticket (it may have been issued by another server, or the server restarted). Ask upload_media for a new one' };
    }
    if (entry.expiresAt <= this.now()) return { ok: false, why: 'this ticket has expired. Ask upload_media for a new one' };
    // The single-use decision (SET NX across replicas): of concurrent redeems exactly one goes on.
    if (!(await this.store.consumeOnce(`redeemed:${key}`, entry.expiresAt - this.now() + EXPIRED_GRACE_MS))) return used;
    await this.store.take(`ticket:${key}`);
    const session = randomBytes(32).toString('base64url');
    const sessionEntry: Entry = { grant: entry.grant, expiresAt: this.now() + this.sessionTtlMs };
    await this.store.put(`upload-session:${digest(session)}`, JSON.stringify(sessionEntry), this.sessionTtlMs);
    return { ok: true, grant: entry.grant, session };
  }

  /** The grant a live session key refreshes credentials for. */
  async sessionGrant(session: unknown): Promise<UploadGrant | undefined> {
    if (typeof session !== 'string' || !SECRET.test(session)) return undefined;
    const entry = parseEntry(await this.store.get(`upload-session:${digest(session)}`));
    return entry && entry.expiresAt > this.now() ? entry.grant : undefined;
  }
}

const EXPIRED_GRACE_MS = 60 * 60_000;

function parseEntry(text: string | undefined): Entry | undefined {
  if (text === undefined) return undefined;
  try {
    const value = JSON.parse(text) as Partial<Entry>;
    return value.grant && typeof value.expiresAt === 'number' ? (value as Entry) : undefined;
  } catch {
    return undefined;
  }
}
