import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../log.js';
import { jsonRpcError } from './http-guards.js';

export interface Readiness {
  /** Whether this replica can do its work; `redis` says why not. */
  readonly ok: boolean;
  readonly redis: 'ok' | 'unreachable' | 'not configured';
}

/**
 * A replica's life behind a load balancer: `/ready` (readiness, beside the `/health` liveness), and on SIGTERM a
 * graceful drain: new sessions are refused (503, the balancer retries elsewhere), `/ready` turns 503 so health
 * checks take the replica out, and the calls in flight get up to the grace period to finish.
 */
export class Lifecycle {
  private draining = false;
  private inFlight = 0;
  private idle: (() => void) | undefined;

  constructor(
    private readonly readiness: () => Promise<Readiness>,
    private readonly logger: Logger,
  ) {}

  get accepting(): boolean {
    return !this.draining;
  }

  /** GET /ready: 200 when this replica and its shared store are usable, else 503. */
  async answerReady(res: ServerResponse): Promise<void> {
    const state = await this.readiness().catch((): Readiness => ({ ok: false, redis: 'unreachable' }));
    const ok = state.ok && !this.draining;
    res.writeHead(ok ? 200 : 503, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify({ ...state, ok, draining: this.draining, inFlight: this.inFlight }));
  }

  /** 503 for a new session while draining. */
  refuseNewSession(res: ServerResponse): void {
    res.writeHead(503, { 'content-type': 'application/json', 'retry-after': '1', connection: 'close' }).end(jsonRpcError('This server is shutting down and takes no new sessions; retry (another replica will answer).'));
  }

  /** Counts a message-carrying request (POST) until its response is done; streams (GET) are not calls. */
  track(req: IncomingMessage, res: ServerResponse): void {
    if (req.method !== 'POST') return;
    this.inFlight++;
    res.once('close', () => {
      this.inFlight--;
      if (this.inFlight === 0) this.idle?.();
    });
  }

  /** Stops taking sessions and waits for the calls in flight, at most `graceMs`. */
  async drain(graceMs: number): Promise<void> {
    this.draining = true;
    const started = Date.now();
    this.logger.info(`shutting down: no new sessions; waiting up to ${graceMs} ms for ${this.inFlight} call(s) in flight`);
    if (this.inFlight > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, graceMs);
        this.idle = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
    const left = this.inFlight;
    if (left) this.logger.warn(`shutting down with ${left} call(s) still in flight after ${graceMs} ms`);
    else this.logger.info(`drained in ${Date.now() - started} ms`);
  }
}
