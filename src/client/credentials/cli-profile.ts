import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { staticCredentials, type CredentialProvider } from '../credentials.js';
import type { CredentialHooks } from './refreshing.js';

/** The profile fields the aliyun CLI writes (`aliyun configure --mode ...`). */
interface AliyunProfile {
  name?: string;
  mode?: string;
  access_key_id?: string;
  access_key_secret?: string;
  sts_token?: string;
  ram_role_arn?: string;
  ram_session_name?: string;
  expired_seconds?: number | string;
  duration_seconds?: number | string;
  external_id?: string;
  policy?: string;
  sts_region?: string;
  sts_endpoint?: string;
  enable_vpc?: boolean;
  ram_role_name?: string;
  source_profile?: string;
  oidc_provider_arn?: string;
  oidc_token_file?: string;
}

interface AliyunConfig {
  current?: string;
  profiles?: AliyunProfile[];
}

export const SUPPORTED_MODES = ['AK', 'StsToken', 'RamRoleArn', 'EcsRamRole', 'ChainableRamRoleArn', 'OIDC'] as const;

export interface ProfileContext extends CredentialHooks {
  readonly env: NodeJS.ProcessEnv;
  readonly configPath: string;
  /** Base URL of the ECS metadata service (a loopback fake in tests). */
  readonly ecsMetadataEndpoint?: string | undefined;
}

export function aliyunConfigPath(homeDir: string): string {
  return join(homeDir, '.aliyun', 'config.json');
}

/** Thrown when the CLI config file does not exist, so the chain can move on without calling it a problem. */
export class NoCliConfig extends Error {}

/** The provider for a profile of the aliyun CLI config: `profileName`, else the file's current profile, else "default". */
export async function cliProfileProvider(profileName: string | undefined, context: ProfileContext): Promise<CredentialProvider> {
  const path = context.configPath;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new NoCliConfig(`there is no aliyun CLI config at ${path}`);
    throw new Error(`cannot read the aliyun CLI config at ${path}: ${(error as Error).message}`, { cause: error });
  }
  let config: AliyunConfig;
  try {
    const parsed: unknown = JSON.parse(text);
    config = typeof parsed === 'object' && parsed !== null ? (parsed as AliyunConfig) : {};
  } catch {
    // JSON.parse quotes the text around the fault, which may be a secret: say only where.
    throw new Error(`the aliyun CLI config at ${path} is not valid JSON`);
  }
  const profiles = Array.isArray(config.profiles) ? config.profiles : [];
  const name = profileName ?? config.current ?? 'default';
  return providerFor(name, profiles, context, []);
}

async function providerFor(name: string, profiles: AliyunProfile[], context: ProfileContext, chain: string[]): Promise<CredentialProvider> {
  const profile = profiles.find((p) => p.name === name);
  if (!profile) {
    const known = profiles.map((p) => p.name).filter(Boolean).join(', ') || 'none';
    throw new Error(`profile "${name}" is not in ${context.configPath} (profiles: ${known})`);
  }
  if (chain.includes(name)) throw new Error(`profile "${name}" is its own source (${[...chain, name].join(' -> ')})`);
  const mode = profile.mode ?? 'AK';
  const where = `profile "${name}" (${mode})`;
  const source = `aliyun CLI profile "${name}" (${mode}${chain.length ? `, source of "${chain.at(-1)}"` : ''})`;
  const endpoint = { endpoint: profile.sts_endpoint, region: profile.sts_region, vpc: profile.enable_vpc };
  switch (mode) {
    case 'AK':
    case 'StsToken': {
      if (!profile.access_key_id || !profile.access_key_secret) throw new Error(`${where} has no access_key_id/access_key_secret`);
      if (mode === 'StsToken' && !profile.sts_token) throw new Error(`${where} has no sts_token`);
      const securityToken = mode === 'StsToken' ? profile.sts_token : undefined;
      for (const secret of [profile.access_key_secret, securityToken]) if (secret) context.onSecret?.(secret);
      return staticCredentials({ accessKeyId: profile.access_key_id, accessKeySecret: profile.access_key_secret, securityToken }, source);
    }
    case 'RamRoleArn':
    case 'ChainableRamRoleArn': {
      let signer: CredentialProvider;
      if (mode === 'RamRoleArn') {
        if (!profile.access_key_id || !profile.access_key_secret) throw new Error(`${where} has no access_key_id/access_key_secret`);
        context.onSecret?.(profile.access_key_secret);
        signer = staticCredentials({ accessKeyId: profile.access_key_id, accessKeySecret: profile.access_key_secret }, source);
      } else {
        if (!profile.source_profile) throw new Error(`${where} has no source_profile`);
        signer = await providerFor(profile.source_profile, profiles, context, [...chain, name]);
      }
      const { ramRoleSource } = await import('./role-sources.js');
      const input = { roleArn: profile.ram_role_arn, sessionName: profile.ram_session_name, durationSeconds: profile.expired_seconds, policy: profile.policy, externalId: profile.external_id, endpoint };
      return ramRoleSource((roleArn) => `${source}, role ${roleArn}`, where, input, signer, context);
    }
    case 'OIDC': {
      if (!profile.oidc_provider_arn) throw new Error(`${where} has no oidc_provider_arn`);
      if (!profile.oidc_token_file) throw new Error(`${where} has no oidc_token_file`);
      const { oidcRoleSource } = await import('./role-sources.js');
      const input = { roleArn: profile.ram_role_arn, sessionName: profile.ram_session_name, durationSeconds: profile.duration_seconds ?? profile.expired_seconds, policy: profile.policy, providerArn: profile.oidc_provider_arn, tokenFile: profile.oidc_token_file, endpoint };
      return oidcRoleSource((roleArn) => `${source}, role ${roleArn}`, where, input, context);
    }
    case 'EcsRamRole': {
      const { ecsRoleSource } = await import('./role-sources.js');
      const settings = { roleName: profile.ram_role_name || undefined, disableV1: context.env.ALIBABA_CLOUD_IMDSV1_DISABLED?.toLowerCase() === 'true', endpoint: context.ecsMetadataEndpoint };
      return ecsRoleSource(source, settings, context);
    }
    default:
      throw new Error(`${where}: mode ${mode} is not supported; supported modes are ${SUPPORTED_MODES.join(', ')}`);
  }
}
