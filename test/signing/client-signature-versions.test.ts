import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staticCredentials, VodApiError, VodClient } from '../../src/client/index.js';
import { buildConfig, parseCli } from '../../src/config.js';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { SIGNATURE_VERSIONS, type SignatureVersion } from '../../src/signing/index.js';

let sandbox: Sandbox;
let stsSandbox: Sandbox;
let videoId: string;
const sts = { accessKeyId: 'STS.sandbox', accessKeySecret: 'sts-secret', securityToken: 'CAIS-token' };

beforeAll(async () => {
  sandbox = await startSandbox({ enforceQps: false });
  stsSandbox = await startSandbox({ enforceQps: false, demo: false, credentials: [sts] });
  videoId = Object.values(sandbox.state.data.videos)[0]!.VideoId;
});
afterAll(async () => {
  await sandbox.close();
  await stsSandbox.close();
});

function client(signatureVersion: SignatureVersion, target: Sandbox = sandbox, credentials = sandbox.credentials): VodClient {
  return new VodClient({ endpoint: target.url, credentials: staticCredentials(credentials, 'test'), timeoutMs: 5_000, signatureVersion, sleep: async () => {} });
}

describe.each(SIGNATURE_VERSIONS)('the project client signing %s against the sandbox', (version) => {
  it('calls an action, with UTF-8 and reserved characters in the parameters', async () => {
    const vod = client(version);
    const answer = await vod.call('GetVideoInfo', { VideoId: videoId }, { idempotent: true });
    expect((answer.Video as { VideoId: string }).VideoId).toBe(videoId);
    const title = `标题 *~!'()+&=% ${version}`;
    await vod.call('UpdateVideoInfo', { VideoId: videoId, Title: title }, { idempotent: true });
    expect(sandbox.state.data.videos[videoId]!.Title).toBe(title);
    const signed = sandbox.requests.at(-1)!;
    expect(signed.status).toBe(200);
    expect(signed.params.SignatureMethod).toBe(version === 'v2' ? 'HMAC-SHA1' : undefined);
    await vod.close();
  });

  it('signs an STS token', async () => {
    const vod = client(version, stsSandbox, sts);
    await expect(vod.call('GetCategories', {}, { idempotent: true })).resolves.toHaveProperty('RequestId');
    const wrongToken = client(version, stsSandbox, { ...sts, securityToken: 'other' });
    await expect(wrongToken.call('GetCategories', {}, { idempotent: true })).rejects.toMatchObject({ code: 'InvalidSecurityToken.MismatchWithAccessKey' });
    await vod.close();
    await wrongToken.close();
  });

  it('explains a wrong secret without echoing the string to sign', async () => {
    const vod = client(version, sandbox, { ...sandbox.credentials, accessKeySecret: 'wrong' });
    const error = (await vod.call('GetVideoInfo', { VideoId: videoId }, { idempotent: true }).catch((e: unknown) => e)) as VodApiError;
    expect(error).toBeInstanceOf(VodApiError);
    expect(error.code).toBe('SignatureDoesNotMatch');
    expect(error.message).toContain('the AccessKey secret is wrong for this AccessKey ID');
    expect(error.message).not.toContain('string to sign is');
    await vod.close();
  });
});

describe('--signature-version', () => {
  it('defaults to v2 and takes v3 from the flag or VOD_MCP_SIGNATURE_VERSION', () => {
    expect(buildConfig(parseCli([], {}).values).signatureVersion).toBe('v2');
    expect(buildConfig(parseCli(['--signature-version', 'v3'], {}).values).signatureVersion).toBe('v3');
    expect(buildConfig(parseCli([], { VOD_MCP_SIGNATURE_VERSION: 'v3' }).values).signatureVersion).toBe('v3');
    expect(() => buildConfig(parseCli(['--signature-version', 'v4'], {}).values)).toThrow(/must be one of v2, v3/);
  });
});
