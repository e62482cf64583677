import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveCredentialChain, VodApiError, type ChainOptions } from '../../src/client/index.js';
import { stsEndpoint } from '../../src/client/credentials/sts.js';
import { aliyunHome, tempFile } from '../helpers/aliyun-home.js';
import { startFakeSts, type FakeSts } from '../helpers/fake-sts.js';
import { writeFileSync } from 'node:fs';

// Role modes against a loopback STS that checks signatures, tokens and durations as the real one does.
const ROLE = 'acs:ram::1234567890:role/vod-bot';
const OIDC_ARN = 'acs:ram::1234567890:oidc-provider/ack-rrsa-c1';
const AK_SECRET = 'long-term-secret-0123456789';
let clock = Date.parse('2026-01-01T00:00:00Z');
const now = () => clock;
let sts: FakeSts;
let home: string;
const oidcTokenFile = tempFile('token', 'oidc-token-one\n');

beforeAll(async () => {
  sts = await startFakeSts({ accessKeys: { LTAIbot: AK_SECRET }, oidcProviders: { [OIDC_ARN]: 'oidc-token-one' }, lifetimeSeconds: 1000, now });
  home = aliyunHome({
    current: 'role',
    profiles: [
      { name: 'role', mode: 'RamRoleArn', access_key_id: 'LTAIbot', access_key_secret: AK_SECRET, ram_role_arn: ROLE, ram_session_name: 'vod-session', expired_seconds: 900, sts_endpoint: sts.url },
      { name: 'chained', mode: 'ChainableRamRoleArn', source_profile: 'role', ram_role_arn: 'acs:ram::1234567890:role/second', sts_endpoint: sts.url },
      { name: 'oidc', mode: 'OIDC', oidc_provider_arn: OIDC_ARN, oidc_token_file: oidcTokenFile, ram_role_arn: ROLE, sts_endpoint: sts.url },
      { name: 'wrong-secret', mode: 'RamRoleArn', access_key_id: 'LTAIbot', access_key_secret: 'not-the-secret-xyz', ram_role_arn: ROLE, sts_endpoint: sts.url },
    ],
  });
});
afterAll(async () => {
  await sts?.close();
});

const chain = (options: Partial<ChainOptions> = {}) => resolveCredentialChain({ env: {}, homeDir: home, isEcsInstance: () => false, now, ...options });
const callsSince = (start: number) => sts.calls.slice(start);
const failure = async (promise: Promise<unknown>) => {
  const error = await promise.then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(VodApiError);
  return error as VodApiError;
};

describe('RamRoleArn and ChainableRamRoleArn profiles', () => {
  it('assume the role at the first call, signed with the profile AccessKey', async () => {
    const start = sts.calls.length;
    const provider = await chain({ profile: 'role' });
    expect(callsSince(start)).toHaveLength(0); // nothing on the network before a call needs it
    expect(provider.source).toBe(`aliyun CLI profile "role" (RamRoleArn), role ${ROLE}`);
    const credentials = await provider.getCredentials();
    expect(credentials.accessKeyId).toMatch(/^STS\.fake-/);
    expect(credentials.securityToken).toMatch(/^fake-token-/);
    expect(callsSince(start)).toMatchObject([{ status: 200, params: { Action: 'AssumeRole', AccessKeyId: 'LTAIbot', RoleArn: ROLE, RoleSessionName: 'vod-session', DurationSeconds: '900' } }]);
    expect(await provider.getCredentials()).toEqual(credentials);
    expect(callsSince(start)).toHaveLength(1);
  });

  it('a chained role signs its AssumeRole with the source role STS credentials and token', async () => {
    const start = sts.calls.length;
    const credentials = await (await chain({ profile: 'chained' })).getCredentials();
    const [first, second] = callsSince(start);
    expect(first).toMatchObject({ status: 200, params: { AccessKeyId: 'LTAIbot', RoleArn: ROLE } });
    expect(second).toMatchObject({ status: 200, params: { RoleArn: 'acs:ram::1234567890:role/second', AccessKeyId: expect.stringMatching(/^STS\.fake-/), SecurityToken: expect.stringMatching(/^fake-token-/) } });
    expect(second!.params.AccessKeyId).not.toBe(credentials.accessKeyId);
  });

  it('concurrent first calls share one AssumeRole', async () => {
    const start = sts.calls.length;
    const provider = await chain({ profile: 'role' });
    const all = await Promise.all([1, 2, 3, 4, 5].map(() => provider.getCredentials()));
    expect(new Set(all.map((c) => c.accessKeyId)).size).toBe(1);
    expect(callsSince(start)).toHaveLength(1);
  });

  it('a wrong secret is a clear error without the string to sign or any secret', async () => {
    const error = await failure((await chain({ profile: 'wrong-secret' })).getCredentials());
    expect(error.code).toBe('CredentialsUnavailable');
    expect(error.action).toBe('STS AssumeRole');
    expect(error.message).toMatch(/^Getting temporary credentials from aliyun CLI profile "wrong-secret" \(RamRoleArn\), role .* failed: STS AssumeRole answered HTTP 400 SignatureDoesNotMatch: Specified signature is not matched with our calculation\. \(check the AccessKey secret of the source credentials\) \(RequestId [0-9A-F-]+\)\.$/);
    expect(error.message).not.toContain('not-the-secret-xyz');
    expect(error.message).not.toContain('string to sign is');
  });
});

