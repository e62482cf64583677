import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveCredentialChain, VodApiError, type ChainOptions } from '../../src/client/index.js';
import { aliyunHome } from '../helpers/aliyun-home.js';
import { startFakeCredentialsUri, startFakeMetadata, type FakeMetadata } from '../helpers/fake-ecs-metadata.js';

// The ECS instance RAM role and the credentials URI, against loopback fakes (never the real 100.100.100.200).
let clock = Date.parse('2026-03-01T00:00:00Z');
const now = () => clock;
let imds: FakeMetadata;

beforeAll(async () => {
  imds = await startFakeMetadata({ roleName: 'VodBotRole', requireToken: true, lifetimeSeconds: 3600, now });
});
afterAll(async () => {
  await imds?.close();
});

const failure = async (promise: Promise<unknown>) => {
  const error = await promise.then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(VodApiError);
  return error as VodApiError;
};
const onEcs = (options: Partial<ChainOptions> = {}) => resolveCredentialChain({ env: {}, homeDir: '/nonexistent', ecsMetadataEndpoint: imds.url, isEcsInstance: () => true, now, ...options });

describe('ECS instance RAM role', () => {
  it('gets an IMDSv2 token, then the role name and its credentials with it', async () => {
    const start = imds.requests.length;
    const provider = await onEcs();
    expect(provider.source).toBe('ECS instance RAM role');
    const credentials = await provider.getCredentials();
    expect(credentials).toMatchObject({ accessKeyId: expect.stringMatching(/^STS\.ecs-/), securityToken: expect.stringMatching(/^ecs-token-/) });
    const requests = imds.requests.slice(start);
    expect(requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      'PUT /latest/api/token 200',
      'GET /latest/meta-data/ram/security-credentials/ 200',
      'GET /latest/meta-data/ram/security-credentials/VodBotRole 200',
    ]);
    expect(requests.slice(1).every((r) => r.token !== undefined)).toBe(true);
  });

  it('ALIBABA_CLOUD_ECS_METADATA names the role (no lookup) and turns the step on off ECS too', async () => {
    const start = imds.requests.length;
    const provider = await onEcs({ env: { ALIBABA_CLOUD_ECS_METADATA: 'VodBotRole' }, isEcsInstance: () => false });
    expect(provider.source).toBe('ECS instance RAM role "VodBotRole"');
    await provider.getCredentials();
    expect(imds.requests.slice(start).map((r) => r.path)).toEqual(['/latest/api/token', '/latest/meta-data/ram/security-credentials/VodBotRole']);
  });

  it('an EcsRamRole profile of the aliyun CLI uses its ram_role_name', async () => {
    const home = aliyunHome({ current: 'ecs', profiles: [{ name: 'ecs', mode: 'EcsRamRole', ram_role_name: 'VodBotRole' }] });
    const provider = await onEcs({ homeDir: home, isEcsInstance: () => false });
    expect(provider.source).toBe('aliyun CLI profile "ecs" (EcsRamRole)');
    expect((await provider.getCredentials()).accessKeyId).toMatch(/^STS\.ecs-/);
  });

  it('refreshes before expiry, and a failure past expiry is a clear error', async () => {
    const provider = await onEcs();
    const first = await provider.getCredentials();
    clock += 3600_000 - 16 * 60_000; // 16 minutes left: still before the 15-minute refresh point
    expect(await provider.getCredentials()).toEqual(first);
    clock += 2 * 60_000;
    const second = await provider.getCredentials();
    expect(second.accessKeyId).not.toBe(first.accessKeyId);
    imds.failWith(500);
    clock += 3600_000;
    const error = await failure(provider.getCredentials());
    expect(error.code).toBe('CredentialsUnavailable');
    expect(error.action).toBe('ECS metadata service');
    expect(error.message).toBe('Refreshing temporary credentials from ECS instance RAM role failed: the ECS metadata service answered HTTP 500 for the credentials of RAM role "VodBotRole".');
    imds.failWith(undefined);
    expect((await provider.getCredentials()).accessKeyId).not.toBe(second.accessKeyId);
  });

  it('falls back to IMDSv1 when the instance gives no token, unless ALIBABA_CLOUD_IMDSV1_DISABLED', async () => {
    const old = await startFakeMetadata({ roleName: 'OldRole', noTokens: true, now });
    try {
      const provider = await onEcs({ ecsMetadataEndpoint: old.url });
      expect((await provider.getCredentials()).accessKeyId).toMatch(/^STS\.ecs-/);
      expect(old.requests.filter((r) => r.method === 'GET').every((r) => r.token === undefined)).toBe(true);
      const strict = await onEcs({ ecsMetadataEndpoint: old.url, env: { ALIBABA_CLOUD_IMDSV1_DISABLED: 'true' } });
      expect((await failure(strict.getCredentials())).message).toMatch(/gave no IMDSv2 token \(HTTP 403\) and IMDSv1 is disabled/);
    } finally {
      await old.close();
    }
  });

  it('an instance without a RAM role says so', async () => {
    const bare = await startFakeMetadata({ now });
    try {
      const error = await failure((await onEcs({ ecsMetadataEndpoint: bare.url })).getCredentials());
      expect(error.message).toMatch(/answered HTTP 404 for the instance's RAM role \(is a RAM role attached to the instance\?\)/);
    } finally {
      await bare.close();
    }
  });
});

