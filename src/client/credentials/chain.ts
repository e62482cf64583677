import { homedir } from 'node:os';
import { fromEnvironment, missingCredentials, staticCredentials, type CredentialProvider } from '../credentials.js';
import type { SigningCredentials } from '../../signing/index.js';
import { VodApiError } from '../errors.js';
import { aliyunConfigPath, cliProfileProvider, NoCliConfig } from './cli-profile.js';
import { looksLikeEcs } from './ecs-instance.js';
import { RefreshingCredentials, type CredentialHooks } from './refreshing.js';

export interface ChainOptions extends CredentialHooks {
  readonly env: NodeJS.ProcessEnv;
  /** An explicit profile (--profile): only that profile of the CLI config is used. */
  readonly profile?: string | undefined;
  readonly homeDir?: string | undefined;
  /** Base URL of the ECS metadata service (a loopback fake in tests). */
  readonly ecsMetadataEndpoint?: string | undefined;
  /** Whether to ask the metadata service without ALIBABA_CLOUD_ECS_METADATA; default: the DMI check. */
  readonly isEcsInstance?: (() => boolean) | undefined;
}

const NONE_HELP =
  'No Alibaba Cloud credentials are configured. Set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET ' +
  '(plus ALIBABA_CLOUD_SECURITY_TOKEN for STS), or pass --profile NAME for a profile of ~/.aliyun/config.json, ' +
  'or start with --sandbox to use the local simulation.';

const enabled = (value: string | undefined) => value?.toLowerCase() === 'true';

interface Candidate {
  readonly provider: CredentialProvider;
  /** Fetches over the network and may fail; a static source always answers. */
  readonly temporary: boolean;
}

/**
 * The default credential chain of the official SDKs, in their order: environment variables, OIDC role (ACK RRSA),
 * the aliyun CLI config, the ECS instance RAM role, a credentials URI. Reads files only: anything that needs the
 * network runs at the first call, where the first source that answers is kept. The fetching sources are loaded only
 * when one is configured.
 */
export async function resolveCredentialChain(options: ChainOptions): Promise<CredentialProvider> {
  const { env } = options;
  const configPath = aliyunConfigPath(options.homeDir ?? homedir());
  const profileContext = { ...options, configPath };
  if (options.profile !== undefined) {
    try {
      return await cliProfileProvider(options.profile, profileContext);
    } catch (error) {
      return nothing(options, `${NONE_HELP} (Profile problem: ${(error as Error).message})`);
    }
  }
  const fromEnv = fromEnvironment(env);
  if (fromEnv) {
    for (const secret of [fromEnv.accessKeySecret, fromEnv.securityToken]) if (secret) options.onSecret?.(secret);
    return staticCredentials(fromEnv, 'environment');
  }
  const candidates: Candidate[] = [];
  const notes: string[] = ['ALIBABA_CLOUD_ACCESS_KEY_ID/SECRET: not set'];

  const oidcVars = ['ALIBABA_CLOUD_ROLE_ARN', 'ALIBABA_CLOUD_OIDC_PROVIDER_ARN', 'ALIBABA_CLOUD_OIDC_TOKEN_FILE'] as const;
  const missingOidc = oidcVars.filter((name) => !env[name]);
  if (missingOidc.length === 0) {
    try {
      const { oidcRoleSource } = await import('./role-sources.js');
      const input = { roleArn: env.ALIBABA_CLOUD_ROLE_ARN, sessionName: env.ALIBABA_CLOUD_ROLE_SESSION_NAME, providerArn: env.ALIBABA_CLOUD_OIDC_PROVIDER_ARN!, tokenFile: env.ALIBABA_CLOUD_OIDC_TOKEN_FILE!, endpoint: {} };
      candidates.push({ provider: oidcRoleSource((roleArn) => `OIDC role ${roleArn} (ALIBABA_CLOUD_OIDC_*)`, 'the OIDC role of ALIBABA_CLOUD_ROLE_ARN', input, options), temporary: true });
    } catch (error) {
      notes.push(`OIDC role: ${(error as Error).message}`);
    }
  } else if (missingOidc.length < oidcVars.length) notes.push(`OIDC role: ${missingOidc.join(', ')} not set`);

  if (enabled(env.ALIBABA_CLOUD_CLI_PROFILE_DISABLED)) notes.push('aliyun CLI config: disabled');
  else {
    try {
      const provider = await cliProfileProvider(env.ALIBABA_CLOUD_PROFILE || undefined, profileContext);
      candidates.push({ provider, temporary: provider instanceof RefreshingCredentials });
    } catch (error) {
      notes.push(error instanceof NoCliConfig ? `aliyun CLI config: none at ${configPath}` : `aliyun CLI config: ${(error as Error).message}`);
    }
  }

  const roleName = env.ALIBABA_CLOUD_ECS_METADATA || undefined;
  if (enabled(env.ALIBABA_CLOUD_ECS_METADATA_DISABLED)) notes.push('ECS metadata: disabled');
  else if (roleName || (options.isEcsInstance ?? looksLikeEcs)()) {
    const { ecsRoleSource } = await import('./role-sources.js');
    const settings = { roleName, disableV1: enabled(env.ALIBABA_CLOUD_IMDSV1_DISABLED), endpoint: options.ecsMetadataEndpoint };
    candidates.push({ provider: ecsRoleSource(`ECS instance RAM role${roleName ? ` "${roleName}"` : ''}`, settings, options), temporary: true });
  } else notes.push('ECS metadata: not an ECS instance');

  const uri = env.ALIBABA_CLOUD_CREDENTIALS_URI;
  if (uri) {
    const { uriSource } = await import('./role-sources.js');
    candidates.push({ provider: uriSource(uri, options), temporary: true });
  }

  // A static source always answers: what comes after it is never reached.
  const firstStatic = candidates.findIndex((candidate) => !candidate.temporary);
  const reachable = (firstStatic >= 0 ? candidates.slice(0, firstStatic + 1) : candidates).map((candidate) => candidate.provider);
  if (reachable.length === 0) return nothing(options, `${NONE_HELP} (Looked at: ${notes.join('; ')}.)`);
  return reachable.length === 1 ? reachable[0]! : new FirstThatAnswers(reachable);
}

function nothing(options: ChainOptions, reason: string): CredentialProvider {
  options.onWarning?.(reason);
  return missingCredentials(reason);
}

/** Tries each source in order at the first call and keeps the first that answers, as the SDKs' chain does. */
class FirstThatAnswers implements CredentialProvider {
  private chosen: CredentialProvider | undefined;

  constructor(private readonly candidates: readonly CredentialProvider[]) {}

  get source(): string {
    return this.chosen?.source ?? this.candidates.map((candidate) => candidate.source).join(', else ');
  }

  async getCredentials(): Promise<SigningCredentials> {
    if (this.chosen) return this.chosen.getCredentials();
    const failures: string[] = [];
    for (const candidate of this.candidates) {
      try {
        const credentials = await candidate.getCredentials();
        this.chosen = candidate;
        return credentials;
      } catch (error) {
        failures.push(error instanceof Error ? error.message : String(error));
      }
    }
    throw new VodApiError({ code: 'CredentialsUnavailable', message: `No credential source answered: ${failures.join(' ')}`, action: 'credential chain' });
  }
}
