import type { IncomingMessage, ServerResponse } from 'node:http';
import { MAX_ADVANCE_SECONDS } from './clock.js';
import type { FaultSpec } from './faults.js';
import type { Sandbox } from './sandbox-server.js';

/**
 * Test controls under /__sandbox/ (unsigned; the sandbox only listens on loopback):
 *   GET  /__sandbox/health                       -> { ok, now }
 *   GET  /__sandbox/clock                        -> { now, pendingTimers }
 *   POST /__sandbox/clock/advance {seconds}      -> runs everything due (0 to ten years per call)
 *   POST /__sandbox/media/generate {count}       -> { VideoIds }
 *   GET  /__sandbox/faults | POST {FaultSpec} | DELETE
 *   GET  /__sandbox/requests                     -> recent API requests (Signature removed)
 *   GET  /__sandbox/throttle                     -> { enforced, denied: {action: count}, injected } since start/reset
 *   GET  /__sandbox/events                       -> recent media events
 *   GET  /__sandbox/state                        -> the whole state as JSON
 *   POST /__sandbox/reset                        -> fresh state with defaults and demo data, clock back to wall time
 */
export async function handleAdminRequest(req: IncomingMessage, res: ServerResponse, url: URL, body: Buffer, sandbox: Sandbox): Promise<void> {
  const route = `${req.method} ${url.pathname.replace(/^\/__sandbox/, '')}`;
  const input = () => (body.length ? (JSON.parse(body.toString('utf8')) as Record<string, unknown>) : {});
  const send = (status: number, value: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(value));
  };
  try {
    switch (route) {
      case 'GET /health':
        return send(200, { ok: true, now: sandbox.clock.nowIso() });
      case 'GET /clock':
        return send(200, { now: sandbox.clock.nowIso(), pendingTimers: sandbox.clock.pending() });
      case 'POST /clock/advance': {
        const seconds = Number(input().seconds);
        if (!Number.isFinite(seconds) || seconds < 0 || seconds > MAX_ADVANCE_SECONDS) {
          return send(400, { error: `seconds must be a number from 0 to ${MAX_ADVANCE_SECONDS} (ten years)` });
        }
        sandbox.advance(seconds);
        return send(200, { now: sandbox.clock.nowIso() });
      }
      case 'POST /media/generate': {
        const count = Number(input().count);
        if (!Number.isInteger(count) || count < 1 || count > 100_000) return send(400, { error: 'count must be an integer 1-100000' });
        return send(200, { VideoIds: sandbox.generateMedia(count) });
      }
      case 'GET /faults':
        return send(200, { faults: sandbox.faults.list() });
      case 'POST /faults':
        sandbox.injectFault(input() as unknown as FaultSpec);
        return send(200, { faults: sandbox.faults.list() });
      case 'DELETE /faults':
        sandbox.faults.clear();
        return send(200, { faults: [] });
      case 'GET /requests':
        return send(200, { requests: sandbox.requests.map((request) => ({ ...request, params: redactSecrets(request.params) })) });
      case 'GET /throttle':
        return send(200, sandbox.throttleStats());
      case 'GET /events':
        return send(200, { events: sandbox.events.history });
      case 'GET /state':
        return send(200, sandbox.state.data);
      case 'POST /reset':
        sandbox.reset();
        return send(200, { ok: true });
      default:
        return send(404, { error: `no admin route ${route}` });
    }
  } catch (error) {
    return send(400, { error: (error as Error).message });
  }
}

/**
 * Parameters that carry secrets (certificate private keys, callback auth keys, STS tokens, secure-download and play
 * keys) never leave the process.
 */
const SECRET_PARAMS = new Set(['SSLPri', 'AuthKey', 'SecurityToken', 'AppDecryptKey', 'PlayKey']);

function redactSecrets(params: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, SECRET_PARAMS.has(key) ? '***' : value]));
}