describe('credentials URI', () => {
  it('reads ALIBABA_CLOUD_CREDENTIALS_URI and refreshes before its Expiration', async () => {
    let serial = 0;
    const uri = await startFakeCredentialsUri(() => {
      serial += 1;
      return [200, { Code: 'Success', AccessKeyId: `STS.uri-${serial}`, AccessKeySecret: `uri-secret-${serial}`, SecurityToken: `uri-token-${serial}`, Expiration: new Date(clock + 1200_000).toISOString() }];
    });
    try {
      const provider = await resolveCredentialChain({ env: { ALIBABA_CLOUD_CREDENTIALS_URI: uri.url }, homeDir: '/nonexistent', isEcsInstance: () => false, now });
      expect(provider.source).toBe('credentials URI (ALIBABA_CLOUD_CREDENTIALS_URI)');
      expect(await provider.getCredentials()).toEqual({ accessKeyId: 'STS.uri-1', accessKeySecret: 'uri-secret-1', securityToken: 'uri-token-1' });
      clock += 800_000; // 20 minutes issued: refreshed 5 minutes (a quarter) before expiry
      expect((await provider.getCredentials()).accessKeyId).toBe('STS.uri-1');
      clock += 120_000;
      expect((await provider.getCredentials()).accessKeyId).toBe('STS.uri-2');
      expect(uri.hits()).toBe(2);
    } finally {
      await uri.close();
    }
  });

  it.each([
    [[500, { Message: 'down' }], /the credentials URI answered HTTP 500$/],
    [[200, 'not json uri-secret-x'], /answered HTTP 200 with a body that is not JSON \(\d+ bytes\)$/],
    [[200, { AccessKeyId: 'STS.x', AccessKeySecret: 'uri-secret-x' }], /answered without AccessKeyId, AccessKeySecret and SecurityToken$/],
    [[200, { Code: 'Failed', AccessKeySecret: 'uri-secret-x' }], /answered Code Failed$/],
  ])('a bad answer %j is a clear error that quotes no body', async (answer, reason) => {
    const uri = await startFakeCredentialsUri(() => answer as [number, unknown]);
    try {
      const error = await failure((await resolveCredentialChain({ env: { ALIBABA_CLOUD_CREDENTIALS_URI: uri.url }, homeDir: '/nonexistent', isEcsInstance: () => false, now })).getCredentials());
      expect(error.message.replace(/\.$/, '')).toMatch(reason);
      expect(error.message).not.toContain('uri-secret-x');
    } finally {
      await uri.close();
    }
  });
});
