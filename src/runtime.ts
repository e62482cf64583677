import { QPS_PER_ACCOUNT, RateLimiter, resolveCredentialChain, staticCredentials, VodClient, type CredentialProvider } from './client/index.js';
import type { ServerConfig } from './config.js';
import { Logger } from './log.js';
import type { Sandbox } from './sandbox/index.js';
import { openStore, SharedRateLimiter, type SharedStore } from './store/index.js';
import { selectTools } from './tools/registry.js';
import type { AnyTool } from './tools/define-tool.js';

export interface Runtime {
  readonly client: VodClient;
  readonly tools: AnyTool[];
  readonly logger: Logger;
  readonly sandbox: Sandbox | undefined;
  /** Shared state: in this process, or Redis with --redis. */
  readonly store: SharedStore;
  close(): Promise<void>;
}

/** Wires config to a signed client (and an in-process sandbox with --sandbox). */
export async function createRuntime(config: ServerConfig, env: NodeJS.ProcessEnv = process.env): Promise<Runtime> {
  const logger = new Logger(config.logLevel);
  const tools = selectTools({ toolsets: config.toolsets, tools: config.tools, readOnly: config.readOnly });
  let sandbox: Sandbox | undefined;
  let endpoint = config.endpoint ?? `https://vod.${config.region}.aliyuncs.com`;
  let credentials: CredentialProvider;
  if (config.sandbox) {
    // Loaded only when asked for: the sandbox and its spec table are not needed against a real endpoint.
    const { startSandbox } = await import('./sandbox/index.js');
    sandbox = await startSandbox({ stateFile: config.sandboxState, log: (line) => logger.warn(line) });
    endpoint = sandbox.url;
    credentials = staticCredentials(sandbox.credentials, 'sandbox');
    logger.info(`sandbox VOD endpoint at ${sandbox.url} (AccessKeyId ${sandbox.credentials.accessKeyId})`);
  } else {
    credentials = await resolveCredentials(config, env, logger);
  }
  const store = await openStore({ redisUrl: config.redis, prefix: config.redisPrefix, log: logger, addSecret: (secret) => logger.addSecret(secret) });
  const qpsFor = (action: string) => QPS_PER_ACCOUNT[action] ?? undefined;
  const client = new VodClient({
    endpoint,
    credentials,
    timeoutMs: config.timeoutMs,
    signatureVersion: config.signatureVersion,
    rateLimiter: store.shared ? new SharedRateLimiter({ store, qpsFor, replicas: config.replicasHint, log: logger }) : new RateLimiter(qpsFor),
    onRetry: ({ action, attempt, code, delayMs }) => logger.info(`retrying ${action} after ${code} (attempt ${attempt}, waiting ${delayMs} ms)`),
  });
  logger.info(`${tools.length} tools; endpoint ${endpoint}; credentials from ${credentials.source}; shared state ${store.shared ? `in Redis (prefix ${config.redisPrefix})` : 'in this process'}`);
  return {
    client,
    tools,
    logger,
    sandbox,
    store,
    close: async () => {
      await client.close();
      await sandbox?.close();
      await store.close();
    },
  };
}

async function resolveCredentials(config: ServerConfig, env: NodeJS.ProcessEnv, logger: Logger): Promise<CredentialProvider> {
  return resolveCredentialChain({ env, profile: config.profile, onSecret: (secret) => logger.addSecret(secret), onWarning: (message) => logger.warn(message) });
}
