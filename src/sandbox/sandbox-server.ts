import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HttpMethod } from '../signing/index.js';
import { ActionContext, type SandboxEnv } from './action-context.js';
import { ACTION_MODULES, HANDLERS } from './actions/index.js';
import { handleAdminRequest } from './admin.js';
import { SandboxClock } from './clock.js';
import { generateMedia, seedCore, seedDemoCatalog } from './core-seed.js';
import { SandboxError } from './errors.js';
import { EventBus } from './events.js';
import { handleMediaRequest } from './media/media-route.js';
import { FaultInjector, type FaultSpec } from './faults.js';
import { DEFAULT_SANDBOX_CREDENTIALS, Gateway, COMMON_PARAMS, parseRpcRequest, type SandboxCredential } from './gateway.js';
import { DEFAULT_OSS_MAX_BODY_BYTES, handleOssRequest, isVirtualHostedOssRequest, refuseOversizedBody } from './oss/index.js';
import { checkAgainstSpec, specFor } from './spec-table.js';
import { resumeLifecycle } from './state/media-lifecycle.js';
import { SandboxState, SANDBOX_REGION, type SandboxData } from './state/sandbox-state.js';
import { QpsThrottle } from './throttle.js';
import { specQps } from './spec-table.js';
import { wrapLists } from './wrap-lists.js';
import { toXml } from './xml.js';
import { RequestLog, type RecordedRequest } from './request-log.js';

export interface SandboxOptions {
  readonly port?: number;
  readonly host?: string;
  readonly credentials?: readonly SandboxCredential[];
  /** Load the demo catalog on a fresh state (default true). */
  readonly demo?: boolean;
  /** Persist state to this file on every change and restore it on start. */
  readonly stateFile?: string;
  /** Answer Throttling.User past the spec's per-account QPS (default true). */
  readonly enforceQps?: boolean;
  /** Largest OSS PutObject/UploadPart body accepted (default 256 MiB; larger ones get 413 EntityTooLarge). */
  readonly ossMaxBodyBytes?: number;
  readonly log?: (line: string) => void;
}

export type { RecordedRequest } from './request-log.js';

export interface Sandbox extends SandboxEnv {
  readonly url: string;
  readonly port: number;
  readonly credentials: SandboxCredential;
  readonly faults: FaultInjector;
  /** The last 1000 API requests, oldest first (a fresh array on each read). */
  readonly requests: RecordedRequest[];
  /** Whether Throttling.User is answered past the QPS limits, and how many requests it refused per action. */
  throttleStats(): { enforced: boolean; denied: Record<string, number>; injected: number };
  advance(seconds: number): void;
  generateMedia(count: number): string[];
  injectFault(fault: FaultSpec): void;
  reset(): void;
  close(): Promise<void>;
}

