import { randomUUID } from 'node:crypto';
import { computeSignature, formatTimestamp } from '../../signing/index.js';
import type { CredentialProvider } from '../credentials.js';
import { endpointUrl, httpText, jsonObject, readWireCredentials, type HttpAnswer, type WireCredentials } from './http.js';

const STS_VERSION = '2015-04-01';
const STS_TIMEOUT_MS = 15_000;
export const DEFAULT_DURATION_SECONDS = 3600;

export interface StsEndpointSettings {
  /** A host (https) or, for loopback only, an http URL. */
  readonly endpoint?: string | undefined;
  readonly region?: string | undefined;
  readonly vpc?: boolean | undefined;
}

/** The STS endpoint as the SDKs choose it: explicit endpoint, ALIBABA_CLOUD_STS_ENDPOINT, then the region's, then the global one. */
export function stsEndpoint(settings: StsEndpointSettings, env: NodeJS.ProcessEnv): URL {
  const explicit = settings.endpoint || env.ALIBABA_CLOUD_STS_ENDPOINT;
  if (explicit) return endpointUrl(explicit, 'the STS endpoint');
  const region = settings.region || env.ALIBABA_CLOUD_STS_REGION;
  const vpc = settings.vpc === true || env.ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED?.toLowerCase() === 'true';
  return endpointUrl(region ? `sts${vpc ? '-vpc' : ''}.${region}.aliyuncs.com` : 'sts.aliyuncs.com', 'the STS endpoint');
}

export interface RoleSettings {
  readonly roleArn: string;
  readonly sessionName: string;
  readonly durationSeconds: number;
  readonly policy?: string | undefined;
  readonly endpoint: URL;
}

/** Checks what the SDKs check before calling STS; the message names the setting. */
export function roleSettings(input: { roleArn?: unknown; sessionName?: unknown; durationSeconds?: unknown; policy?: unknown }, endpoint: URL, where: string): RoleSettings {
  if (typeof input.roleArn !== 'string' || !input.roleArn) throw new Error(`${where} has no role ARN`);
  const duration = input.durationSeconds === undefined || input.durationSeconds === '' || input.durationSeconds === 0 ? DEFAULT_DURATION_SECONDS : Number(input.durationSeconds);
  if (!Number.isInteger(duration) || duration < 900) throw new Error(`${where}: the session duration must be a whole number of seconds, at least 900`);
  const sessionName = typeof input.sessionName === 'string' && input.sessionName ? input.sessionName : `vod-mcp-${Date.now()}`;
  return { roleArn: input.roleArn, sessionName, durationSeconds: duration, policy: typeof input.policy === 'string' && input.policy ? input.policy : undefined, endpoint };
}

/** AssumeRole, signed with the source credentials (an AccessKey, or STS credentials for a chained role). */
export async function assumeRole(role: RoleSettings & { externalId?: string | undefined }, source: CredentialProvider, now: () => number): Promise<WireCredentials> {
  const signer = await source.getCredentials();
  const params: Record<string, string> = {
    Action: 'AssumeRole',
    Version: STS_VERSION,
    Format: 'JSON',
    Timestamp: formatTimestamp(new Date(now())),
    SignatureMethod: 'HMAC-SHA1',
    SignatureVersion: '1.0',
    SignatureNonce: randomUUID(),
    AccessKeyId: signer.accessKeyId,
    RoleArn: role.roleArn,
    RoleSessionName: role.sessionName,
    DurationSeconds: String(role.durationSeconds),
  };
  if (signer.securityToken) params.SecurityToken = signer.securityToken;
  if (role.externalId) params.ExternalId = role.externalId;
  if (role.policy) params.Policy = role.policy;
  params.Signature = computeSignature('POST', params, signer.accessKeySecret);
  const secrets = [signer.accessKeySecret, signer.securityToken];
  return credentialsFrom(await post(role.endpoint, params), 'STS AssumeRole', secrets);
}

/** AssumeRoleWithOIDC: anonymous, the OIDC token (read fresh each time: the cluster rotates it) proves the identity. */
export async function assumeRoleWithOidc(role: RoleSettings & { oidcProviderArn: string; oidcToken: string }, now: () => number): Promise<WireCredentials> {
  const params: Record<string, string> = {
    Action: 'AssumeRoleWithOIDC',
    Version: STS_VERSION,
    Format: 'JSON',
    Timestamp: formatTimestamp(new Date(now())),
    RoleArn: role.roleArn,
    OIDCProviderArn: role.oidcProviderArn,
    OIDCToken: role.oidcToken,
    RoleSessionName: role.sessionName,
    DurationSeconds: String(role.durationSeconds),
  };
  if (role.policy) params.Policy = role.policy;
  return credentialsFrom(await post(role.endpoint, params), 'STS AssumeRoleWithOIDC', [role.oidcToken]);
}

function post(endpoint: URL, params: Record<string, string>): Promise<HttpAnswer> {
  return httpText(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
    body: new URLSearchParams(params).toString(),
    timeoutMs: STS_TIMEOUT_MS,
  });
}

function credentialsFrom(answer: HttpAnswer, from: string, secrets: ReadonlyArray<string | undefined>): WireCredentials {
  const body = jsonObject(answer, from);
  if (answer.status !== 200 || typeof body.Code === 'string') throw new Error(stsErrorText(answer.status, body, from, secrets));
  const credentials = body.Credentials;
  if (typeof credentials !== 'object' || credentials === null) throw new Error(`${from} answered HTTP 200 without Credentials`);
  return readWireCredentials(credentials as Record<string, unknown>, from);
}

/**
 * STS's Code, Message and RequestId. A SignatureDoesNotMatch message carries STS's string to sign, which holds every
 * parameter (a SecurityToken, an OIDC token): it is cut off, and any secret that was sent is masked all the same.
 */
function stsErrorText(status: number, body: Record<string, unknown>, from: string, secrets: ReadonlyArray<string | undefined>): string {
  const code = typeof body.Code === 'string' ? body.Code : 'UnknownError';
  let message = typeof body.Message === 'string' ? body.Message : '';
  const marker = message.indexOf('server string to sign is:');
  if (marker >= 0) message = message.slice(0, marker).trim() + ' (check the AccessKey secret of the source credentials)';
  for (const secret of secrets) if (secret && secret.length >= 4) message = message.split(secret).join('***');
  if (message.length > 300) message = `${message.slice(0, 300)}...`;
  const requestId = typeof body.RequestId === 'string' ? ` (RequestId ${body.RequestId})` : '';
  return `${from} answered HTTP ${status} ${code}${message ? `: ${message}` : ''}${requestId}`;
}
