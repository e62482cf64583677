import { fromAliyunProfile, fromEnvironment, missingCredentials, QPS_PER_ACCOUNT, RateLimiter, staticCredentials, VodClient, type CredentialProvider } from './client/index.js';
import type { ServerConfig } from './config.js';
import { Logger } from './log.js';
import type { Sandbox } from './sandbox/index.js';
import { selectTools } from './tools/registry.js';
import type { AnyTool } from './tools/define-tool.js';

export interface Runtime {
  readonly client: VodClient;
  readonly tools: AnyTool[];
  readonly logger: Logger;
  readonly sandbox: Sandbox | undefined;
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
  const client = new VodClient({
    endpoint,
    credentials,
    timeoutMs: config.timeoutMs,
    signatureVersion: config.signatureVersion,
    rateLimiter: new RateLimiter((action) => QPS_PER_ACCOUNT[action] ?? undefined),
    onRetry: ({ action, attempt, code, delayMs }) => logger.info(`retrying ${action} after ${code} (attempt ${attempt}, waiting ${delayMs} ms)`),
  });
  logger.info(`${tools.length} tools; endpoint ${endpoint}; credentials from ${credentials.source}`);
  return {
    client,
    tools,
    logger,
    sandbox,
    close: async () => {
      await client.close();
      await sandbox?.close();
    },
  };
}

async function resolveCredentials(config: ServerConfig, env: NodeJS.ProcessEnv, logger: Logger): Promise<CredentialProvider> {
  if (!config.profile) {
    const fromEnv = fromEnvironment(env);
    if (fromEnv) {
      logger.addSecret(fromEnv.accessKeySecret);
      logger.addSecret(fromEnv.securityToken);
      return staticCredentials(fromEnv, 'environment');
    }
  }
  try {
    const profile = await fromAliyunProfile(config.profile);
    logger.addSecret(profile.credentials.accessKeySecret);
    logger.addSecret(profile.credentials.securityToken);
    return staticCredentials(profile.credentials, `aliyun CLI profile${config.profile ? ` "${config.profile}"` : ''}`);
  } catch (error) {
    const reason =
      'No Alibaba Cloud credentials are configured. Set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET ' +
      '(plus ALIBABA_CLOUD_SECURITY_TOKEN for STS), or pass --profile NAME for a profile of ~/.aliyun/config.json, ' +
      'or start with --sandbox to use the local simulation.' +
      (config.profile ? ` (Profile problem: ${(error as Error).message})` : '');
    logger.warn(reason);
    return missingCredentials(reason);
  }
}
