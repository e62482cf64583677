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
}

/** Streamable HTTP on /mcp with sessions; optional bearer token. */
export async function serveHttp(options: HttpServeOptions): Promise<{ url: string; close(): Promise<void> }> {
  const sessions = new Map<string, StreamableHTTPServerTransport>();
  const http: HttpServer = createHttpServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/health') return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    if (url.pathname !== '/mcp') return void res.writeHead(404).end();
    if (options.token && !authorized(req, options.token)) {
      return void res.writeHead(401, { 'www-authenticate': 'Bearer', 'content-type': 'application/json' }).end(jsonRpcError('Missing or wrong bearer token.'));
    }
    const body = req.method === 'POST' ? await readJson(req) : undefined;
    const sessionId = req.headers['mcp-session-id'];
    let transport = typeof sessionId === 'string' ? sessions.get(sessionId) : undefined;
    if (!transport) {
      if (req.method !== 'POST' || !isInitializeRequest(body)) {
        return void res.writeHead(sessionId ? 404 : 400, { 'content-type': 'application/json' }).end(jsonRpcError(sessionId ? 'Unknown session.' : 'Start with an initialize request.'));
      }
      const created: StreamableHTTPServerTransport = new StreamableHTTPServerTransport({
        sessionIdGenerator: () => randomUUID(),
        ...rebindingProtection(options.host, (http.address() as AddressInfo).port),
        onsessioninitialized: (id) => void sessions.set(id, created),
      });
      created.onclose = () => {
        if (created.sessionId) sessions.delete(created.sessionId);
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

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return undefined;
  }
}

function jsonRpcError(message: string): string {
  return JSON.stringify({ jsonrpc: '2.0', error: { code: -32000, message }, id: null });
}
