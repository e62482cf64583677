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
