import type { IncomingMessage } from 'node:http';

/**
 * Which Host and Origin headers the HTTP transport accepts. The MCP spec requires servers to validate Origin
 * (DNS rebinding: a web page making the browser talk to a local or intranet server).
 * - Origin: a request without one (every non-browser client) passes; one with an Origin passes only if listed.
 * - Host: checked only when a list applies: on loopback the loopback names, elsewhere `--allowed-hosts` if given.
 */
export interface OriginPolicy {
  readonly allowedOrigins: readonly string[];
  readonly allowedHosts: readonly string[] | undefined;
}

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];

export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || host.startsWith('127.');
}

/** Loopback keeps its defaults (loopback names only) plus anything listed; off loopback only what is listed. */
export function originPolicy(listenHost: string, port: number, extraOrigins: readonly string[] = [], extraHosts: readonly string[] | undefined = undefined): OriginPolicy {
  const origins = extraOrigins.map(normalizeOrigin);
  if (!isLoopbackHost(listenHost)) return { allowedOrigins: origins, allowedHosts: extraHosts?.length ? extraHosts.map((h) => h.toLowerCase()) : undefined };
  return {
    allowedOrigins: [...LOOPBACK_NAMES.flatMap((name) => [`http://${name}`, `http://${name}:${port}`, `https://${name}`, `https://${name}:${port}`]), ...origins],
    allowedHosts: [...LOOPBACK_NAMES.flatMap((name) => [name, `${name}:${port}`]), ...(extraHosts ?? []).map((h) => h.toLowerCase())],
  };
}

/** The reason to refuse the request (403), or undefined when its Host and Origin are acceptable. */
export function checkOrigin(req: IncomingMessage, policy: OriginPolicy): string | undefined {
  if (policy.allowedHosts) {
    const host = (req.headers.host ?? '').toLowerCase();
    const hostname = host.replace(/:\d+$/, '');
    const ok = policy.allowedHosts.some((allowed) => allowed === host || (!/:\d+$/.test(allowed) && allowed === hostname));
    if (!ok) return `Host header ${JSON.stringify(clipHeader(req.headers.host ?? ''))} is not allowed; list it with --allowed-hosts.`;
  }
  const origin = req.headers.origin;
  if (origin !== undefined && !policy.allowedOrigins.includes(normalizeOrigin(origin))) {
    return `Origin ${JSON.stringify(clipHeader(origin))} is not allowed; list it with --allowed-origins.`;
  }
  return undefined;
}

function normalizeOrigin(origin: string): string {
  return origin.trim().replace(/\/+$/, '').toLowerCase();
}

function clipHeader(value: string): string {
  return value.length > 100 ? `${value.slice(0, 100)}...` : value;
}

export type BodyResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly status: 400 | 413; readonly code: number; readonly message: string };

/**
 * Reads and parses a JSON request body. Never throws: an aborted or failing body, an oversized body and
 * invalid JSON each become a result that ends this request only.
 */
export async function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<BodyResult> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) return tooLarge(maxBytes);
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > maxBytes) return tooLarge(maxBytes);
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    return { ok: false, status: 400, code: -32700, message: `The request body could not be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).` };
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return { ok: false, status: 400, code: -32700, message: 'Parse error: the request body is empty; send a JSON-RPC message.' };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, status: 400, code: -32700, message: `Parse error: the request body is not valid JSON (${(error as Error).message.slice(0, 200)}).` };
  }
}

function tooLarge(maxBytes: number): BodyResult {
  return { ok: false, status: 413, code: -32600, message: `Request body too large: the limit is ${maxBytes} bytes.` };
}

export function jsonRpcError(message: string, code = -32000): string {
  return JSON.stringify({ jsonrpc: '2.0', error: { code, message }, id: null });
}
