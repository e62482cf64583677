import { describe, expect, it } from 'vitest';
import type { ApiParams, VodApi } from '../../src/client/index.js';
import { maskSecrets } from '../../src/client/index.js';
import { Logger } from '../../src/log.js';
import { toMcpTool } from '../../src/mcp/tool-runtime.js';
import type { AnyTool } from '../../src/tools/define-tool.js';
import { allTools, selectTools } from '../../src/tools/registry.js';
import { DEFAULT_TOOLSETS, TOOLSETS } from '../../src/tools/toolsets.js';

const byAction = new Map(allTools().map((tool) => [tool.action, tool]));
const tool = (action: string): AnyTool => byAction.get(action)!;
const accepts = (action: string, args: Record<string, unknown>) => tool(action).input.safeParse(args).success;
const published = (action: string) => toMcpTool(tool(action)).inputSchema as unknown as { properties: Record<string, Record<string, unknown>>; required?: string[] } & Record<string, unknown>;

describe('keys and apps: catalog', () => {
  it('puts the KMS and download keys in the new encryption toolset, outside the default set', () => {
    expect(TOOLSETS.encryption).toMatch(/KMS data keys/);
    expect(DEFAULT_TOOLSETS).not.toContain('encryption');
    expect(selectTools({ toolsets: ['encryption'] }).map((candidate) => candidate.action).sort()).toEqual(['DecryptKMSDataKey', 'GenerateDownloadSecretKey', 'GenerateKMSDataKey']);
    for (const action of ['GetAppPlayKey', 'SetAppPlayKey', 'AddVodStorageForApp', 'ChangeResourceGroup']) expect(tool(action).toolset, action).toBe('apps');
  });

  it('gives each tool its tier; the play key change needs confirmation and shows a preview', () => {
    const tiers = Object.fromEntries(
      ['GenerateKMSDataKey', 'DecryptKMSDataKey', 'GenerateDownloadSecretKey', 'GetAppPlayKey', 'SetAppPlayKey', 'AddVodStorageForApp', 'ChangeResourceGroup'].map((action) => [action, tool(action).tier]),
    );
    expect(tiers).toEqual({
      GenerateKMSDataKey: 'write',
      DecryptKMSDataKey: 'read',
      GenerateDownloadSecretKey: 'write',
      GetAppPlayKey: 'read',
      SetAppPlayKey: 'destructive',
      AddVodStorageForApp: 'write',
      ChangeResourceGroup: 'write',
    });
    expect(tool('SetAppPlayKey').preview).toBeTypeOf('function');
    // A repeat cannot add a second bucket (the API refuses it): no additional effect, so retrying a lost call is safe.
    expect(tool('AddVodStorageForApp').annotations.idempotentHint).toBe(true);
  });

  it('ties the data key to submit_transcode_jobs and says the plaintext is a secret', () => {
    expect(tool('GenerateKMSDataKey').description).toMatch(/CiphertextBlob.*EncryptConfig\.CipherText.*submit_transcode_jobs/);
    expect(tool('GenerateKMSDataKey').description).toMatch(/secret/);
    expect(tool('DecryptKMSDataKey').description).toMatch(/secret/);
    expect(tool('DecryptKMSDataKey').tierReason).toMatch(/secret/);
    const encrypt = published('SubmitTranscodeJobs').properties.EncryptConfig as { properties: { CipherText: { description: string } } };
    expect(encrypt.properties.CipherText.description).toContain('generate_kms_data_key');
  });
});

