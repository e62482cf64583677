import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { aliyunHome } from '../helpers/aliyun-home.js';
import { startFakeSts, type FakeSts, type IssuedKey } from '../helpers/fake-sts.js';
import { connectStdio, textOf } from '../helpers/mcp-client.js';

// The built server with a RamRoleArn profile of the aliyun CLI (HOME is a temporary folder): it assumes the role at
// a loopback STS, and the sandbox, which knows the STS keys the fake issues, checks the signature and SecurityToken.
const AK_SECRET = 'e2e-long-term-secret-4f3e2d';
const ROLE = 'acs:ram::1234567890:role/vod-bot';
const ISSUED: IssuedKey[] = [1, 2].map((n) => ({ AccessKeyId: `STS.e2e-${n}`, AccessKeySecret: `e2e-sts-secret-${n}-9a8b`, SecurityToken: `e2e-sts-token-${n}-CAIS` }));
let sts: FakeSts;
let sandbox: Sandbox;

beforeAll(async () => {
  sts = await startFakeSts({ accessKeys: { LTAIe2e: AK_SECRET }, issue: [...ISSUED] });
  sandbox = await startSandbox({
    credentials: ISSUED.map((key) => ({ accessKeyId: key.AccessKeyId, accessKeySecret: key.AccessKeySecret, securityToken: key.SecurityToken })),
    enforceQps: false,
  });
}, 30_000);
afterAll(async () => {
  await sandbox?.close();
  await sts?.close();
});

const profile = (secret: string) => ({
  current: 'bot',
  profiles: [{ name: 'bot', mode: 'RamRoleArn', access_key_id: 'LTAIe2e', access_key_secret: secret, ram_role_arn: ROLE, ram_session_name: 'vod-mcp-e2e', sts_endpoint: sts.url, region_id: 'cn-shanghai' }],
});
const connect = (home: string) => connectStdio(['--endpoint', sandbox.url, '--log-level', 'debug'], { env: { HOME: home } });

// Each test spawns the built server; on a busy machine that alone can take longer than vitest's 5 s default.
describe('credentials end to end', { timeout: 30_000 }, () => {
  it('a RamRoleArn profile: the server assumes the role and calls the sandbox with the STS credentials', async () => {
    const session = await connect(aliyunHome(profile(AK_SECRET)));
    try {
      const video = Object.values(sandbox.state.data.videos).find((v) => v.Status === 'Normal')!;
      const result = await session.client.callTool({ name: 'get_video_info', arguments: { VideoId: video.VideoId } });
      expect(result.isError).toBeFalsy();
      expect(result.structuredContent).toMatchObject({ Video: { VideoId: video.VideoId } });
      expect(sts.calls).toMatchObject([{ status: 200, params: { Action: 'AssumeRole', AccessKeyId: 'LTAIe2e', RoleArn: ROLE, RoleSessionName: 'vod-mcp-e2e' } }]);
      expect(sandbox.requests.at(-1)).toMatchObject({ action: 'GetVideoInfo', status: 200, params: { AccessKeyId: 'STS.e2e-1', SecurityToken: 'e2e-sts-token-1-CAIS' } });
      // One AssumeRole serves later calls until the refresh point.
      await session.client.callTool({ name: 'get_video_info', arguments: { VideoId: video.VideoId } });
      expect(sts.calls).toHaveLength(1);
      const stderr = session.stderr();
      expect(stderr).toContain(`credentials from aliyun CLI profile "bot" (RamRoleArn), role ${ROLE}`);
      for (const secret of [AK_SECRET, ISSUED[0]!.AccessKeySecret, ISSUED[0]!.SecurityToken]) expect(stderr).not.toContain(secret);
    } finally {
      await session.close();
    }
  });

  it('when STS refuses, every tool answers a clear CredentialsUnavailable error with no secret in it', async () => {
    const wrong = 'e2e-wrong-secret-77aa66';
    const session = await connect(aliyunHome(profile(wrong)));
    try {
      const before = sandbox.requests.length;
      const result = await session.client.callTool({ name: 'get_video_info', arguments: { VideoId: 'any' } });
      expect(result.isError).toBe(true);
      const text = textOf(result);
      expect(text).toContain('CredentialsUnavailable');
      expect(text).toContain('from STS AssumeRole: Getting temporary credentials from aliyun CLI profile "bot" (RamRoleArn)');
      expect(text).toContain('SignatureDoesNotMatch');
      expect(text).toContain('Next step: Temporary credentials could not be had');
      expect(text).not.toContain('string to sign');
      for (const output of [text, session.stderr()]) expect(output).not.toContain(wrong);
      expect(sandbox.requests.length).toBe(before);
    } finally {
      await session.close();
    }
  });
});
