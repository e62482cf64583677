import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer as createHttpServer, type IncomingMessage, type Server as HttpServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { NodeStreamableHTTPServerTransport, toNodeHandler, toWebRequest } from '@modelcontextprotocol/node';
import { createMcpHandler, isInitializeRequest, isLegacyRequest, type AuthInfo } from '@modelcontextprotocol/server';
import type { Logger } from '../log.js';
import { checkOrigin, jsonRpcError, originPolicy, readJsonBody } from './http-guards.js';
import type { Lifecycle } from './lifecycle.js';
import type { ResourceWatch } from '../mcp/resource-watch.js';
import { listenedResources } from './listen.js';
import { sendResponse, type OAuthResourceServer } from './oauth/resource-server.js';
import { plainErrorMessages } from './plain-errors.js';
import { SessionTable } from './sessions.js';
import type { ServerFactory } from './stdio.js';

export interface HttpServeOptions {
  readonly host: string;
  readonly port: number;
  readonly token: string | undefined;
  /** OAuth 2.1 resource-server mode (instead of `token`): JWT access tokens of one issuer, scopes per tool tier. */
  readonly oauth?: OAuthResourceServer;
  readonly logger: Logger;
  /**
   * One MCP server per 2025-era session (sessions do not share confirmation state or subscriptions) and one per
   * 2026-07-28 request (that era is stateless: its confirmation state travels sealed in requestState).
   */
  readonly newServer: ServerFactory;
  /** Sessions idle this long are closed (their subscriptions stop). Default 30 minutes. */
  readonly idleTimeoutMs?: number;
  /** Open sessions at most (default 200); at the cap the session idle longest makes room, else 503. */
  readonly maxSessions?: number;
  /** At the cap, only a session idle at least this long is closed for a new one. Default 60 s. */
  readonly evictAfterIdleMs?: number;
  /** Origins (`https://app.example.com`) accepted besides the loopback defaults on a loopback host. */
  readonly allowedOrigins?: readonly string[];
  /** Host header values accepted; on loopback added to the loopback names, elsewhere the only ones. */
  readonly allowedHosts?: readonly string[];
  /**
   * Extra JSON endpoints by path (POST only, small bodies, the same Origin/Host checks as /mcp). They carry their
   * own credential in the body (an upload ticket), so the bearer token is not asked for.
   */
  readonly routes?: Readonly<Record<string, (body: unknown) => Promise<{ status: number; body: unknown }>>>;
  /**
   * 2026-07-28 `subscriptions/listen` streams that name resource URIs: watch them while the stream is open and
   * publish updates onto it (the SDK's listen router stamps and filters them). Without it nothing is published.
   */
  readonly watchResources?: ResourceWatch;
  /** Replicas: GET /ready, in-flight tracking and the drain on shutdown (src/transports/lifecycle.ts). */
  readonly lifecycle?: Lifecycle;
}

const MAX_ROUTE_BODY_BYTES = 64 * 1024;

export const DEFAULT_MAX_SESSIONS = 200;
const MAX_BODY_BYTES = 4 * 1024 * 1024;

/**
 * Both protocol eras on /mcp, told apart by the SDK's own request classification (isLegacyRequest): 2026-07-28
 * requests statelessly through the SDK's handler, 2025-era traffic through Streamable HTTP sessions (elicitation,
 * progress and subscriptions need the session's streams). The same guards come first for both: Host/Origin,
 * the bearer token, the body cap.
 */
