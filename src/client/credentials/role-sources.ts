import type { CredentialProvider } from '../credentials.js';
import { fetchUriCredentials } from './credentials-uri.js';
import { fetchEcsRoleCredentials, type EcsMetadataSettings } from './ecs-metadata.js';
import { readOidcToken } from './oidc.js';
import { RefreshingCredentials, type CredentialHooks } from './refreshing.js';
import { assumeRole, assumeRoleWithOidc, roleSettings, stsEndpoint, type StsEndpointSettings } from './sts.js';

// The sources that fetch temporary credentials over the network. Loaded (dynamic import) only when one is
// configured, so the environment-variable and AccessKey paths load none of it.

export interface RoleInput {
  readonly roleArn?: unknown;
  readonly sessionName?: unknown;
  readonly durationSeconds?: unknown;
  readonly policy?: unknown;
  readonly endpoint: StsEndpointSettings;
}

interface Context extends CredentialHooks {
  readonly env: NodeJS.ProcessEnv;
}

/** AssumeRole signed by `signer` (RamRoleArn: an AccessKey; ChainableRamRoleArn: the source profile's credentials). */
export function ramRoleSource(name: (roleArn: string) => string, where: string, input: RoleInput & { externalId?: string | undefined }, signer: CredentialProvider, context: Context): CredentialProvider {
  const role = { ...roleSettings(input, stsEndpoint(input.endpoint, context.env), where), externalId: input.externalId };
  const now = context.now ?? Date.now;
  return new RefreshingCredentials(name(role.roleArn), 'STS AssumeRole', () => assumeRole(role, signer, now), context);
}

/** AssumeRoleWithOIDC with the token in `tokenFile` (read again at every exchange). */
export function oidcRoleSource(name: (roleArn: string) => string, where: string, input: RoleInput & { providerArn: string; tokenFile: string }, context: Context): CredentialProvider {
  const role = roleSettings(input, stsEndpoint(input.endpoint, context.env), where);
  const now = context.now ?? Date.now;
  return new RefreshingCredentials(name(role.roleArn), 'STS AssumeRoleWithOIDC', async () => assumeRoleWithOidc({ ...role, oidcProviderArn: input.providerArn, oidcToken: await readOidcToken(input.tokenFile, context) }, now), context);
}

export function ecsRoleSource(source: string, settings: EcsMetadataSettings, context: Context): CredentialProvider {
  return new RefreshingCredentials(source, 'ECS metadata service', () => fetchEcsRoleCredentials(settings), context);
}

export function uriSource(uri: string, context: Context): CredentialProvider {
  return new RefreshingCredentials('credentials URI (ALIBABA_CLOUD_CREDENTIALS_URI)', 'credentials URI', () => fetchUriCredentials(uri), context);
}