/** Starts the sandbox VOD endpoint on loopback. */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const credentials = options.credentials?.length ? options.credentials : [DEFAULT_SANDBOX_CREDENTIALS];
  const gateway = new Gateway(credentials);
  const throttle = new QpsThrottle(specQps);
  const faults = new FaultInjector();
  const clock = new SandboxClock();
  const events = new EventBus();
  const requests = new RequestLog(1000);
  let injectedThrottles = 0;
  const state = new SandboxState(options.stateFile ? loadState(options.stateFile) : undefined);
  const log = options.log ?? (() => {});

  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const env: SandboxEnv = { state, clock, events, baseUrl: `http://${options.host ?? '127.0.0.1'}:${port}`, region: SANDBOX_REGION };

  const seed = () => {
    seedCore(env);
    for (const module of ACTION_MODULES) module.seed?.(env, { demo: options.demo ?? true });
    if (options.demo ?? true) {
      seedDemoCatalog(env);
      for (const module of ACTION_MODULES) module.seedDemo?.(env);
    }
  };
  const isFresh = Object.keys(state.data.apps).length === 0;
  if (isFresh) seed();
  else {
    clock.restore(state.data.savedClock ?? 0);
    resumeLifecycle(env);
    for (const module of ACTION_MODULES) module.resume?.(env);
  }
  for (const module of ACTION_MODULES) module.attach?.(env);
  // Writes are coalesced: at most one write per 200 ms however many requests change state, plus one on close.
  let persistTimer: NodeJS.Timeout | undefined;
  const flush = () => {
    if (persistTimer) clearTimeout(persistTimer);
    persistTimer = undefined;
    if (!options.stateFile) return;
    state.data.savedClock = clock.now();
    writeFileSync(options.stateFile, JSON.stringify(state.data));
  };
  const persist = () => {
    if (options.stateFile && !persistTimer) persistTimer = setTimeout(flush, 200);
  };

  const sandbox: Sandbox = {
    ...env,
    url: env.baseUrl,
    port,
    credentials: credentials[0]!,
    faults,
    get requests() {
      return requests.toArray();
    },
    throttleStats: () => ({ enforced: options.enforceQps ?? true, denied: throttle.deniedByAction(), injected: injectedThrottles }),
    advance: (seconds) => {
      clock.advance(seconds * 1000);
      persist();
    },
    generateMedia: (count) => {
      const ids = generateMedia(env, count);
      persist();
      return ids;
    },
    injectFault: (fault) => faults.add(fault),
    reset: () => {
      clock.reset();
      state.data = new SandboxState().data;
      faults.clear();
      throttle.reset();
      injectedThrottles = 0;
      requests.clear();
      seed();
      persist();
    },
    close: () =>
      new Promise<void>((resolve) => {
        flush();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const limit = bodyLimitFor(req.url ?? '/', options.ossMaxBodyBytes ?? DEFAULT_OSS_MAX_BODY_BYTES);
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit.bytes) return refuseTooLarge(req, res, limit);
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    req.on('data', (chunk: Buffer) => {
      if (refused) return;
      size += chunk.length;
      if (size <= limit.bytes) return void chunks.push(chunk);
      refused = true;
      chunks.length = 0;
      refuseTooLarge(req, res, limit);
    });
    req.on('error', () => {
      refused = true;
      chunks.length = 0;
    });
    req.on('end', () => {
      if (refused) return;
      const body = Buffer.concat(chunks);
      route(req, res, body).catch((error: unknown) => {
        log(`sandbox: unexpected failure: ${(error as Error).stack ?? String(error)}`);
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ Code: 'InternalError', Message: 'The request processing has failed due to some unknown error.' }));
      });
    });
  });

  const host = new URL(env.baseUrl).host;
  async function route(req: IncomingMessage, res: ServerResponse, body: Buffer): Promise<void> {
    // A plain `/` (form-posted RPC) needs no URL parsing: its path is `/`, its query empty, its host the sandbox's.
    if (req.url === '/' && (req.method === 'GET' || req.method === 'POST') && !isVirtualHostedOssRequest(req, env)) return handleRpc(req, res, '/', [], host, body);
    const url = new URL(req.url ?? '/', env.baseUrl);
    if (url.pathname.startsWith('/__sandbox/')) return handleAdminRequest(req, res, url, body, sandbox);
    const ossHost = isVirtualHostedOssRequest(req, env);
    if (!ossHost && url.pathname === '/' && (req.method === 'GET' || req.method === 'POST')) return handleRpc(req, res, url.pathname, [...url.searchParams], url.host, body);
    clock.settle();
    if (await handleOssRequest(req, res, env, body)) return persist();
    if (handleMediaRequest(req, res, url, env)) return;
    res.writeHead(404, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ Code: 'NotFound', Message: `Nothing at ${url.pathname}` }));
  }

  async function handleRpc(req: IncomingMessage, res: ServerResponse, path: string, query: [string, string][], hostId: string, body: Buffer): Promise<void> {
    const method = req.method as HttpMethod;
    const parsed = parseRpcRequest({ method, path, query, headers: req.headers, body });
    const { params, format, action } = parsed;
    const requestId = randomUUID().toUpperCase();
    const record = (status: number, code?: string) => requests.record(action, method, params, status, code);
    try {
      const credential = gateway.authenticate(parsed);
      const handler = HANDLERS.get(action);
      if (!handler || !specFor(action)) {
        throw new SandboxError('InvalidAction.NotFound', 'Specified api is not found, please check your url and method.', 404);
      }
      const fault = faults.take(action);
      if (fault?.kind === 'throttle' || fault?.kind === 'api-throttle') injectedThrottles++;
      if (fault) await applyFaultBeforeAction(fault);
      if (options.enforceQps ?? true) throttle.check(credential.accessKeyId, action);
      const actionParams = withoutCommonParams(params);
      checkAgainstSpec(action, actionParams);
      clock.settle();
      const result = await handler(new ActionContext(env, action, actionParams, requestId));
      persist();
      record(200);
      const payload = wrapLists(action, { RequestId: requestId, ...result });
      if (fault?.kind === 'drop') return void res.socket?.destroy();
      const text = format === 'JSON' ? JSON.stringify(payload) : toXml(`${action}Response`, payload);
      if (fault?.kind === 'truncate') {
        res.writeHead(200, { 'content-type': contentType(format), 'content-length': Buffer.byteLength(text) });
        res.write(text.slice(0, Math.floor(text.length / 2)));
        return void res.socket?.destroy();
      }
      res.writeHead(200, { 'content-type': contentType(format), 'content-length': Buffer.byteLength(text) });
      res.end(text);
    } catch (error) {
      const failure = error instanceof SandboxError ? error : new SandboxError('InternalError', 'The request processing has failed due to some unknown error.', 500);
      if (!(error instanceof SandboxError)) log(`sandbox: ${action} failed: ${(error as Error).stack ?? String(error)}`);
      record(failure.httpStatus, failure.code);
      const payload = { RequestId: requestId, HostId: hostId, Code: failure.code, Message: failure.message, Recommend: `https://api.aliyun.com/troubleshoot?q=${failure.code}&product=vod` };
      const text = format === 'JSON' ? JSON.stringify(payload) : toXml('Error', payload);
      res.writeHead(failure.httpStatus, { 'content-type': contentType(format), 'content-length': Buffer.byteLength(text) });
      res.end(text);
    }
  }

  return sandbox;
}

