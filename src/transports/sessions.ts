import type { NodeStreamableHTTPServerTransport } from '@modelcontextprotocol/node';
import type { Logger } from '../log.js';

interface Session {
  readonly transport: NodeStreamableHTTPServerTransport;
  lastSeen: number;
  /** POST requests being answered (a GET stream does not count: SDK clients keep one open all the time). */
  inFlight: number;
}

export interface SessionLimits {
  readonly maxSessions: number;
  /** Sessions idle this long are closed. */
  readonly idleTimeoutMs: number;
  /** At the cap, a session idle at least this long may be closed to admit a new one. */
  readonly evictAfterIdleMs: number;
}

/** `release` ends the reservation once the initialize request is answered (the session is in the table by then, or failed). */
export type Admission = { readonly ok: true; readonly release: () => void } | { readonly ok: false; readonly retryAfterSeconds: number };

/** The open MCP sessions: a cap, oldest-idle eviction at the cap, idle expiry, and counts for the logs. */
export class SessionTable {
  private readonly sessions = new Map<string, Session>();
  private refused = 0;
  /** Initialize requests admitted but not answered yet: they hold a place, so concurrent ones cannot pass the cap. */
  private reserved = 0;
  private evicted = 0;

  constructor(
    private readonly limits: SessionLimits,
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  get size(): number {
    return this.sessions.size;
  }

  get(id: string): NodeStreamableHTTPServerTransport | undefined {
    return this.sessions.get(id)?.transport;
  }

  /** Marks a request of the session as started; the returned function marks it done. */
  begin(id: string, counts: boolean): () => void {
    const session = this.sessions.get(id);
    if (!session) return () => {};
    session.lastSeen = this.now();
    if (counts) session.inFlight++;
    return () => {
      session.lastSeen = this.now();
      if (counts) session.inFlight = Math.max(0, session.inFlight - 1);
    };
  }

  /** Room for one more session: free already, or made by closing the session idle longest. */
  admit(): Admission {
    if (this.sessions.size + this.reserved < this.limits.maxSessions) return this.reserve();
    const now = this.now();
    let oldest: [string, Session] | undefined;
    for (const entry of this.sessions) {
      if (entry[1].inFlight > 0) continue;
      if (!oldest || entry[1].lastSeen < oldest[1].lastSeen) oldest = entry;
    }
    if (oldest && now - oldest[1].lastSeen >= this.limits.evictAfterIdleMs) {
      const [id, session] = oldest;
      this.sessions.delete(id);
      this.evicted++;
      void session.transport.close();
      this.logger.info(`evicted MCP session ${id} (idle ${Math.round((now - session.lastSeen) / 1000)} s) to admit a new one`, this.metrics());
      return this.reserve();
    }
    this.refused++;
    const retryAfterSeconds = oldest ? Math.max(1, Math.ceil((oldest[1].lastSeen + this.limits.evictAfterIdleMs - now) / 1000)) : Math.ceil(this.limits.evictAfterIdleMs / 1000);
    this.logger.warn(`refused a new MCP session: the cap of ${this.limits.maxSessions} sessions is reached (--max-sessions)`, this.metrics());
    return { ok: false, retryAfterSeconds };
  }

  private reserve(): Admission {
    this.reserved++;
    let released = false;
    return {
      ok: true,
      release: () => {
        if (!released) this.reserved--;
        released = true;
      },
    };
  }

  add(id: string, transport: NodeStreamableHTTPServerTransport): void {
    this.sessions.set(id, { transport, lastSeen: this.now(), inFlight: 0 });
    this.logger.info(`opened MCP session ${id}`, this.metrics());
  }

  remove(id: string): void {
    if (this.sessions.delete(id)) this.logger.info(`closed MCP session ${id}`, this.metrics());
  }

  /** Closes sessions idle past the timeout. */
  sweep(): void {
    const now = this.now();
    for (const [id, session] of this.sessions) {
      if (session.inFlight > 0 || now - session.lastSeen < this.limits.idleTimeoutMs) continue;
      this.sessions.delete(id);
      void session.transport.close();
      this.logger.info(`closed idle MCP session ${id}`, this.metrics());
    }
  }

  async closeAll(): Promise<void> {
    const all = [...this.sessions.values()];
    this.sessions.clear();
    await Promise.all(all.map((session) => session.transport.close()));
  }

  metrics(): { sessions: number; maxSessions: number; refusedSessions: number; evictedSessions: number } {
    return { sessions: this.sessions.size, maxSessions: this.limits.maxSessions, refusedSessions: this.refused, evictedSessions: this.evicted };
  }
}
