import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { callSandbox, expectError, ok } from '../helpers/signed-request.js';

let sandbox: Sandbox;

const DEFAULT_GROUP = 'rg-acfmsandbox00001';
const OTHER_GROUP = 'rg-aeksandbox00002';
const ANDROID = 'BB:0D:AC:74:D3:21:09:EF:9C:71:1A:5E:77:2C:8E:BF:03:FD:FA:5A';

const newApp = async (name: string, extra: Record<string, string> = {}) => String((await ok(sandbox, 'CreateAppInfo', { AppName: name, ...extra })).AppId);
const appInfo = async (appId: string) => ((await ok(sandbox, 'GetAppInfos', { AppIds: appId })).AppInfoList as Record<string, unknown>[])[0]!;
const recordedParams = async (action: string) => {
  const { requests } = (await (await fetch(`${sandbox.url}/__sandbox/requests`)).json()) as { requests: { action: string; params: Record<string, string> }[] };
  return requests.filter((request) => request.action === action).map((request) => request.params);
};

beforeAll(async () => {
  sandbox = await startSandbox({ enforceQps: false });
});
afterAll(async () => {
  await sandbox.close();
});

describe('KMS data keys', () => {
  it('mints AES_128 data keys under one master key; each decrypts back to its plaintext', async () => {
    const first = await ok(sandbox, 'GenerateKMSDataKey');
    const second = await ok(sandbox, 'GenerateKMSDataKey');
    expect(first.KeyId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(second.KeyId).toBe(first.KeyId);
    expect(second.CiphertextBlob).not.toBe(first.CiphertextBlob);
    expect(second.Plaintext).not.toBe(first.Plaintext);
    expect(Buffer.from(String(first.Plaintext), 'base64')).toHaveLength(16);
    // Like real blobs, the ciphertext starts with the master key's ID.
    expect(Buffer.from(String(first.CiphertextBlob), 'base64').subarray(0, 36).toString('ascii')).toBe(first.KeyId);

    for (const key of [first, second]) {
      expect(await ok(sandbox, 'DecryptKMSDataKey', { CipherText: String(key.CiphertextBlob) })).toMatchObject({ KeyId: key.KeyId, Plaintext: key.Plaintext });
    }
  });

  it('refuses a ciphertext it did not mint, as KMS does, and a missing one', async () => {
    const minted = String((await ok(sandbox, 'GenerateKMSDataKey')).CiphertextBlob);
    const tampered = `${minted.slice(0, -4)}AAAA`;
    const error = await expectError(sandbox, 'DecryptKMSDataKey', { CipherText: tampered }, 'InvalidParameter', 400);
    expect(String(error.Message)).toContain('CipherText');
    await expectError(sandbox, 'DecryptKMSDataKey', { CipherText: 'bm90IGEga2V5' }, 'InvalidParameter', 400);
    await expectError(sandbox, 'DecryptKMSDataKey', {}, 'MissingParameter', 400);
  });

  it('mints the same keys from the same history on a fresh sandbox (deterministic), and a reset forgets them', async () => {
    const [a, b] = await Promise.all([startSandbox({ enforceQps: false }), startSandbox({ enforceQps: false })]);
    try {
      const fromA = await ok(a, 'GenerateKMSDataKey');
      const fromB = await ok(b, 'GenerateKMSDataKey');
      expect(fromB).toMatchObject({ CiphertextBlob: fromA.CiphertextBlob, Plaintext: fromA.Plaintext, KeyId: fromA.KeyId });
      await fetch(`${a.url}/__sandbox/reset`, { method: 'POST' });
      await expectError(a, 'DecryptKMSDataKey', { CipherText: String(fromA.CiphertextBlob) }, 'InvalidParameter', 400);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('SubmitTranscodeJobs takes a minted ciphertext as EncryptConfig.CipherText', async () => {
    const { CiphertextBlob } = await ok(sandbox, 'GenerateKMSDataKey');
    const video = Object.values(sandbox.state.data.videos).find((record) => record.Title.startsWith('Product launch keynote'))!;
    const group = Object.values(sandbox.state.data.transcodeTemplateGroups).find((record) => record.Name.startsWith('Default MP4'))!;
    const encryptConfig = JSON.stringify({ CipherText: CiphertextBlob, DecryptKeyUri: 'https://keys.example.com/decrypt?Ciphertext=x', KeyServiceType: 'KMS' });
    const answer = await ok(sandbox, 'SubmitTranscodeJobs', { VideoId: video.VideoId, TemplateGroupId: group.TranscodeTemplateGroupId, EncryptConfig: encryptConfig });
    expect(answer.TranscodeTaskId).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('secure-download keys', () => {
  it('answers one key per player app and AppDecryptKey', async () => {
    const first = await ok(sandbox, 'GenerateDownloadSecretKey', { AppDecryptKey: 'AppDecryptKeyAndroid20230101', AppIdentification: ANDROID });
    expect(String(first.AppEncryptKey).length).toBeGreaterThan(64);
    const again = await ok(sandbox, 'GenerateDownloadSecretKey', { AppDecryptKey: 'AppDecryptKeyAndroid20230101', AppIdentification: ANDROID });
    expect(again.AppEncryptKey).toBe(first.AppEncryptKey);
    const otherKey = await ok(sandbox, 'GenerateDownloadSecretKey', { AppDecryptKey: 'AppDecryptKeyAndroid20260202', AppIdentification: ANDROID });
    const otherApp = await ok(sandbox, 'GenerateDownloadSecretKey', { AppDecryptKey: 'AppDecryptKeyAndroid20230101', AppIdentification: 'com.example.player' });
    expect(new Set([first.AppEncryptKey, otherKey.AppEncryptKey, otherApp.AppEncryptKey]).size).toBe(3);
  });

  it('refuses a weak AppDecryptKey and needs AppIdentification', async () => {
    for (const key of ['short1Aa', 'alllowercase123456', 'NoDigitsInThisKeyAtAll', 'With-Symbol-1234567a', 'A1b'.repeat(11)]) {
      await expectError(sandbox, 'GenerateDownloadSecretKey', { AppDecryptKey: key, AppIdentification: ANDROID }, 'InvalidParameter', 400);
    }
    await expectError(sandbox, 'GenerateDownloadSecretKey', { AppDecryptKey: 'AppDecryptKeyAndroid20230101' }, 'MissingParameter', 400);
  });

  it('keeps AppDecryptKey out of the state and the request log', async () => {
    await ok(sandbox, 'GenerateDownloadSecretKey', { AppDecryptKey: 'KeepMeSecret20260303x', AppIdentification: 'com.example.secret' });
    expect(JSON.stringify(sandbox.state.data)).not.toContain('KeepMeSecret20260303x');
    const logged = (await recordedParams('GenerateDownloadSecretKey')).find((params) => params.AppIdentification === 'com.example.secret')!;
    expect(logged.AppDecryptKey).toBe('***');
  });
});

describe('app play keys', () => {
  it('the default app has none until one is set; setting again keeps CreationTime and moves ModificationTime', async () => {
    expect((await ok(sandbox, 'GetAppPlayKey')).AppPlayKey).toEqual({ AppId: 'app-1000000' });
    await ok(sandbox, 'SetAppPlayKey', { PlayKey: 'yzNgTUtAl6HAuosIA' });
    const set = (await ok(sandbox, 'GetAppPlayKey', { AppId: 'app-1000000' })).AppPlayKey as Record<string, string>;
    expect(set).toMatchObject({ AppId: 'app-1000000', PlayKey: 'yzNgTUtAl6HAuosIA' });
    expect(set.CreationTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(set.ModificationTime).toBe(set.CreationTime);

    sandbox.advance(3600);
    await ok(sandbox, 'SetAppPlayKey', { AppId: 'app-1000000', PlayKey: 'SecondKey2026' });
    const changed = (await ok(sandbox, 'GetAppPlayKey')).AppPlayKey as Record<string, string>;
    expect(changed).toMatchObject({ PlayKey: 'SecondKey2026', CreationTime: set.CreationTime });
    expect(Date.parse(changed.ModificationTime!) - Date.parse(set.CreationTime!)).toBe(3_600_000);
  });

  it('keeps each app’s key apart', async () => {
    const appId = await newApp('play-key-app');
    await ok(sandbox, 'SetAppPlayKey', { AppId: appId, PlayKey: 'AppOwnKey123' });
    expect(((await ok(sandbox, 'GetAppPlayKey', { AppId: appId })).AppPlayKey as Record<string, string>).PlayKey).toBe('AppOwnKey123');
    expect(((await ok(sandbox, 'GetAppPlayKey')).AppPlayKey as Record<string, string>).PlayKey).not.toBe('AppOwnKey123');
  });

  it('refuses unknown apps, malformed keys and a call without a key', async () => {
    await expectError(sandbox, 'GetAppPlayKey', { AppId: 'app-404' }, 'Forbidden.OperateApp', 403);
    await expectError(sandbox, 'SetAppPlayKey', { AppId: 'app-404', PlayKey: 'ValidKey123' }, 'Forbidden.OperateApp', 403);
    for (const key of ['Short12', 'K'.repeat(21), 'has-dash-1']) await expectError(sandbox, 'SetAppPlayKey', { PlayKey: key }, 'InvalidParameter', 400);
    await expectError(sandbox, 'SetAppPlayKey', {}, 'MissingParameter', 400);
  });

  it('keeps PlayKey out of the request log', async () => {
    await ok(sandbox, 'SetAppPlayKey', { PlayKey: 'LoggedNever2026' });
    const logged = await recordedParams('SetAppPlayKey');
    expect(logged.length).toBeGreaterThan(0);
    expect(JSON.stringify(logged)).not.toContain('LoggedNever2026');
  });
});

describe('VOD storage for apps', () => {
  it('enables one VOD system bucket per app, usable for uploads', async () => {
    const appId = await newApp('storage-app');
    const { StorageLocation } = await ok(sandbox, 'AddVodStorageForApp', { AppId: appId });
    expect(StorageLocation).toMatch(/^outin-[0-9a-f]{32}\.oss-cn-shanghai\.aliyuncs\.com$/);
    await expectError(sandbox, 'AddVodStorageForApp', { AppId: appId, StorageType: 'vod_oss_bucket' }, 'InvalidParameter', 400);
    const upload = await ok(sandbox, 'CreateUploadVideo', { Title: 'Into the app bucket', FileName: 'clip.mp4', StorageLocation: String(StorageLocation) });
    expect(((await ok(sandbox, 'GetVideoInfo', { VideoId: String(upload.VideoId) })).Video as Record<string, string>).StorageLocation).toBe(StorageLocation);
  });

  it('binds an OSS bucket with user_oss_bucket; refuses the default app, unknown apps and bad buckets', async () => {
    const appId = await newApp('oss-app');
    expect(await ok(sandbox, 'AddVodStorageForApp', { AppId: appId, StorageType: 'user_oss_bucket', StorageLocation: 'my-media.oss-cn-shanghai.aliyuncs.com' })).toMatchObject({
      StorageLocation: 'my-media.oss-cn-shanghai.aliyuncs.com',
    });
    await expectError(sandbox, 'AddVodStorageForApp', { AppId: appId, StorageType: 'user_oss_bucket', StorageLocation: 'my-media.oss-cn-shanghai.aliyuncs.com' }, 'InvalidParameter', 400);
    await expectError(sandbox, 'AddVodStorageForApp', { AppId: appId, StorageType: 'user_oss_bucket' }, 'MissingParameter', 400);
    await expectError(sandbox, 'AddVodStorageForApp', { AppId: appId, StorageType: 'user_oss_bucket', StorageLocation: 'not a bucket' }, 'InvalidStorage.NotFound', 404);
    await expectError(sandbox, 'AddVodStorageForApp', { AppId: appId, StorageType: 'nas' }, 'InvalidParameter', 400);
    // The VOD bucket is still free for this app.
    await ok(sandbox, 'AddVodStorageForApp', { AppId: appId });
    await expectError(sandbox, 'AddVodStorageForApp', { AppId: 'app-1000000' }, 'InvalidParameter', 400);
    await expectError(sandbox, 'AddVodStorageForApp', { AppId: 'app-404' }, 'Forbidden.OperateApp', 403);
    await expectError(sandbox, 'AddVodStorageForApp', {}, 'MissingParameter', 400);
  });
});

describe('resource groups', () => {
  it('apps start in the default group, move with ChangeResourceGroup, and ListAppInfo filters by group', async () => {
    const appId = await newApp('moving-app');
    expect(await appInfo(appId)).toMatchObject({ ResourceGroupId: DEFAULT_GROUP });
    expect((await appInfo('app-1000000')).ResourceGroupId).toBe(DEFAULT_GROUP);

    await ok(sandbox, 'ChangeResourceGroup', { ResourceGroupId: OTHER_GROUP, ResourceId: appId, ResourceRegionId: 'cn-shanghai', ResourceType: 'AppInfo' });
    expect((await appInfo(appId)).ResourceGroupId).toBe(OTHER_GROUP);
    const inOther = await ok(sandbox, 'ListAppInfo', { ResourceGroupId: OTHER_GROUP, PageSize: '100' });
    expect((inOther.AppInfoList as Record<string, string>[]).map((app) => app.AppId)).toContain(appId);
    const inDefault = await ok(sandbox, 'ListAppInfo', { ResourceGroupId: DEFAULT_GROUP, PageSize: '100' });
    expect((inDefault.AppInfoList as Record<string, string>[]).map((app) => app.AppId)).not.toContain(appId);

    // Back again, without ResourceType (AppInfo is the only type).
    await ok(sandbox, 'ChangeResourceGroup', { ResourceGroupId: DEFAULT_GROUP, ResourceId: appId, ResourceRegionId: 'cn-shanghai' });
    expect((await appInfo(appId)).ResourceGroupId).toBe(DEFAULT_GROUP);
  });

  it('CreateAppInfo places an app in the given group', async () => {
    const appId = await newApp('grouped-app', { ResourceGroupId: OTHER_GROUP });
    expect((await appInfo(appId)).ResourceGroupId).toBe(OTHER_GROUP);
    await expectError(sandbox, 'CreateAppInfo', { AppName: 'bad-group-app', ResourceGroupId: 'rg-doesnotexist1' }, 'EntityNotExists.ResourceGroup', 400);
  });

  it('refuses malformed and unknown groups, unknown apps, other regions and other resource types', async () => {
    const appId = await newApp('fixed-app');
    const base = { ResourceGroupId: OTHER_GROUP, ResourceId: appId, ResourceRegionId: 'cn-shanghai' };
    await expectError(sandbox, 'ChangeResourceGroup', { ...base, ResourceGroupId: 'group-1' }, 'InvalidResourceGroupId.Malformed', 400);
    await expectError(sandbox, 'ChangeResourceGroup', { ...base, ResourceGroupId: 'rg-aekzko7fsuj1234' }, 'EntityNotExists.ResourceGroup', 400);
    await expectError(sandbox, 'ChangeResourceGroup', { ...base, ResourceId: 'app-404' }, 'Forbidden.OperateApp', 403);
    await expectError(sandbox, 'ChangeResourceGroup', { ...base, ResourceRegionId: 'cn-beijing' }, 'Forbidden.OperateApp', 403);
    await expectError(sandbox, 'ChangeResourceGroup', { ...base, ResourceType: 'Domain' }, 'InvalidParameter', 400);
    await expectError(sandbox, 'ChangeResourceGroup', { ResourceGroupId: OTHER_GROUP, ResourceId: appId }, 'MissingParameter', 400);
    await expectError(sandbox, 'ListAppInfo', { ResourceGroupId: 'nope' }, 'InvalidResourceGroupId.Malformed', 400);
    expect((await appInfo(appId)).ResourceGroupId).toBe(DEFAULT_GROUP);
    expect((await callSandbox(sandbox, 'ChangeResourceGroup', base)).status).toBe(200);
  });
});
