import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { SigningCredentials } from '../signing/index.js';
import { VodApiError } from './errors.js';

export interface CredentialProvider {
  /** Where the credentials come from, safe to show (never the secret). */
  readonly source: string;
  getCredentials(): Promise<SigningCredentials>;
}

export function staticCredentials(credentials: SigningCredentials, source: string): CredentialProvider {
  return { source, getCredentials: async () => credentials };
}

/** A provider that fails every call with one clear error, so the server still starts without credentials. */
export function missingCredentials(reason: string): CredentialProvider {
  return {
    source: 'none',
    getCredentials: async () => {
      throw new VodApiError({ code: 'NoCredentials', message: reason, action: '-' });
    },
  };
}

export function fromEnvironment(env: NodeJS.ProcessEnv): SigningCredentials | undefined {
  const accessKeyId = env.ALIBABA_CLOUD_ACCESS_KEY_ID;
  const accessKeySecret = env.ALIBABA_CLOUD_ACCESS_KEY_SECRET;
  if (!accessKeyId || !accessKeySecret) return undefined;
  return { accessKeyId, accessKeySecret, securityToken: env.ALIBABA_CLOUD_SECURITY_TOKEN || undefined };
}

interface AliyunProfile {
  name?: string;
  mode?: string;
  access_key_id?: string;
  access_key_secret?: string;
  sts_token?: string;
  region_id?: string;
}

interface AliyunConfig {
  current?: string;
  profiles?: AliyunProfile[];
}

export interface ProfileCredentials {
  credentials: SigningCredentials;
  region: string | undefined;
}

/** Reads a profile of the aliyun CLI config (`~/.aliyun/config.json`); AK and StsToken modes. */
export async function fromAliyunProfile(profileName: string | undefined, configPath?: string): Promise<ProfileCredentials> {
  const path = configPath ?? join(homedir(), '.aliyun', 'config.json');
  let config: AliyunConfig;
  try {
    config = JSON.parse(await readFile(path, 'utf8')) as AliyunConfig;
  } catch (error) {
    throw new Error(`cannot read the aliyun CLI config at ${path}: ${(error as Error).message}`);
  }
  const name = profileName ?? config.current ?? 'default';
  const profiles = config.profiles ?? [];
  const profile = profiles.find((p) => p.name === name);
  if (!profile) {
    const known = profiles.map((p) => p.name).filter(Boolean).join(', ') || 'none';
    throw new Error(`profile "${name}" is not in ${path} (profiles: ${known})`);
  }
  const mode = profile.mode ?? 'AK';
  if (mode !== 'AK' && mode !== 'StsToken') {
    throw new Error(`profile "${name}" uses mode ${mode}; supported modes are AK and StsToken (use environment variables for other setups)`);
  }
  if (!profile.access_key_id || !profile.access_key_secret) {
    throw new Error(`profile "${name}" has no access_key_id/access_key_secret`);
  }
  if (mode === 'StsToken' && !profile.sts_token) throw new Error(`profile "${name}" (StsToken) has no sts_token`);
  return {
    credentials: {
      accessKeyId: profile.access_key_id,
      accessKeySecret: profile.access_key_secret,
      securityToken: mode === 'StsToken' ? profile.sts_token : undefined,
    },
    region: profile.region_id || undefined,
  };
}