/** RPC parameters are small (the largest, an editing Timeline, is far under 1 MB); uploads go to the OSS endpoint. */
const RPC_BODY_LIMIT = 8 * 1024 * 1024;
const ADMIN_BODY_LIMIT = 1024 * 1024;

interface BodyLimit {
  readonly bytes: number;
  readonly kind: 'rpc' | 'admin' | 'oss';
}

/** The sandbox keeps uploads in memory, so the OSS endpoint's cap (`ossMaxBodyBytes`) is far under real OSS's 5 GB. */
function bodyLimitFor(url: string, ossBytes: number): BodyLimit {
  const path = url.split('?')[0] ?? '/';
  if (path === '/') return { bytes: RPC_BODY_LIMIT, kind: 'rpc' };
  if (path.startsWith('/__sandbox/')) return { bytes: ADMIN_BODY_LIMIT, kind: 'admin' };
  return { bytes: ossBytes, kind: 'oss' };
}

/** 413 in the dialect of the endpoint, then the connection closes so the rest of the body is not read. */
function refuseTooLarge(req: IncomingMessage, res: ServerResponse, limit: BodyLimit): void {
  if (res.headersSent) return;
  const message = `The request body exceeds the sandbox limit of ${limit.bytes} bytes.`;
  if (limit.kind === 'oss') return void refuseOversizedBody(req, res, Infinity, limit.bytes);
  const body = JSON.stringify(limit.kind === 'rpc' ? { Code: 'RequestEntityTooLarge', Message: message } : { error: message });
  res.writeHead(413, { 'content-type': 'application/json', connection: 'close' });
  res.end(body, () => res.socket?.destroy());
}

async function applyFaultBeforeAction(fault: FaultSpec): Promise<void> {
  switch (fault.kind) {
    case 'throttle':
      throw new SandboxError('Throttling.User', 'Request was denied due to user flow control.', 400);
    case 'api-throttle':
      throw new SandboxError('Throttling.Api', 'Request was denied due to api flow control.', 400);
    case 'internal-error':
      throw new SandboxError('InternalError', 'The request processing has failed due to some unknown error.', 500);
    case 'unavailable':
      throw new SandboxError('ServiceUnAvailable', 'The request has failed due to a temporary failure of the server.', 503);
    case 'error':
      throw new SandboxError(fault.code ?? 'InternalError', fault.message ?? 'Injected error.', fault.httpStatus ?? 500);
    case 'slow':
      await new Promise((resolve) => setTimeout(resolve, fault.delayMs ?? 5_000));
      return;
    default:
      return;
  }
}

/** The action's own parameters: all but the common ones, in arrival order. */
function withoutCommonParams(params: Readonly<Record<string, string>>): Record<string, string> {
  const own: Record<string, string> = {};
  for (const key of Object.keys(params)) {
    if (COMMON_PARAMS.has(key)) continue;
    // An own `__proto__` key (as Object.fromEntries makes it), not the prototype.
    if (key === '__proto__') Object.defineProperty(own, key, { value: params[key], enumerable: true, writable: true, configurable: true });
    else own[key] = params[key]!;
  }
  return own;
}

function contentType(format: 'JSON' | 'XML'): string {
  return format === 'JSON' ? 'application/json;charset=utf-8' : 'text/xml;charset=utf-8';
}

function loadState(file: string): SandboxData | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as SandboxData;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new Error(`cannot read sandbox state ${file}: ${(error as Error).message}`, { cause: error });
  }
}