describe('refresh', () => {
  it('refreshes before expiry; a failed refresh keeps valid credentials, then is a clear error, then recovers', async () => {
    const warnings: string[] = [];
    const secrets: string[] = [];
    const provider = await chain({ profile: 'role', onWarning: (line) => warnings.push(line), onSecret: (secret) => secrets.push(secret) });
    const start = sts.calls.length;
    const first = await provider.getCredentials();
    expect(secrets).toEqual(expect.arrayContaining([AK_SECRET, first.accessKeySecret, first.securityToken]));
    // Issued for 1000 s: refreshed a quarter of the lifetime (250 s) before expiry.
    clock += 740_000;
    expect(await provider.getCredentials()).toEqual(first);
    expect(callsSince(start)).toHaveLength(1);
    clock += 20_000;
    const second = await provider.getCredentials();
    expect(second.accessKeyId).not.toBe(first.accessKeyId);
    expect(callsSince(start)).toHaveLength(2);

    // STS fails while `second` still holds: the call goes on with it, and the log says so.
    sts.failWith({ status: 503, Code: 'ServiceUnavailable', Message: 'The request has failed due to a temporary failure of the server.' });
    clock += 760_000;
    expect(await provider.getCredentials()).toEqual(second);
    expect(warnings.join('\n')).toMatch(/refreshing credentials from aliyun CLI profile "role".* failed \(STS AssumeRole answered HTTP 503 ServiceUnavailable/);
    // Past expiry: a clear error naming the source and STS's answer, no secret in it.
    clock += 300_000;
    const error = await failure(provider.getCredentials());
    expect(error.code).toBe('CredentialsUnavailable');
    expect(error.message).toMatch(/^Refreshing temporary credentials from aliyun CLI profile "role" \(RamRoleArn\), role acs:ram::1234567890:role\/vod-bot failed: STS AssumeRole answered HTTP 503 ServiceUnavailable: The request has failed/);
    for (const secret of secrets) expect(error.message).not.toContain(secret);
    // STS is back: the next call gets new credentials.
    sts.failWith(undefined);
    const third = await provider.getCredentials();
    expect(third.accessKeyId).not.toBe(second.accessKeyId);
  });

  it('credentials that arrive already expired are refused (a clock problem)', async () => {
    const late = await startFakeSts({ accessKeys: { LTAIbot: AK_SECRET }, lifetimeSeconds: 5, now });
    const lateHome = aliyunHome({ profiles: [{ name: 'default', mode: 'RamRoleArn', access_key_id: 'LTAIbot', access_key_secret: AK_SECRET, ram_role_arn: ROLE, sts_endpoint: late.url }] });
    try {
      const error = await failure((await resolveCredentialChain({ env: {}, homeDir: lateHome, isEcsInstance: () => false, now })).getCredentials());
      expect(error.message).toMatch(/the credentials it answered expire at .*, which is now or past \(check the clock\)/);
    } finally {
      await late.close();
    }
  });
});

describe('OIDC role assumption', () => {
  it('an OIDC profile exchanges the token file, read again at every refresh', async () => {
    writeFileSync(oidcTokenFile, 'oidc-token-one\n');
    const start = sts.calls.length;
    const warnings: string[] = [];
    const provider = await chain({ profile: 'oidc', onWarning: (line) => warnings.push(line) });
    const first = await provider.getCredentials();
    expect(callsSince(start)).toMatchObject([{ status: 200, params: { Action: 'AssumeRoleWithOIDC', OIDCProviderArn: OIDC_ARN, OIDCToken: 'oidc-token-one', RoleArn: ROLE, DurationSeconds: '3600' } }]);
    expect(callsSince(start)[0]!.params).not.toHaveProperty('Signature');
    writeFileSync(oidcTokenFile, 'rotated-token\n');
    clock += 800_000; // past the refresh point (750 s of 1000), before expiry
    expect(await provider.getCredentials()).toEqual(first);
    expect(callsSince(start).at(-1)).toMatchObject({ status: 400, params: { OIDCToken: 'rotated-token' }, code: 'AuthenticationFail.OIDCToken.Invalid' });
    expect(warnings.join('\n')).toMatch(/STS AssumeRoleWithOIDC answered HTTP 400 AuthenticationFail\.OIDCToken\.Invalid: The OIDC token is invalid\./);
    expect(warnings.join('\n')).not.toContain('rotated-token');
  });

  it('the environment of ACK RRSA (ALIBABA_CLOUD_ROLE_ARN, _OIDC_PROVIDER_ARN, _OIDC_TOKEN_FILE, _STS_ENDPOINT)', async () => {
    writeFileSync(oidcTokenFile, 'oidc-token-one\n');
    const env = { ALIBABA_CLOUD_ROLE_ARN: ROLE, ALIBABA_CLOUD_OIDC_PROVIDER_ARN: OIDC_ARN, ALIBABA_CLOUD_OIDC_TOKEN_FILE: oidcTokenFile, ALIBABA_CLOUD_STS_ENDPOINT: sts.url, ALIBABA_CLOUD_ROLE_SESSION_NAME: 'pod-bot' };
    const start = sts.calls.length;
    const provider = await chain({ env, homeDir: '/nonexistent' });
    expect(provider.source).toBe(`OIDC role ${ROLE} (ALIBABA_CLOUD_OIDC_*)`);
    const credentials = await provider.getCredentials();
    expect(credentials.securityToken).toMatch(/^fake-token-/);
    expect(callsSince(start)).toMatchObject([{ status: 200, params: { Action: 'AssumeRoleWithOIDC', RoleSessionName: 'pod-bot' } }]);
  });

  it('a missing token file is a clear error', async () => {
    const env = { ALIBABA_CLOUD_ROLE_ARN: ROLE, ALIBABA_CLOUD_OIDC_PROVIDER_ARN: OIDC_ARN, ALIBABA_CLOUD_OIDC_TOKEN_FILE: '/nonexistent/token', ALIBABA_CLOUD_STS_ENDPOINT: sts.url };
    const error = await failure((await chain({ env, homeDir: '/nonexistent' })).getCredentials());
    expect(error.message).toMatch(/cannot read the OIDC token file \/nonexistent\/token \(ENOENT\)/);
  });
});

describe('STS endpoint', () => {
  it('a profile endpoint, then ALIBABA_CLOUD_STS_ENDPOINT, then the region (VPC when asked), then the global one; https only', () => {
    const url = (settings: Parameters<typeof stsEndpoint>[0], env: NodeJS.ProcessEnv = {}) => stsEndpoint(settings, env).href;
    expect(url({})).toBe('https://sts.aliyuncs.com/');
    expect(url({ region: 'cn-hangzhou' })).toBe('https://sts.cn-hangzhou.aliyuncs.com/');
    expect(url({ region: '', vpc: false }, { ALIBABA_CLOUD_STS_REGION: 'cn-beijing', ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED: 'true' })).toBe('https://sts-vpc.cn-beijing.aliyuncs.com/');
    expect(url({ region: 'cn-hangzhou' }, { ALIBABA_CLOUD_STS_ENDPOINT: 'sts-vpc.cn-hangzhou.aliyuncs.com' })).toBe('https://sts-vpc.cn-hangzhou.aliyuncs.com/');
    expect(url({ endpoint: 'http://127.0.0.1:8080' }, { ALIBABA_CLOUD_STS_ENDPOINT: 'sts.example.com' })).toBe('http://127.0.0.1:8080/');
    expect(() => url({ endpoint: 'http://10.0.0.1:8080' })).toThrow(/must use https \(plain http only to a loopback host\)/);
    expect(() => url({ endpoint: 'ftp://sts.example.com' })).toThrow(/is not a host name or an http\(s\) URL/);
  });
});
