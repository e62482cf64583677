import { randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer as createHttpServer, type IncomingMessage, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { isInitializeRequest } from '@modelcontextprotocol/sdk/types.js';
import type { Logger } from '../log.js';

export interface HttpServeOptions {
  readonly host: string;
  readonly port: number;
  readonly token: string | undefined;
  readonly logger: Logger;
  /** One MCP server per session: sessions do not share confirmation state or subscriptions. */
  readonly newServer: () => Server;
  /** Sessions idle this long are closed (their subscriptions stop). Default 30 minutes. */
  readonly idleTimeoutMs?: number;
}

const MAX_BODY_BYTES = 4 * 1024 * 1024;

/** Streamable HTTP on /mcp with sessions; optional bearer token. */
export async function serveHttp(options: HttpServeOptions): Promise<{ url: string; close(): Promise<void> }> {
  const sessions = new Map<string, StreamableHTTPServerTransport>();
  const lastSeen = new Map<string, number>();
  const idleTimeoutMs = options.idleTimeoutMs ?? 30 * 60 * 1000;
  const sweeper = setInterval(() => {
    const now = Date.now();
    for (const [id, seen] of lastSeen) {
      if (now - seen < idleTimeoutMs) continue;
      lastSeen.delete(id);
      void sessions.get(id)?.close();
      options.logger.info(`closed idle MCP session ${id}`);
    }
  }, Math.min(60_000, idleTimeoutMs));
  sweeper.unref();
  const http: HttpServer = createHttpServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/health') return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    if (url.pathname !== '/mcp') return void res.writeHead(404).end();
    if (options.token && !authorized(req, options.token)) {
      return void res.writeHead(401, { 'www-authenticate': 'Bearer', 'content-type': 'application/json' }).end(jsonRpcError('Missing or wrong bearer token.'));
    }
    const body = req.method === 'POST' ? await readJson(req) : undefined;
    if (body === TOO_LARGE) return void res.writeHead(413, { 'content-type': 'application/json' }).end(jsonRpcError('Request body too large.'));
    const sessionId = req.headers['mcp-session-id'];
    if (typeof sessionId === 'string' && sessions.has(sessionId)) lastSeen.set(sessionId, Date.now());
    let transport = typeof sessionId === 'string' ? sessions.get(sessionId) : undefined;
    if (!transport) {
      if (req.method !== 'POST' || !isInitializeRequest(body)) {
        return void res.writeHead(sessionId ? 404 : 400, { 'content-type': 'application/json' }).end(jsonRpcError(sessionId ? 'Unknown session.' : 'Start with an initialize request.'));
      }
      const created: StreamableHTTPServerTransport = new StreamableHTTPServerTransport({
        sessionIdGenerator: () => randomUUID(),
        ...rebindingProtection(options.host, (http.address() as AddressInfo).port),
        onsessioninitialized: (id) => {
          sessions.set(id, created);
          lastSeen.set(id, Date.now());
        },
      });
      created.onclose = () => {
        if (!created.sessionId) return;
        sessions.delete(created.sessionId);
        lastSeen.delete(created.sessionId);
      };
      await options.newServer().connect(created);
      transport = created;
    }
    await transport.handleRequest(req, res, body);
  });
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port, options.host, resolve);
  });
  const address = http.address() as AddressInfo;
  const url = `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${address.port}/mcp`;
  options.logger.info(`MCP Streamable HTTP on ${url}${options.token ? ' (bearer token required)' : ''}`);
  return {
    url,
    close: async () => {
      clearInterval(sweeper);
      await Promise.all([...sessions.values()].map((transport) => transport.close()));
      await new Promise<void>((resolve) => {
        http.closeAllConnections();
        http.close(() => resolve());
      });
    },
  };
}

/**
 * On loopback, a web page could reach the server through DNS rebinding: only loopback Host and Origin
 * headers are accepted. Off loopback the bearer token (required there) is the protection.
 */
function rebindingProtection(host: string, port: number) {
  if (!isLoopbackHost(host)) return {};
  const names = ['127.0.0.1', 'localhost', '[::1]'];
  return {
    enableDnsRebindingProtection: true,
    allowedHosts: names.flatMap((name) => [name, `${name}:${port}`]),
    allowedOrigins: names.flatMap((name) => [`http://${name}`, `http://${name}:${port}`, `https://${name}`, `https://${name}:${port}`]),
  };
}

function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || host.startsWith('127.');
}

function authorized(req: IncomingMessage, token: string): boolean {
  const given = Buffer.from(req.headers.authorization ?? '');
  const expected = Buffer.from(`Bearer ${token}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

const TOO_LARGE = Symbol('too large');

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return TOO_LARGE;
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return undefined;
  }
}

function jsonRpcError(message: string): string {
  return JSON.stringify({ jsonrpc: '2.0', error: { code: -32000, message }, id: null });
}