describe('keys and apps: argument rules', () => {
  it('GenerateKMSDataKey takes no argument', () => {
    expect(accepts('GenerateKMSDataKey', {})).toBe(true);
    expect(accepts('GenerateKMSDataKey', { KeySpec: 'AES_256' })).toBe(false);
    expect(tool('GenerateKMSDataKey').toParams({})).toEqual({});
  });

  it('DecryptKMSDataKey needs a CipherText', () => {
    expect(accepts('DecryptKMSDataKey', {})).toBe(false);
    expect(accepts('DecryptKMSDataKey', { CipherText: '' })).toBe(false);
    expect(tool('DecryptKMSDataKey').toParams({ CipherText: 'ODZh+/==' })).toEqual({ CipherText: 'ODZh+/==' });
  });

  it('AppDecryptKey is 16-32 letters and digits with upper case, lower case and digits (metadata, SDK)', () => {
    const base = { AppIdentification: 'BB:0D:AC:74:D3:21:09:EF:9C:71:1A:5E:77:2C:8E:BF:03:FD:FA:5A' };
    expect(accepts('GenerateDownloadSecretKey', { ...base, AppDecryptKey: 'AppDecryptKeyAndroid20230101' })).toBe(true);
    for (const key of ['Abc123456789012', 'A'.repeat(11) + 'b'.repeat(11) + '1'.repeat(11), 'alllowercase12345', 'ALLUPPERCASE12345', 'NoDigitsAtAllHere', 'Has-A-Dash-123456']) {
      expect(accepts('GenerateDownloadSecretKey', { ...base, AppDecryptKey: key }), key).toBe(false);
    }
    expect(accepts('GenerateDownloadSecretKey', { AppDecryptKey: 'AppDecryptKeyAndroid20230101' })).toBe(false);
    const pattern = published('GenerateDownloadSecretKey').properties.AppDecryptKey!.pattern as string;
    expect(new RegExp(pattern).test('AppDecryptKeyAndroid20230101')).toBe(true);
    expect(new RegExp(pattern).test('appdecryptkeyandroid')).toBe(false);
  });

  it('PlayKey is 8-20 letters and digits (SDK); AppId defaults to the default app', () => {
    expect(accepts('SetAppPlayKey', { PlayKey: 'yzNgTUtAl6HAuosIA' })).toBe(true);
    expect(accepts('SetAppPlayKey', { AppId: 'app-1000231', PlayKey: 'Key12345' })).toBe(true);
    for (const key of ['Key1234', 'K'.repeat(21), 'has-dash1', 'spaces in it']) expect(accepts('SetAppPlayKey', { PlayKey: key }), key).toBe(false);
    expect(accepts('GetAppPlayKey', {})).toBe(true);
    expect(tool('SetAppPlayKey').toParams({ AppId: 'app-1', PlayKey: 'Key12345' })).toEqual({ AppId: 'app-1', PlayKey: 'Key12345' });
  });

  it('AddVodStorageForApp: an app is required; user_oss_bucket needs StorageLocation, in the runtime and the published schema', () => {
    expect(accepts('AddVodStorageForApp', {})).toBe(false);
    expect(accepts('AddVodStorageForApp', { AppId: 'app-1' })).toBe(true);
    expect(accepts('AddVodStorageForApp', { AppId: 'app-1', StorageType: 'vod_oss_bucket' })).toBe(true);
    expect(accepts('AddVodStorageForApp', { AppId: 'app-1', StorageType: 'nas' })).toBe(false);
    expect(accepts('AddVodStorageForApp', { AppId: 'app-1', StorageType: 'user_oss_bucket' })).toBe(false);
    expect(accepts('AddVodStorageForApp', { AppId: 'app-1', StorageType: 'user_oss_bucket', StorageLocation: 'my-bucket.oss-cn-shanghai.aliyuncs.com' })).toBe(true);
    const schema = published('AddVodStorageForApp');
    expect(schema.required).toEqual(['AppId']);
    expect(schema.if).toEqual({ properties: { StorageType: { const: 'user_oss_bucket' } }, required: ['StorageType'] });
    expect(schema.then).toEqual({ required: ['StorageLocation'] });
  });

  it('ChangeResourceGroup: group, resource and region required; only apps (AppInfo) have resource groups', () => {
    const base = { ResourceGroupId: 'rg-aekzko7fsuj1234', ResourceId: 'app-1000001', ResourceRegionId: 'cn-shanghai' };
    expect(accepts('ChangeResourceGroup', base)).toBe(true);
    expect(accepts('ChangeResourceGroup', { ...base, ResourceType: 'AppInfo' })).toBe(true);
    expect(accepts('ChangeResourceGroup', { ...base, ResourceType: 'Domain' })).toBe(false);
    expect(accepts('ChangeResourceGroup', { ...base, ResourceRegionId: 'Shanghai' })).toBe(false);
    for (const key of Object.keys(base)) {
      const { [key]: _dropped, ...rest } = base as Record<string, string>;
      expect(accepts('ChangeResourceGroup', rest), key).toBe(false);
    }
    expect(tool('ChangeResourceGroup').toParams({ ...base, ResourceType: 'AppInfo' })).toEqual({ ...base, ResourceType: 'AppInfo' });
  });
});

