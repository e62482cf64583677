import { describe, expect, it } from 'vitest';
import { resolveCredentialChain, VodApiError } from '../../src/client/index.js';
import { aliyunHome } from '../helpers/aliyun-home.js';

// The aliyun CLI config's static modes and the errors a broken profile gets. No network here: role modes are in
// credentials-sts.test.ts and credentials-ecs.test.ts.
const NO_ECS = () => false;
const resolve = (homeDir: string, profile?: string) => resolveCredentialChain({ env: {}, homeDir, profile, isEcsInstance: NO_ECS });
const failure = async (provider: Awaited<ReturnType<typeof resolve>>) => {
  const error = await provider.getCredentials().then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(VodApiError);
  return error as VodApiError;
};

const home = aliyunHome({
  current: 'main',
  profiles: [
    { name: 'main', mode: 'AK', access_key_id: 'ak1', access_key_secret: 'sk1-secret', region_id: 'cn-beijing' },
    { name: 'sts', mode: 'StsToken', access_key_id: 'ak2', access_key_secret: 'sk2-secret', sts_token: 'tok2-token' },
    { name: 'no-token', mode: 'StsToken', access_key_id: 'ak2', access_key_secret: 'sk2-secret' },
    { name: 'sso', mode: 'CloudSSO', cloud_sso_sign_in_url: 'https://signin.example' },
    { name: 'role-no-arn', mode: 'RamRoleArn', access_key_id: 'ak3', access_key_secret: 'sk3-secret' },
    { name: 'short', mode: 'RamRoleArn', access_key_id: 'ak3', access_key_secret: 'sk3-secret', ram_role_arn: 'acs:ram::1:role/r', expired_seconds: 60 },
    { name: 'loop-a', mode: 'ChainableRamRoleArn', source_profile: 'loop-b', ram_role_arn: 'acs:ram::1:role/r' },
    { name: 'loop-b', mode: 'ChainableRamRoleArn', source_profile: 'loop-a', ram_role_arn: 'acs:ram::1:role/r' },
    { name: 'plain-http', mode: 'RamRoleArn', access_key_id: 'ak3', access_key_secret: 'sk3-secret', ram_role_arn: 'acs:ram::1:role/r', sts_endpoint: 'http://sts.example.com' },
  ],
});

describe('aliyun CLI profiles', () => {
  it('reads the current profile (AK) and a named StsToken profile', async () => {
    const current = await resolve(home);
    expect(current.source).toBe('aliyun CLI profile "main" (AK)');
    expect(await current.getCredentials()).toEqual({ accessKeyId: 'ak1', accessKeySecret: 'sk1-secret', securityToken: undefined });
    expect(await (await resolve(home, 'sts')).getCredentials()).toEqual({ accessKeyId: 'ak2', accessKeySecret: 'sk2-secret', securityToken: 'tok2-token' });
  });

  it.each([
    ['nope', /profile "nope" is not in .*config\.json \(profiles: main, sts, no-token, sso/],
    ['no-token', /profile "no-token" \(StsToken\) has no sts_token/],
    ['sso', /mode CloudSSO is not supported; supported modes are AK, StsToken, RamRoleArn, EcsRamRole, ChainableRamRoleArn, OIDC/],
    ['role-no-arn', /profile "role-no-arn" \(RamRoleArn\) has no role ARN/],
    ['short', /session duration must be a whole number of seconds, at least 900/],
    ['loop-a', /profile "loop-a" is its own source \(loop-a -> loop-b -> loop-a\)/],
    ['plain-http', /the STS endpoint must use https \(plain http only to a loopback host\)/],
  ])('an explicit profile %s that cannot work answers every call with NoCredentials saying why', async (name, reason) => {
    const warnings: string[] = [];
    const provider = await resolveCredentialChain({ env: {}, homeDir: home, profile: name, isEcsInstance: NO_ECS, onWarning: (line) => warnings.push(line) });
    const error = await failure(provider);
    expect(error.code).toBe('NoCredentials');
    expect(error.message).toMatch(reason);
    expect(warnings.join('\n')).toMatch(reason);
  });

  it('says where the config is missing, and never quotes a config that is not JSON', async () => {
    expect((await failure(await resolve('/nonexistent-home', 'main'))).message).toContain('there is no aliyun CLI config at /nonexistent-home/.aliyun/config.json');
    const broken = aliyunHome('{"profiles": [{"name": "main", "access_key_secret": "leaky-secret-value",}]}');
    const error = await failure(await resolve(broken, 'main'));
    expect(error.message).toMatch(/config\.json is not valid JSON/);
    expect(error.message).not.toContain('leaky-secret-value');
  });

  it('registers the secrets it reads so logs can mask them', async () => {
    const secrets: string[] = [];
    await resolveCredentialChain({ env: {}, homeDir: home, profile: 'sts', isEcsInstance: NO_ECS, onSecret: (secret) => secrets.push(secret) });
    expect(secrets).toEqual(['sk2-secret', 'tok2-token']);
  });
});
