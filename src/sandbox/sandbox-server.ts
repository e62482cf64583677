import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HttpMethod } from '../signing/index.js';
import { ActionContext, type SandboxEnv } from './action-context.js';
import { ACTION_MODULES, HANDLERS } from './actions/index.js';
import { handleAdminRequest } from './admin.js';
import { SandboxClock } from './clock.js';
import { generateMedia, seedCore, seedDemoCatalog } from './core-seed.js';
import { SandboxError } from './errors.js';
import { EventBus } from './events.js';
import { FaultInjector, type FaultSpec } from './faults.js';
import { DEFAULT_SANDBOX_CREDENTIALS, Gateway, COMMON_PARAMS, type SandboxCredential } from './gateway.js';
import { handleOssRequest } from './oss/index.js';
import { checkAgainstSpec, specFor } from './spec-table.js';
import { resumeLifecycle } from './state/media-lifecycle.js';
import { SandboxState, SANDBOX_REGION, type SandboxData } from './state/sandbox-state.js';
import { QpsThrottle, } from './throttle.js';
import { specQps } from './spec-table.js';
import { wrapLists } from './wrap-lists.js';
import { toXml } from './xml.js';

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
  readonly log?: (line: string) => void;
}

export interface RecordedRequest {
  readonly action: string;
  readonly method: string;
  readonly params: Record<string, string>;
  readonly status: number;
  readonly code?: string;
}

export interface Sandbox extends SandboxEnv {
  readonly url: string;
  readonly port: number;
  readonly credentials: SandboxCredential;
  readonly faults: FaultInjector;
  readonly requests: RecordedRequest[];
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
  const requests: RecordedRequest[] = [];
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
    clock.advance(Math.max(0, (state.data.savedClock ?? 0) - clock.now()));
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
    requests,
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
      state.data = new SandboxState().data;
      faults.clear();
      requests.length = 0;
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
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      route(req, res, body).catch((error: unknown) => {
        log(`sandbox: unexpected failure: ${(error as Error).stack ?? String(error)}`);
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ Code: 'InternalError', Message: 'The request processing has failed due to some unknown error.' }));
      });
    });
  });

  async function route(req: IncomingMessage, res: ServerResponse, body: Buffer): Promise<void> {
    const url = new URL(req.url ?? '/', env.baseUrl);
    if (url.pathname.startsWith('/__sandbox/')) return handleAdminRequest(req, res, url, body, sandbox);
    if (url.pathname === '/' && (req.method === 'GET' || req.method === 'POST')) return handleRpc(req, res, url, body);
    clock.settle();
    if (await handleOssRequest(req, res, env, body)) return persist();
    if (req.method === 'GET' && /^\/(play|snapshot|image|attached|dynamic|ai)\//.test(url.pathname)) {
      res.writeHead(200, { 'content-type': /\.(jpe?g|png|gif)$/.test(url.pathname) ? `image/${url.pathname.split('.').pop()!.replace('jpg', 'jpeg')}` : 'application/octet-stream' });
      return void res.end(Buffer.from(`sandbox media ${url.pathname}`));
    }
    res.writeHead(404, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ Code: 'NotFound', Message: `Nothing at ${url.pathname}` }));
  }

  async function handleRpc(req: IncomingMessage, res: ServerResponse, url: URL, body: Buffer): Promise<void> {
    const method = req.method as HttpMethod;
    const params: Record<string, string> = Object.fromEntries(url.searchParams);
    if (method === 'POST' && body.length) Object.assign(params, Object.fromEntries(new URLSearchParams(body.toString('utf8'))));
    const format = (params.Format ?? 'XML').toUpperCase() === 'JSON' ? 'JSON' : 'XML';
    const requestId = randomUUID().toUpperCase();
    const action = params.Action ?? '';
    const record = (status: number, code?: string) => {
      const { Signature: _signature, ...rest } = params;
      requests.push({ action, method, params: rest, status, ...(code ? { code } : {}) });
      if (requests.length > 1000) requests.shift();
    };
    try {
      const credential = gateway.authenticate(method, params);
      const handler = HANDLERS.get(action);
      if (!handler || !specFor(action)) {
        throw new SandboxError('InvalidAction.NotFound', 'Specified api is not found, please check your url and method.', 404);
      }
      const fault = faults.take(action);
      if (fault) await applyFaultBeforeAction(fault);
      if (options.enforceQps ?? true) throttle.check(credential.accessKeyId, action);
      const actionParams = Object.fromEntries(Object.entries(params).filter(([key]) => !COMMON_PARAMS.has(key)));
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
      res.writeHead(200, { 'content-type': contentType(format) });
      res.end(text);
    } catch (error) {
      const failure = error instanceof SandboxError ? error : new SandboxError('InternalError', 'The request processing has failed due to some unknown error.', 500);
      if (!(error instanceof SandboxError)) log(`sandbox: ${action} failed: ${(error as Error).stack ?? String(error)}`);
      record(failure.httpStatus, failure.code);
      const payload = { RequestId: requestId, HostId: url.host, Code: failure.code, Message: failure.message, Recommend: `https://api.aliyun.com/troubleshoot?q=${failure.code}&product=vod` };
      res.writeHead(failure.httpStatus, { 'content-type': contentType(format) });
      res.end(format === 'JSON' ? JSON.stringify(payload) : toXml('Error', payload));
    }
  }

  return sandbox;
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

function contentType(format: 'JSON' | 'XML'): string {
  return format === 'JSON' ? 'application/json;charset=utf-8' : 'text/xml;charset=utf-8';
}

function loadState(file: string): SandboxData | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as SandboxData;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new Error(`cannot read sandbox state ${file}: ${(error as Error).message}`);
  }
}
