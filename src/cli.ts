#!/usr/bin/env node
import { fileURLToPath } from 'node:url';
import { buildConfig, ConfigError, helpText, parseCli } from './config.js';
import { Logger } from './log.js';
import { DEFAULT_CONFIRM_TIMEOUT_MS } from './mcp/confirmation.js';
import { ConfirmationTokens } from './mcp/confirmation-token.js';
import { ToolScopes } from './mcp/tool-scopes.js';
import { ramPolicyFor } from './policy.js';
import { createRuntime, type Runtime } from './runtime.js';
import { sharedConsumedTokens } from './store/index.js';
import { createServer, SERVER_NAME, SERVER_VERSION } from './server.js';
import { UploadTickets } from './client/upload/tickets.js';
import { loadCatalog } from './mcp/tool-catalog.js';
import { ToolFilterError, selectFrom } from './tools/select.js';
import { serveStdio } from './transports/stdio.js';

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseCli(argv, process.env);
  if (values.help) {
    process.stdout.write(helpText() + '\n');
    return 0;
  }
  if (values.version) {
    process.stdout.write(SERVER_VERSION + '\n');
    return 0;
  }
  const [command, ...rest] = positionals;
  if (command === 'upload') return runUpload(rest, values.ticket, values.server);
  if (rest.length) throw new ConfigError(`unexpected argument "${rest[0]}". Run with --help for usage.`);
  const config = buildConfig(values);
  const confirmTimeoutMs = confirmTimeout(values['confirm-timeout']);
  if (command === 'policy') {
    const tools = selectFrom({ toolsets: config.toolsets, tools: config.tools, readOnly: config.readOnly }, (await loadCatalog()).tools);
    process.stdout.write(JSON.stringify(ramPolicyFor(tools), null, 2) + '\n');
    return 0;
  }
  if (command === 'sandbox') return runSandbox(config.host, values.port === undefined ? 9000 : config.port, config.sandboxState, config.logLevel);
  if (command !== undefined) throw new ConfigError(`unknown command "${command}"; commands are upload, sandbox and policy. Run with --help for usage.`);

  const confirmKey = process.env.VOD_MCP_CONFIRM_KEY;
  if (config.redis && (!confirmKey || confirmKey.length < 16)) {
    throw new ConfigError('--redis shares confirmation tokens between replicas, which must all sign them with one key: set VOD_MCP_CONFIRM_KEY (the same secret of 16+ characters on every replica).');
  }
  const runtime = await createRuntime(config);
  runtime.logger.addSecret(confirmKey);
  keepServingOnStrayErrors(runtime.logger);
  if (config.confirm === 'never') runtime.logger.warn('--confirm never: destructive tools run WITHOUT any confirmation step.');
  const shared = runtime.store.shared ? runtime.store : undefined;
  const uploadTickets = config.transport === 'http' ? new UploadTickets(shared ? { store: shared } : {}) : undefined;
  let serverUrl = config.publicUrl;
  const byName = new Map(runtime.tools.map((tool) => [tool.name, tool]));
  const scopes = config.oauth && new ToolScopes({ read: config.oauth.readScope, write: config.oauth.writeScope }, (name) => byName.get(name)?.tier);
  const options = {
    ...(scopes ? { scopes } : {}),
    api: runtime.client,
    tools: runtime.tools,
    catalog: runtime.catalog,
    onFirstToolsList: runtime.warm,
    logger: runtime.logger,
    readOnly: config.readOnly,
    sandbox: config.sandbox,
    mediaOrigins: runtime.mediaOrigins,
    confirmation: { confirm: config.confirm, via: config.confirmVia, timeoutMs: confirmTimeoutMs, tokens: new ConfirmationTokens({ key: confirmKey, ...(shared ? { store: sharedConsumedTokens(shared) } : {}) }) },
    maxResultTokens: config.maxResultTokens,
    poll: { initialMs: Number(process.env.VOD_MCP_POLL_MS) || 5_000, maxMs: 60_000 },
    tasks: {
      files: config.transport === 'http' ? ('remote' as const) : ('local' as const),
      ...(config.uploadRoots ? { roots: config.uploadRoots } : {}),
      stateDir: config.stateDir,
      ...(shared ? { sharedStore: shared } : {}),
      maxWaitMs: config.maxWaitMs,
      ...(uploadTickets ? { uploadTickets: { store: uploadTickets, serverUrl: () => serverUrl ?? '', packageName: SERVER_NAME } } : {}),
    },
  };
  let stopHttp: (() => Promise<void>) | undefined;
  let stopping = false;
  const shutdown = async () => {
    if (stopping) process.exit(1);
    stopping = true;
    await stopHttp?.();
    await runtime.close();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  if (config.transport === 'http') {
    // Loaded only for HTTP: a stdio server never needs the HTTP transport.
    const [{ serveHttp }, { ticketEndpoints }, { Lifecycle }, { OAuthResourceServer }, { mediaResourceWatch }] = await Promise.all([
      import('./transports/http.js'),
      import('./client/upload/ticket-endpoints.js'),
      import('./transports/lifecycle.js'),
      import('./transports/oauth/resource-server.js'),
      import('./resources/listen-watch.js'),
    ]);
    const oauth =
      config.oauth && scopes
        ? await OAuthResourceServer.start(
            { issuer: config.oauth.issuer, jwksUrl: config.oauth.jwksUrl, audience: config.oauth.audience, resource: config.publicUrl && `${config.publicUrl}/mcp`, scopes },
            runtime.logger,
          ).catch(async (error: unknown) => {
            await runtime.close();
            throw new ConfigError((error as Error).message);
          })
        : undefined;
    const lifecycle = new Lifecycle(() => readiness(runtime), runtime.logger);
    const served = await serveHttp({
      lifecycle,
      routes: uploadTickets && ticketEndpoints(uploadTickets, runtime.client),
      host: config.host,
      port: config.port,
      token: config.httpToken,
      ...(oauth ? { oauth } : {}),
      watchResources: mediaResourceWatch(runtime.client, runtime.logger, options.poll),
      logger: runtime.logger,
      newServer: () => createServer(options),
      maxSessions: config.maxSessions,
      allowedOrigins: config.allowedOrigins,
      allowedHosts: config.allowedHosts,
    });
    serverUrl ??= served.url.replace(/\/mcp$/, '');
    stopHttp = async () => {
      await lifecycle.drain(config.shutdownGraceMs);
      await served.close();
    };
    await new Promise(() => {});
  }
  if (process.stdin.isTTY) runtime.logger.warn(terminalHint(argv));
  const { mediaResourceWatch } = await import('./resources/listen-watch.js');
  await serveStdio(() => createServer(options), runtime.logger, mediaResourceWatch(runtime.client, runtime.logger, options.poll));
  await runtime.close();
  return 0;
}

