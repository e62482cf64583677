import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveCredentialChain, VodApiError, type ChainOptions } from '../../src/client/index.js';
import { looksLikeEcs } from '../../src/client/credentials/ecs-instance.js';
import { aliyunHome, tempFile } from '../helpers/aliyun-home.js';
import { startFakeCredentialsUri, startFakeMetadata, type FakeMetadata } from '../helpers/fake-ecs-metadata.js';
import { startFakeSts, type FakeSts } from '../helpers/fake-sts.js';

// The order of the official SDKs' default chain: environment, OIDC role, aliyun CLI config, ECS RAM role, URI.
const ROLE = 'acs:ram::1234567890:role/vod-bot';
const OIDC_ARN = 'acs:ram::1234567890:oidc-provider/ack-rrsa-c1';
let sts: FakeSts;
let imds: FakeMetadata;
let uri: Awaited<ReturnType<typeof startFakeCredentialsUri>>;
let uriAnswers = true;
const home = aliyunHome({ current: 'dev', profiles: [{ name: 'dev', mode: 'AK', access_key_id: 'LTAIcli', access_key_secret: 'cli-secret' }] });
const token = tempFile('token', 'oidc-token');

beforeAll(async () => {
  sts = await startFakeSts({ oidcProviders: { [OIDC_ARN]: 'oidc-token' } });
  imds = await startFakeMetadata({ roleName: 'VodBotRole' });
  uri = await startFakeCredentialsUri(() => (uriAnswers ? [200, { AccessKeyId: 'STS.uri', AccessKeySecret: 'uri-secret', SecurityToken: 'uri-token', Expiration: new Date(Date.now() + 3600_000).toISOString() }] : [503, {}]));
});
afterAll(async () => {
  await Promise.all([sts?.close(), imds?.close(), uri?.close()]);
});