export async function serveHttp(options: HttpServeOptions): Promise<{ url: string; close(): Promise<void> }> {
  const idleTimeoutMs = options.idleTimeoutMs ?? 30 * 60 * 1000;
  const sessions = new SessionTable(
    { maxSessions: options.maxSessions ?? DEFAULT_MAX_SESSIONS, idleTimeoutMs, evictAfterIdleMs: options.evictAfterIdleMs ?? 60_000 },
    options.logger,
  );
  const sweeper = setInterval(() => sessions.sweep(), Math.min(60_000, idleTimeoutMs));
  sweeper.unref();
  let policy = originPolicy(options.host, options.port, options.allowedOrigins, options.allowedHosts);
  const principal = options.token === undefined ? undefined : tokenIdentity(options.token);
  /** Who opened each 2025-era session (the principal of its initialize request). */
  const owners = new Map<string, string>();
  const modernHandler = createMcpHandler(() => options.newServer().server, {
    legacy: 'reject',
    maxRequestBodySize: MAX_BODY_BYTES,
    onerror: (error) => options.logger.debug(`MCP 2026-07-28 request: ${error.message}`),
  });
  const modern = toNodeHandler(modernHandler, { maxRequestBodySize: MAX_BODY_BYTES, onerror: (error) => options.logger.error('MCP 2026-07-28 request failed', { error: error.message }) });

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/health') return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    if (url.pathname === '/ready' && options.lifecycle) return options.lifecycle.answerReady(res);
    if (options.oauth?.servesMetadata(url.pathname)) return options.oauth.answerMetadata(req, res);
    const route = options.routes && Object.hasOwn(options.routes, url.pathname) ? options.routes[url.pathname] : undefined;
    if (url.pathname !== '/mcp' && !route) return void res.writeHead(404).end();
    const refusal = checkOrigin(req, policy);
    if (refusal) return void res.writeHead(403, { 'content-type': 'application/json' }).end(jsonRpcError(refusal));
    if (route) return serveRoute(req, res, route);
    let auth: AuthInfo | undefined;
    if (options.oauth) {
      const verdict = await options.oauth.authenticate(req);
      if (!verdict.ok) return sendResponse(res, verdict.response);
      auth = verdict.auth;
    } else if (options.token && !authorized(req, options.token)) {
      return void res.writeHead(401, { 'www-authenticate': 'Bearer', 'content-type': 'application/json' }).end(jsonRpcError('Missing or wrong bearer token.'));
    }
    let body: unknown;
    if (req.method === 'POST') {
      const read = await readJsonBody(req, MAX_BODY_BYTES);
      if (!read.ok) {
        if (read.status === 413) res.setHeader('connection', 'close');
        return void res.writeHead(read.status, { 'content-type': 'application/json' }).end(jsonRpcError(read.message, read.code));
      }
      body = read.value;
    }
    // Step-up (403 insufficient_scope) before anything runs: a write tool needs the write scope.
    const challenge = auth && body !== undefined ? options.oauth?.scopeChallenge(body, auth) : undefined;
    if (challenge) return sendResponse(res, challenge);
    // The principal a sealed confirmation state is bound to: the token's identity (never the token).
    if (principal) auth = { token: principal, clientId: principal, scopes: [] };
    if (auth) (req as IncomingMessage & { auth?: AuthInfo }).auth = auth;
    const caller = auth ? principalOf(auth) : 'anonymous';
    if (req.method === 'POST' && !(await isLegacyRequest(await toWebRequest(req, body), body, { maxRequestBodySize: MAX_BODY_BYTES }))) {
      const listened = options.watchResources && listenedResources(body);
      if (listened) res.once('close', options.watchResources!(listened, (uri) => modernHandler.notify.resourceUpdated(uri)));
      return modern(req, res, body);
    }
    const sessionId = req.headers['mcp-session-id'];
    const existing = typeof sessionId === 'string' ? sessions.get(sessionId) : undefined;
    // A session answers only whoever opened it: its ID is not a credential (MCP security best practices).
    if (existing && owners.get(sessionId as string) !== caller) {
      return void res.writeHead(404, { 'content-type': 'application/json' }).end(jsonRpcError('Unknown or expired session; start a new one with an initialize request.', -32001));
    }
    if (existing) {
      const done = sessions.begin(sessionId as string, req.method === 'POST');
      try {
        return await existing.handleRequest(req, res, body);
      } finally {
        done();
      }
    }
    if (sessionId !== undefined) return void res.writeHead(404, { 'content-type': 'application/json' }).end(jsonRpcError('Unknown or expired session; start a new one with an initialize request.', -32001));
    if (req.method !== 'POST' || !isInitializeRequest(body)) {
      const what = req.method !== 'POST' ? `A ${req.method} without an Mcp-Session-Id header` : 'This message';
      return void res.writeHead(400, { 'content-type': 'application/json' }).end(jsonRpcError(`${what} belongs to no session: start with an initialize request (POST, no Mcp-Session-Id).`));
    }
    if (options.lifecycle && !options.lifecycle.accepting) return options.lifecycle.refuseNewSession(res);
    const admission = sessions.admit();
    if (!admission.ok) {
      return void res
        .writeHead(503, { 'content-type': 'application/json', 'retry-after': String(admission.retryAfterSeconds) })
        .end(jsonRpcError(`Too many open MCP sessions on this server; retry in ${admission.retryAfterSeconds} s, or close unused sessions (DELETE /mcp).`));
    }
    try {
      const created: NodeStreamableHTTPServerTransport = new NodeStreamableHTTPServerTransport({
        sessionIdGenerator: () => randomUUID(),
        onsessioninitialized: (id) => {
          owners.set(id, caller);
          sessions.add(id, created);
        },
      });
      created.onclose = () => {
        if (created.sessionId) sessions.remove(created.sessionId);
        if (created.sessionId) owners.delete(created.sessionId);
      };
      const made = options.newServer();
      await made.server.connect(plainErrorMessages(created));
      await created.handleRequest(req, res, body);
    } finally {
      admission.release();
    }
  };

  const http: HttpServer = createHttpServer((req, res) => {
    options.lifecycle?.track(req, res);
    handle(req, res).catch((error: unknown) => {
      options.logger.error(`HTTP request ${req.method} ${req.url} failed`, { error: (error as Error).message });
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' }).end(jsonRpcError('Internal error while handling the request.', -32603));
      else res.end();
    });
  });
  http.on('clientError', (error, socket) => {
    options.logger.debug('HTTP client error', { error: error.message });
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n');
    else socket.destroy();
  });
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port, options.host, resolve);
  });
  const address = http.address() as AddressInfo;
  policy = originPolicy(options.host, address.port, options.allowedOrigins, options.allowedHosts);
  const url = `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${address.port}/mcp`;
  options.oauth?.listening(url);
  const guard = options.oauth ? ` (OAuth access tokens required, resource ${options.oauth.canonicalResource})` : options.token ? ' (bearer token required)' : '';
  options.logger.info(`MCP Streamable HTTP on ${url}${guard}`, { maxSessions: sessions.metrics().maxSessions });
  return {
    url,
    close: async () => {
      clearInterval(sweeper);
      await modernHandler.close();
      await sessions.closeAll();
      await new Promise<void>((resolve) => {
        http.closeAllConnections();
        http.close(() => resolve());
      });
    },
  };
}

async function serveRoute(req: IncomingMessage, res: ServerResponse, route: NonNullable<HttpServeOptions['routes']>[string]): Promise<void> {
  const json = (status: number, value: unknown) => void res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(value));
  if (req.method !== 'POST') {
    res.setHeader('allow', 'POST');
    return json(405, { Code: 'MethodNotAllowed', Message: 'POST a JSON body.' });
  }
  const read = await readJsonBody(req, MAX_ROUTE_BODY_BYTES);
  if (!read.ok) return json(read.status, { Code: 'BadRequest', Message: read.message });
  const answer = await route(read.value);
  return json(answer.status, answer.body);
}

function principalOf(auth: AuthInfo): string {
  const principal = auth.extra?.principal;
  return typeof principal === 'string' ? principal : auth.clientId;
}

/** A stable, non-secret name for whoever holds the bearer token. */
function tokenIdentity(token: string): string {
  return `bearer:${createHash('sha256').update(token).digest('base64url').slice(0, 22)}`;
}

function authorized(req: IncomingMessage, token: string): boolean {
  const given = Buffer.from(req.headers.authorization ?? '');
  const expected = Buffer.from(`Bearer ${token}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
