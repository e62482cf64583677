import { endpointUrl, httpText, jsonObject, readWireCredentials, type WireCredentials } from './http.js';

/** The ECS instance metadata service; reachable only from inside an instance. */
export const ECS_METADATA_ENDPOINT = 'http://100.100.100.200';
const METADATA_TIMEOUT_MS = 2_000;
const TOKEN_TTL_SECONDS = '21600';
const CREDENTIALS_PATH = '/latest/meta-data/ram/security-credentials/';

export interface EcsMetadataSettings {
  /** The RAM role attached to the instance; asked of the service when absent. */
  readonly roleName?: string | undefined;
  /** Refuse the IMDSv1 fallback (ALIBABA_CLOUD_IMDSV1_DISABLED=true). */
  readonly disableV1: boolean;
  /** Base URL of the service (a loopback fake in tests). */
  readonly endpoint?: string | undefined;
}

/** IMDSv2: a session token first (PUT), then the role name and its credentials with the token. */
export async function fetchEcsRoleCredentials(settings: EcsMetadataSettings): Promise<WireCredentials> {
  const base = endpointUrl(settings.endpoint ?? ECS_METADATA_ENDPOINT, 'the ECS metadata endpoint', true);
  if (base.protocol !== 'http:') throw new Error('the ECS metadata service is plain http');
  const token = await metadataToken(base, settings.disableV1);
  const headers: Record<string, string> = token ? { 'x-aliyun-ecs-metadata-token': token } : {};
  let roleName = settings.roleName;
  if (!roleName) {
    const answer = await httpText(new URL(CREDENTIALS_PATH, base), { method: 'GET', headers, timeoutMs: METADATA_TIMEOUT_MS });
    if (answer.status !== 200) throw new Error(`the ECS metadata service answered HTTP ${answer.status} for the instance's RAM role (is a RAM role attached to the instance?)`);
    roleName = answer.text.trim().split('\n')[0]?.trim();
    if (!roleName) throw new Error('no RAM role is attached to this ECS instance');
  }
  const answer = await httpText(new URL(CREDENTIALS_PATH + encodeURIComponent(roleName), base), { method: 'GET', headers, timeoutMs: METADATA_TIMEOUT_MS });
  if (answer.status !== 200) throw new Error(`the ECS metadata service answered HTTP ${answer.status} for the credentials of RAM role "${roleName}"`);
  const body = jsonObject(answer, 'the ECS metadata service');
  if (body.Code !== undefined && body.Code !== 'Success') throw new Error(`the ECS metadata service answered Code ${String(body.Code)} for RAM role "${roleName}"`);
  return readWireCredentials(body, 'the ECS metadata service');
}

async function metadataToken(base: URL, disableV1: boolean): Promise<string | undefined> {
  let failure: string;
  try {
    const answer = await httpText(new URL('/latest/api/token', base), { method: 'PUT', headers: { 'x-aliyun-ecs-metadata-token-ttl-seconds': TOKEN_TTL_SECONDS }, timeoutMs: METADATA_TIMEOUT_MS });
    if (answer.status === 200 && answer.text) return answer.text;
    failure = `HTTP ${answer.status}`;
  } catch (error) {
    failure = (error as Error).message;
  }
  if (disableV1) throw new Error(`the ECS metadata service gave no IMDSv2 token (${failure}) and IMDSv1 is disabled`);
  return undefined;
}
