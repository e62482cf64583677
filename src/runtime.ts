import { QPS_PER_ACCOUNT, RateLimiter, resolveCredentialChain, staticCredentials, VodClient, type CredentialProvider, type VodApi } from './client/index.js';
import type { ServerConfig } from './config.js';
import { Logger } from './log.js';
import type { Sandbox } from './sandbox/index.js';
import { openStore, SharedRateLimiter, type SharedStore } from './store/index.js';
import { loadCatalog, type ServedTool, type ToolInfo } from './mcp/tool-catalog.js';
import { selectFrom } from './tools/select.js';

export interface Runtime {
  readonly client: VodApi;
  /** The selected tools; a tool's module is imported on its first call. */
  readonly tools: ServedTool[];
  /** Every tool of the catalog. */
  readonly catalog: readonly ToolInfo[];
  readonly logger: Logger;
  /** With --sandbox: starts the sandbox if it has not started yet (it starts off the start-up path). */
  warm(): void;
  /** Origins that serve media beside the account's domains: the embedded sandbox's, once it has started. */
  mediaOrigins(): readonly string[];
  /** Shared state: in this process, or Redis with --redis. */
  readonly store: SharedStore;
  close(): Promise<void>;
}

/**
 * Wires config to a signed client (and an in-process sandbox with --sandbox). Nothing on this path imports a
 * tool module, the sandbox or undici: tools/list is answered from the build-time manifest, a tool's module is
 * imported on its first call, and the sandbox starts after the first tools/list answer or on the first call.
 */
export async function createRuntime(config: ServerConfig, env: NodeJS.ProcessEnv = process.env): Promise<Runtime> {
  const logger = new Logger(config.logLevel);
  const catalog = (await loadCatalog()).tools;
  const tools = selectFrom({ toolsets: config.toolsets, tools: config.tools, readOnly: config.readOnly }, catalog);
  const store = await openStore({ redisUrl: config.redis, prefix: config.redisPrefix, log: logger, addSecret: (secret) => logger.addSecret(secret) });
  const qpsFor = (action: string) => QPS_PER_ACCOUNT[action] ?? undefined;
  const clientFor = (endpoint: string, credentials: CredentialProvider) =>
    new VodClient({
      endpoint,
      credentials,
      timeoutMs: config.timeoutMs,
      signatureVersion: config.signatureVersion,
      rateLimiter: store.shared ? new SharedRateLimiter({ store, qpsFor, replicas: config.replicasHint, log: logger }) : new RateLimiter(qpsFor),
      onRetry: ({ action, attempt, code, delayMs }) => logger.info(`retrying ${action} after ${code} (attempt ${attempt}, waiting ${delayMs} ms)`),
    });
  const shared = store.shared ? `in Redis (prefix ${config.redisPrefix})` : 'in this process';
  if (config.sandbox) {
    const sandbox = deferredSandbox(config, logger, clientFor);
    // A state file is read at start, so that an unreadable one stops the server with its reason, as it always did.
    if (config.sandboxState) await sandbox.start();
    logger.info(`${tools.length} tools; endpoint: the embedded sandbox${config.sandboxState ? '' : ' (starts after the first tools/list or on the first call)'}; shared state ${shared}`);
    return { client: sandbox.api, tools, catalog, logger, store, warm: () => void sandbox.start().catch(() => {}), mediaOrigins: () => sandbox.origins(), close: async () => {
      await sandbox.close();
      await store.close();
    } };
  }
  const endpoint = config.endpoint ?? `https://vod.${config.region}.aliyuncs.com`;
  const credentials = await resolveCredentials(config, env, logger);
  const client = clientFor(endpoint, credentials);
  logger.info(`${tools.length} tools; endpoint ${endpoint}; credentials from ${credentials.source}; shared state ${shared}`);
  return {
    client,
    tools,
    catalog,
    logger,
    mediaOrigins: () => [],
    store,
    warm: () => {},
    close: async () => {
      await client.close();
      await store.close();
    },
  };
}

/** The embedded sandbox, started once when first needed, and the client signed for it. */
function deferredSandbox(config: ServerConfig, logger: Logger, clientFor: (endpoint: string, credentials: CredentialProvider) => VodClient) {
  let started: Promise<{ sandbox: Sandbox; client: VodClient }> | undefined;
  let url: string | undefined;
  const start = () =>
    (started ??= (async () => {
      // Loaded only when asked for: the sandbox and its spec table are not needed against a real endpoint.
      const { startSandbox } = await import('./sandbox/index.js');
      const sandbox = await startSandbox({ stateFile: config.sandboxState, log: (line) => logger.warn(line) });
      url = sandbox.url;
      logger.info(`sandbox VOD endpoint at ${sandbox.url} (AccessKeyId ${sandbox.credentials.accessKeyId})`);
      return { sandbox, client: clientFor(sandbox.url, staticCredentials(sandbox.credentials, 'sandbox')) };
    })().catch((error: unknown) => {
      logger.error(`the sandbox did not start: ${(error as Error).message}`);
      throw error;
    }));
  const api: VodApi = { call: async (action, params, options) => (await start()).client.call(action, params, options) };
  return {
    api,
    start,
    origins: () => (url ? [url] : []),
    close: async () => {
      if (!started) return;
      const { sandbox, client } = await started.catch(() => ({ sandbox: undefined, client: undefined }));
      await client?.close();
      await sandbox?.close();
    },
  };
}

async function resolveCredentials(config: ServerConfig, env: NodeJS.ProcessEnv, logger: Logger): Promise<CredentialProvider> {
  return resolveCredentialChain({ env, profile: config.profile, onSecret: (secret) => logger.addSecret(secret), onWarning: (message) => logger.warn(message) });
}