describe('keys and apps: answers', () => {
  it('read the SDK models’ examples', () => {
    expect(tool('GenerateKMSDataKey').output.safeParse({ RequestId: 'r', CiphertextBlob: 'ODZh****', KeyId: '7906979c-8e06-46a2-be2d-68e3ccbc****', Plaintext: 'QmFz****' }).success).toBe(true);
    expect(tool('GetAppPlayKey').output.safeParse({ RequestId: 'r', AppPlayKey: { AppId: 'app-1000000', PlayKey: 'yzNgTUtAl6HAuosIA', CreationTime: '2025-03-18T03:59:01Z', ModificationTime: '2025-03-18T03:59:01Z' } }).success).toBe(true);
    expect(tool('GetAppPlayKey').output.safeParse({ RequestId: 'r', AppPlayKey: 'not an object' }).success).toBe(false);
    expect(tool('AddVodStorageForApp').output.safeParse({ RequestId: 'r', StorageLocation: 'out-****.oss-cn-shanghai.aliyuncs.com' }).success).toBe(true);
    expect(tool('GetAppInfos').output.safeParse({ RequestId: 'r', AppInfoList: [{ AppId: 'app-1', ResourceGroupId: 'rg-aek1' }] }).success).toBe(true);
  });
});

function fakeApi(answers: Record<string, Record<string, unknown>>, calls: { action: string; params: ApiParams }[]): VodApi {
  return {
    call: async (action, params) => {
      calls.push({ action, params });
      return { RequestId: 'preview', ...answers[action] };
    },
  };
}

describe('set_app_play_key preview', () => {
  it('reads the current key’s times with GetAppPlayKey, never the key itself', async () => {
    const calls: { action: string; params: ApiParams }[] = [];
    const api = fakeApi({ GetAppPlayKey: { AppPlayKey: { AppId: 'app-1000001', PlayKey: 'OldSecretKey1', CreationTime: '2026-01-01T00:00:00Z', ModificationTime: '2026-02-01T00:00:00Z' } } }, calls);
    const preview = await tool('SetAppPlayKey').preview!({ AppId: 'app-1000001', PlayKey: 'NewSecretKey2' }, { api });
    expect(calls).toEqual([{ action: 'GetAppPlayKey', params: { AppId: 'app-1000001' } }]);
    expect(preview.summary).toBe('Replace the play key of app app-1000001 (set 2026-02-01T00:00:00Z); players using the current key stop working.');
    expect(preview.items).toEqual([{ AppId: 'app-1000001', CreationTime: '2026-01-01T00:00:00Z', ModificationTime: '2026-02-01T00:00:00Z' }]);
    expect(JSON.stringify(preview)).not.toMatch(/SecretKey/);
  });

  it('says when there is no key yet, for the default app', async () => {
    const calls: { action: string; params: ApiParams }[] = [];
    const preview = await tool('SetAppPlayKey').preview!({ PlayKey: 'NewSecretKey2' }, { api: fakeApi({ GetAppPlayKey: { AppPlayKey: { AppId: 'app-1000000' } } }, calls) });
    expect(calls[0]!.params).toEqual({});
    expect(preview.summary).toBe('Set the first play key of app app-1000000.');
  });
});

describe('content keys are masked in log lines and error texts', () => {
  it('masks Plaintext, PlayKey, AppDecryptKey and AppEncryptKey values, leaving the rest', () => {
    const answer = JSON.stringify({ RequestId: 'r1', KeyId: 'k-1', Plaintext: 'c2VjcmV0a2V5MTIzNA==', AppPlayKey: { AppId: 'app-1', PlayKey: 'yzNgTUtAl6HAuosIA' }, AppEncryptKey: 'ZW5j+/==' });
    const masked = maskSecrets(`Raw answer: ${answer} sent AppDecryptKey=AppDecryptKeyAndroid20230101&AppIdentification=x`);
    for (const secret of ['c2VjcmV0a2V5MTIzNA==', 'yzNgTUtAl6HAuosIA', 'ZW5j+/==', 'AppDecryptKeyAndroid20230101']) expect(masked).not.toContain(secret);
    expect(masked).toContain('"KeyId":"k-1"');
    expect(masked).toContain('"AppId":"app-1"');
    expect(masked).toContain('AppIdentification=x');
    const lines: string[] = [];
    new Logger('debug', (line) => lines.push(line)).warn('answer', { Plaintext: 'c2VjcmV0a2V5MTIzNA==' });
    expect(lines[0]).not.toContain('c2VjcmV0a2V5MTIzNA==');
  });
});