const ENV_AK = { ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAIenv', ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'env-secret' };
const OIDC = () => ({ ALIBABA_CLOUD_ROLE_ARN: ROLE, ALIBABA_CLOUD_OIDC_PROVIDER_ARN: OIDC_ARN, ALIBABA_CLOUD_OIDC_TOKEN_FILE: token, ALIBABA_CLOUD_STS_ENDPOINT: sts.url });
const URI = () => ({ ALIBABA_CLOUD_CREDENTIALS_URI: uri.url });
const everything = () => ({ ...ENV_AK, ...OIDC(), ...URI() });
const chain = (env: NodeJS.ProcessEnv, options: Partial<ChainOptions> = {}) =>
  resolveCredentialChain({ env, homeDir: home, ecsMetadataEndpoint: imds.url, isEcsInstance: () => true, ...options });
const traffic = () => ({ sts: sts.calls.length, imds: imds.requests.length, uri: uri.hits() });

describe('default credential chain', () => {
  it('environment variables come first, and then nothing else is asked', async () => {
    const before = traffic();
    const provider = await chain(everything());
    expect(provider.source).toBe('environment');
    expect(await provider.getCredentials()).toEqual({ accessKeyId: 'LTAIenv', accessKeySecret: 'env-secret', securityToken: undefined });
    expect(traffic()).toEqual(before);
  });

  it('then the OIDC role, then the aliyun CLI profile, then the ECS RAM role, then the credentials URI', async () => {
    const { ALIBABA_CLOUD_ACCESS_KEY_ID: _id, ALIBABA_CLOUD_ACCESS_KEY_SECRET: _secret, ...noEnvAk } = everything();
    const oidc = await chain(noEnvAk);
    expect(oidc.source).toBe(`OIDC role ${ROLE} (ALIBABA_CLOUD_OIDC_*), else aliyun CLI profile "dev" (AK)`);
    expect((await oidc.getCredentials()).accessKeyId).toMatch(/^STS\.fake-/);
    expect(oidc.source).toBe(`OIDC role ${ROLE} (ALIBABA_CLOUD_OIDC_*)`);
    expect(sts.calls.at(-1)?.params.Action).toBe('AssumeRoleWithOIDC');

    const cli = await chain(URI());
    expect(cli.source).toBe('aliyun CLI profile "dev" (AK)');
    expect((await cli.getCredentials()).accessKeyId).toBe('LTAIcli');

    const ecs = await chain(URI(), { homeDir: '/nonexistent' });
    expect(ecs.source).toBe('ECS instance RAM role, else credentials URI (ALIBABA_CLOUD_CREDENTIALS_URI)');
    const before = uri.hits();
    expect((await ecs.getCredentials()).accessKeyId).toMatch(/^STS\.ecs-/);
    expect(ecs.source).toBe('ECS instance RAM role');
    expect(uri.hits()).toBe(before);

    const last = await chain(URI(), { homeDir: '/nonexistent', isEcsInstance: () => false });
    expect(last.source).toBe('credentials URI (ALIBABA_CLOUD_CREDENTIALS_URI)');
    expect((await last.getCredentials()).accessKeyId).toBe('STS.uri');
  });

  it('a source that fails at the first call passes to the next one, which is kept', async () => {
    const { ALIBABA_CLOUD_ACCESS_KEY_ID: _id, ALIBABA_CLOUD_ACCESS_KEY_SECRET: _secret, ...noEnvAk } = everything();
    const provider = await chain({ ...noEnvAk, ALIBABA_CLOUD_OIDC_PROVIDER_ARN: 'acs:ram::1234567890:oidc-provider/unknown' });
    expect(provider.source).toBe(`OIDC role ${ROLE} (ALIBABA_CLOUD_OIDC_*), else aliyun CLI profile "dev" (AK)`);
    expect((await provider.getCredentials()).accessKeyId).toBe('LTAIcli');
    expect(provider.source).toBe('aliyun CLI profile "dev" (AK)');
  });

  it('when every source fails, the error names each failure', async () => {
    uriAnswers = false;
    try {
      const bare = await startFakeMetadata({});
      const provider = await chain(URI(), { homeDir: '/nonexistent', ecsMetadataEndpoint: bare.url });
      const error = await provider.getCredentials().then(() => undefined, (caught: unknown) => caught);
      await bare.close();
      expect(error).toBeInstanceOf(VodApiError);
      expect((error as VodApiError).code).toBe('CredentialsUnavailable');
      expect((error as VodApiError).message).toMatch(/^No credential source answered: Getting temporary credentials from ECS instance RAM role failed: .*HTTP 404.* Getting temporary credentials from credentials URI .*HTTP 503\.$/);
    } finally {
      uriAnswers = true;
    }
  });

  it('with nothing configured, every call is NoCredentials saying what was looked at; the metadata service is not asked off ECS', async () => {
    const before = traffic();
    const warnings: string[] = [];
    const provider = await chain({ ALIBABA_CLOUD_ROLE_ARN: ROLE }, { homeDir: '/nonexistent', isEcsInstance: () => false, onWarning: (line) => warnings.push(line) });
    const error = await provider.getCredentials().then(() => undefined, (caught: unknown) => caught);
    expect(error).toBeInstanceOf(VodApiError);
    expect((error as VodApiError).code).toBe('NoCredentials');
    expect((error as VodApiError).message).toContain('Set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET');
    expect((error as VodApiError).message).toContain(
      '(Looked at: ALIBABA_CLOUD_ACCESS_KEY_ID/SECRET: not set; OIDC role: ALIBABA_CLOUD_OIDC_PROVIDER_ARN, ALIBABA_CLOUD_OIDC_TOKEN_FILE not set; aliyun CLI config: none at /nonexistent/.aliyun/config.json; ECS metadata: not an ECS instance.)',
    );
    expect(warnings).toHaveLength(1);
    expect(traffic()).toEqual(before);
  });

  it('ALIBABA_CLOUD_CLI_PROFILE_DISABLED and ALIBABA_CLOUD_ECS_METADATA_DISABLED skip their steps', async () => {
    const provider = await chain({ ...URI(), ALIBABA_CLOUD_CLI_PROFILE_DISABLED: 'true', ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'TRUE' });
    expect(provider.source).toBe('credentials URI (ALIBABA_CLOUD_CREDENTIALS_URI)');
  });

  it('an explicit profile is the only source, environment variables included', async () => {
    const provider = await chain(everything(), { profile: 'dev' });
    expect(provider.source).toBe('aliyun CLI profile "dev" (AK)');
    expect(await chain({ ...URI(), ALIBABA_CLOUD_PROFILE: 'missing' }).then((p) => p.source)).toBe('ECS instance RAM role, else credentials URI (ALIBABA_CLOUD_CREDENTIALS_URI)');
  });

  it('recognizes an ECS instance by its DMI product name or vendor', () => {
    expect(looksLikeEcs((name) => (name === 'product_name' ? 'Alibaba Cloud ECS\n' : undefined))).toBe(true);
    expect(looksLikeEcs((name) => (name === 'sys_vendor' ? 'Alibaba Cloud\n' : 'pc-q35'))).toBe(true);
    expect(looksLikeEcs((name) => (name === 'sys_vendor' ? 'QEMU\n' : 'Standard PC'))).toBe(false);
    expect(looksLikeEcs(() => undefined)).toBe(false);
  });
});