/** Readiness of this replica: its shared store answers (Redis PING), or there is none to ask. */
async function readiness(runtime: Runtime): Promise<{ ok: boolean; redis: 'ok' | 'unreachable' | 'not configured' }> {
  if (!runtime.store.shared) return { ok: true, redis: 'not configured' };
  const ok = await runtime.store.ping().then(() => true, () => false);
  return { ok, redis: ok ? 'ok' : 'unreachable' };
}

/**
 * A failure outside any request (a stray promise, a socket event) is logged and the server keeps serving:
 * the sessions of everyone else must not end because one request went wrong.
 */
function keepServingOnStrayErrors(logger: Logger): void {
  process.on('unhandledRejection', (reason) => logger.error('unhandled rejection (the server keeps serving)', { error: describe(reason) }));
  process.on('uncaughtException', (error) => logger.error('uncaught exception (the server keeps serving)', { error: describe(error) }));
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/** Someone started the stdio server in a terminal: say what it is and how to try it. */
function terminalHint(argv: readonly string[]): string {
  const cli = fileURLToPath(import.meta.url);
  const args = argv.length ? argv.map((arg) => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`)).join(' ') : '--sandbox';
  return (
    'This is an MCP server speaking JSON-RPC on stdin/stdout; it is waiting for an MCP client, not for typed input. ' +
    `Add it to your client (see README), or try it in the MCP Inspector: npx @modelcontextprotocol/inspector node ${cli} ${args}  (Ctrl+C to stop)`
  );
}

function confirmTimeout(value: string | undefined): number {
  if (value === undefined) return DEFAULT_CONFIRM_TIMEOUT_MS;
  if (!/^\d+$/.test(value) || Number(value) < 1_000 || Number(value) > 86_400_000) throw new ConfigError(`--confirm-timeout must be an integer 1000-86400000 (ms), not "${value}".`);
  return Number(value);
}

async function runSandbox(host: string, port: number, stateFile: string | undefined, level: 'debug' | 'info' | 'warn' | 'error'): Promise<number> {
  const logger = new Logger(level);
  const { startSandbox } = await import('./sandbox/index.js');
  const sandbox = await startSandbox({ host, port, stateFile, log: (line) => logger.warn(line) });
  logger.info(`sandbox VOD endpoint listening on ${sandbox.url}`);
  logger.info(`sign requests with the public sandbox defaults: AccessKeyId ${sandbox.credentials.accessKeyId}, AccessKeySecret ${sandbox.credentials.accessKeySecret}`);
  logger.info(`test controls under ${sandbox.url}/__sandbox/ (clock/advance, media/generate, faults, requests, reset)`);
  await new Promise<void>((resolve) => {
    process.on('SIGINT', resolve);
    process.on('SIGTERM', resolve);
  });
  await sandbox.close();
  return 0;
}

/** `vod-mcp upload FILE --ticket T --server URL`: progress on stderr, the result as JSON on stdout. */
async function runUpload(files: string[], ticket: string | undefined, server: string | undefined): Promise<number> {
  if (files.length !== 1) throw new ConfigError('upload takes one FILE: vod-mcp upload FILE --ticket TICKET --server URL');
  if (!ticket || !server) throw new ConfigError('upload needs --ticket and --server, as upload_media printed them');
  const { uploadWithTicket } = await import('./client/upload/ticket-upload.js');
  const controller = new AbortController();
  process.once('SIGINT', () => controller.abort());
  let shown = -1;
  const result = await uploadWithTicket({
    filePath: files[0]!,
    ticket,
    serverUrl: server,
    signal: controller.signal,
    onProgress: (done, total) => {
      const percent = total ? Math.floor((done / total) * 100) : 100;
      if (percent !== shown) process.stderr.write(`uploaded ${percent}% (${done} of ${total} bytes)\n`);
      shown = percent;
    },
  });
  process.stdout.write(JSON.stringify({ Status: 'Uploaded', ...result }) + '\n');
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof ConfigError || error instanceof ToolFilterError) {
      process.stderr.write(`vod-mcp: ${error.message}\n`);
      process.exitCode = 2;
      return;
    }
    // An upload that failed for a reason the user can act on (a refused ticket, an OSS error): its message, no stack.
    if (error instanceof Error && (error.name === 'TicketUploadError' || error.name === 'OssError')) {
      process.stderr.write(`vod-mcp upload: ${error.message}\n`);
      process.exitCode = 1;
      return;
    }
    process.stderr.write(`vod-mcp: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
