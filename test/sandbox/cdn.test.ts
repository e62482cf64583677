import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { callSandbox, ok } from '../helpers/signed-request.js';
import { TEST_CERT, TEST_KEY } from '../helpers/test-certificate.js';

const DEMO = 'video.example.com';
const NEW = 'cdn.example.com';
const IP_SOURCE = JSON.stringify([{ content: '203.0.113.10', type: 'ipaddr', priority: '20', port: 80 }]);

let sandbox: Sandbox;
const call = (action: string, params: Record<string, string> = {}) => callSandbox(sandbox, action, params);
const run = (action: string, params: Record<string, string> = {}) => ok(sandbox, action, params);
async function fails(action: string, params: Record<string, string>, code: string, status: number) {
  const answer = await call(action, params);
  expect(answer.body.Code, answer.text).toBe(code);
  expect(answer.status).toBe(status);
  return answer;
}
const isoAgo = (ms: number) => new Date(sandbox.clock.now() - ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
type Row = Record<string, unknown>;

beforeAll(async () => {
  sandbox = await startSandbox({ enforceQps: false });
});
afterAll(async () => {
  await sandbox.close();
});

describe('cdn domains', () => {
  it('lists the seeded demo domain with HTTPS and filters by status, name and tag', async () => {
    const list = await run('DescribeVodUserDomains', { DomainStatus: 'online', DomainName: 'video.', DomainSearchType: 'pre_match', 'Tag.1.Key': 'env', 'Tag.1.Value': 'demo' });
    const domains = list.Domains as Row[];
    expect(list.TotalCount).toBe(1);
    expect(domains[0]).toMatchObject({ DomainName: DEMO, DomainStatus: 'online', SslProtocol: 'on', Cname: `${DEMO}.w.kunlunsl.com` });
    expect((await run('DescribeVodUserDomains', { 'Tag.1.Key': 'env', 'Tag.1.Value': 'prod' })).TotalCount).toBe(0);
    await fails('DescribeVodUserDomains', { PageSize: '51' }, 'InvalidPageSize.ValueNotSupported', 400);
    await fails('DescribeVodUserDomains', { DomainStatus: 'paused' }, 'InvalidDomainStatus.ValueNotSupported', 400);
  });

  it('adds a domain that is configuring, then online on the clock', async () => {
    await fails('AddVodDomain', { DomainName: 'bad_name', Sources: IP_SOURCE }, 'InvalidDomainName.Malformed', 400);
    await fails('AddVodDomain', { DomainName: NEW, Sources: '[{"content":"1.1.1.1","type":"ftp"}]' }, 'InvalidSourceType.Malformed', 400);
    await fails('AddVodDomain', { DomainName: NEW, Sources: '[{"content":"origin.example.net","type":"ipaddr"}]' }, 'InvalidSources.Malformed', 400);
    await fails('AddVodDomain', { DomainName: NEW, Sources: IP_SOURCE, Scope: 'mars' }, 'InvalidScope.Malformed', 400);
    await run('AddVodDomain', { DomainName: NEW, Sources: IP_SOURCE, Scope: 'global', CheckUrl: `${NEW}/health.html` });
    await fails('AddVodDomain', { DomainName: NEW, Sources: IP_SOURCE }, 'BusinessExist', 400);
    const detail = (await run('DescribeVodDomainDetail', { DomainName: NEW })).DomainDetail as Row;
    expect(detail).toMatchObject({ DomainName: NEW, DomainStatus: 'configuring', Scope: 'global', SSLProtocol: 'off', Cname: `${NEW}.w.kunlunsl.com` });
    expect(detail.Sources).toEqual([{ Type: 'ipaddr', Priority: '20', Port: 80, Content: '203.0.113.10', Enabled: 'online' }]);
    sandbox.advance(61);
    expect(((await run('DescribeVodDomainDetail', { DomainName: NEW })).DomainDetail as Row).DomainStatus).toBe('online');
    await fails('AddVodDomain', { DomainName: NEW, Sources: IP_SOURCE }, 'DomainAlreadyExist', 400);
    await fails('DescribeVodDomainDetail', { DomainName: 'missing.example.com' }, 'InvalidDomain.NotFound', 404);
  });

  it('updates origins with the update error codes', async () => {
    await fails('UpdateVodDomain', { DomainName: NEW, Sources: '[{"content":"203.0.113.9","type":"domain"}]' }, 'InvalidTypeContent.Mismatch', 400);
    await fails('UpdateVodDomain', { DomainName: NEW, Sources: '[{"content":"x.example.net","type":"domain","priority":"50"}]' }, 'InvalidSource.Priority.Malformed', 400);
    await run('UpdateVodDomain', { DomainName: NEW, Sources: '[{"content":"origin.example.net","type":"domain","priority":"20","port":443}]' });
    const detail = (await run('DescribeVodDomainDetail', { DomainName: NEW })).DomainDetail as Row;
    expect(detail.DomainStatus).toBe('configuring');
    expect((detail.Sources as Row[])[0]).toMatchObject({ Type: 'domain', Content: 'origin.example.net', Port: 443 });
    sandbox.advance(61);
    await fails('UpdateVodDomain', { DomainName: 'missing.example.com' }, 'InvalidDomain.NotFound', 404);
  });

  it('gives a verification token and verifies owned roots only', async () => {
    const content = (await run('DescribeVodVerifyContent', { DomainName: NEW })).Content as string;
    expect(content).toMatch(/^verify_[0-9a-f]{32}$/);
    expect((await run('VerifyVodDomainOwner', { DomainName: NEW, VerifyType: 'dnsCheck' })).Content).toBe(content);
    await fails('VerifyVodDomainOwner', { DomainName: 'video.someone-else.cn', VerifyType: 'fileCheck' }, 'DomainOwnerVerifyFail', 400);
  });
});

describe('cdn domain configs and certificates', () => {
  it('sets, replaces, reads and deletes function configs', async () => {
    const functions = [
      { functionArgs: [{ argName: 'enable', argValue: 'on' }], functionName: 'https_force' },
      { functionArgs: [{ argName: 'file_type', argValue: 'jpg' }, { argName: 'ttl', argValue: '3600' }, { argName: 'weight', argValue: '30' }], functionName: 'filetype_based_ttl_set' },
      { functionArgs: [{ argName: 'file_type', argValue: 'm3u8' }, { argName: 'ttl', argValue: '10' }], functionName: 'filetype_based_ttl_set' },
    ];
    await run('BatchSetVodDomainConfigs', { DomainNames: NEW, Functions: JSON.stringify(functions) });
    const read = async () => ((await run('DescribeVodDomainConfigs', { DomainName: NEW, FunctionNames: 'https_force,filetype_based_ttl_set' })).DomainConfigs as Row[]);
    let configs = await read();
    expect(configs).toHaveLength(3);
    expect(configs.every((config) => config.Status === 'configuring')).toBe(true);
    sandbox.advance(11);
    configs = await read();
    expect(configs.every((config) => config.Status === 'success')).toBe(true);
    const https = configs.find((config) => config.FunctionName === 'https_force')!;
    expect(https.FunctionArgs).toEqual([{ ArgName: 'enable', ArgValue: 'on' }]);

    await run('BatchSetVodDomainConfigs', { DomainNames: NEW, Functions: JSON.stringify([{ functionArgs: [{ argName: 'enable', argValue: 'off' }], functionName: 'https_force' }]) });
    configs = await read();
    expect(configs).toHaveLength(3);
    expect(configs.find((config) => config.ConfigId === https.ConfigId)!.FunctionArgs).toEqual([{ ArgName: 'enable', ArgValue: 'off' }]);

    await fails('BatchSetVodDomainConfigs', { DomainNames: NEW, Functions: '[{"functionArgs":[],"functionName":"make_faster"}]' }, 'InvalidFunctionName.ValueNotSupported', 400);
    await fails('BatchSetVodDomainConfigs', { DomainNames: NEW, Functions: '[{"functionArgs":[{"argName":"speed","argValue":"1"}],"functionName":"https_force"}]' }, 'InvalidArgName.ValueNotSupported', 400);
    await fails('BatchSetVodDomainConfigs', { DomainNames: NEW, Functions: '[{"functionArgs":[{"argName":"enable","argValue":"maybe"}],"functionName":"https_force"}]' }, 'InvalidArgValue.Malformed', 400);
    await fails('BatchSetVodDomainConfigs', { DomainNames: NEW, Functions: 'not json' }, 'InvalidFunctions.Malformed', 400);
    const bad = await fails('DescribeVodDomainConfigs', { DomainName: NEW, FunctionNames: 'bogus' }, 'InvalidFunctionName.ValueNotSupported', 400);
    expect(bad.body.Message).toBe('FunctionName bogus is not supported.');

    await run('DeleteVodSpecificConfig', { DomainName: NEW, ConfigId: String(https.ConfigId) });
    expect((await read()).map((config) => config.FunctionName)).toEqual(['filetype_based_ttl_set', 'filetype_based_ttl_set']);
    await fails('DeleteVodSpecificConfig', { DomainName: NEW, ConfigId: String(https.ConfigId) }, 'InvalidConfigId.ValueNotSupported', 400);
  });

  it('shows the demo domain’s seeded config and certificate', async () => {
    const configs = ((await run('DescribeVodDomainConfigs', { DomainName: DEMO, FunctionNames: 'https_force,referer_white_list_set' })).DomainConfigs as Row[]);
    expect(configs.map((config) => config.FunctionName)).toEqual(['https_force', 'referer_white_list_set']);
    const info = ((await run('DescribeVodDomainCertificateInfo', { DomainName: DEMO })).CertInfos as Row[]);
    expect(info[0]).toMatchObject({ DomainName: DEMO, CertDomainName: DEMO, Status: 'success', SSLProtocol: 'on', CertType: 'upload' });
  });

  it('uploads a certificate, checks the key, and never returns or stores the key', async () => {
    const otherKey = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const base = { DomainName: NEW, SSLProtocol: 'on', CertName: 'wildcard-example' };
    await fails('SetVodDomainCertificate', { ...base, SSLPub: TEST_CERT }, 'SSLPri.MissingParameter', 400);
    const mismatch = await fails('SetVodDomainCertificate', { ...base, SSLPub: TEST_CERT, SSLPri: otherKey }, 'Certificate.MissMatch', 400);
    expect(mismatch.text).not.toContain('PRIVATE KEY');
    await fails('SetVodDomainCertificate', { ...base, SSLPub: '-----BEGIN CERTIFICATE-----\nnope\n-----END CERTIFICATE-----', SSLPri: TEST_KEY }, 'InvalidCertificate', 400);
    await fails('SetVodDomainCertificate', { ...base, SSLProtocol: 'maybe' }, 'InvalidSSLProtocol.ValueNotSupported', 400);
    await fails('SetVodDomainCertificate', { ...base, DomainName: 'missing.example.com', SSLPub: TEST_CERT, SSLPri: TEST_KEY }, 'InvalidDomain.NotFound', 404);

    const set = await call('SetVodDomainCertificate', { ...base, SSLPub: TEST_CERT, SSLPri: TEST_KEY });
    expect(set.status).toBe(200);
    expect(set.text).not.toContain('PRIVATE KEY');
    const detail = (await run('DescribeVodDomainDetail', { DomainName: NEW })).DomainDetail as Row;
    expect(detail).toMatchObject({ SSLProtocol: 'on', CertName: 'wildcard-example', SSLPub: TEST_CERT });
    const list = (await run('DescribeVodCertificateList', { DomainName: NEW })).CertificateListModel as { Count: number; CertList: Row[] };
    expect(list.Count).toBe(1);
    expect(list.CertList[0]).toMatchObject({ CertName: 'wildcard-example', Common: '*.example.com', Issuer: '*.example.com' });
    expect(((await run('DescribeVodCertificateList')).CertificateListModel as Row).Count).toBe(2);
    const info = ((await run('DescribeVodDomainCertificateInfo', { DomainName: NEW })).CertInfos as Row[])[0]!;
    expect(info).toMatchObject({ Status: 'success', CertDomainName: '*.example.com', CertName: 'wildcard-example', CertOrg: 'Sandbox Test CA' });
    expect(JSON.stringify(sandbox.state.data)).not.toContain('PRIVATE KEY');

    await run('SetVodDomainCertificate', { DomainName: NEW, SSLProtocol: 'off' });
    expect(((await run('DescribeVodDomainDetail', { DomainName: NEW })).DomainDetail as Row).SSLProtocol).toBe('off');
  });
});

describe('cdn refresh and preload', () => {
  it('refreshes files and directories, progressing on the clock and using quota', async () => {
    const before = await run('DescribeVodRefreshQuota');
    expect(before).toMatchObject({ UrlQuota: '2000', DirQuota: '100', PreloadQuota: '500' });
    const refreshed = await run('RefreshVodObjectCaches', { ObjectPath: `${DEMO}/a.mp4\r\n${DEMO}/b.mp4` });
    const ids = (refreshed.RefreshTaskId as string).split(',');
    expect(ids).toHaveLength(2);
    const task = async () => ((await run('DescribeVodRefreshTasks', { TaskId: ids[0]! })).Tasks as Row[])[0]!;
    expect(await task()).toMatchObject({ ObjectPath: `http://${DEMO}/a.mp4`, ObjectType: 'file', Status: 'Refreshing' });
    sandbox.advance(11);
    expect(await task()).toMatchObject({ Status: 'Complete', Process: '100%' });
    await run('RefreshVodObjectCaches', { ObjectPath: `${DEMO}/videos/`, ObjectType: 'Directory' });
    const after = await run('DescribeVodRefreshQuota');
    expect(Number(after.UrlRemain)).toBe(Number(before.UrlRemain) - 2);
    expect(Number(after.DirRemain)).toBe(Number(before.DirRemain) - 1);
    const dirs = await run('DescribeVodRefreshTasks', { ObjectType: 'directory', DomainName: DEMO });
    expect(dirs.TotalCount).toBe(1);
    const byPath = await run('DescribeVodRefreshTasks', { ObjectPath: `${DEMO}/b.mp4` });
    expect((byPath.Tasks as Row[])[0]!.TaskId).toBe(ids[1]);
  });

  it('ends origin timeouts in Failed and refuses unknown, offline and over-quota requests', async () => {
    const failed = await run('RefreshVodObjectCaches', { ObjectPath: `${DEMO}/origin-timeout/x.mp4` });
    sandbox.advance(11);
    const task = ((await run('DescribeVodRefreshTasks', { TaskId: failed.RefreshTaskId as string })).Tasks as Row[])[0]!;
    expect(task).toMatchObject({ Status: 'Failed', Description: 'Origin Timeout' });
    await fails('RefreshVodObjectCaches', { ObjectPath: 'unknown.example.org/x.mp4' }, 'InvalidDomain.NotFound', 404);
    await fails('RefreshVodObjectCaches', { ObjectPath: `${DEMO}/x.mp4`, ObjectType: 'Folder' }, 'InvalidObjectType.ValueNotSupported', 400);
    await fails('DescribeVodRefreshTasks', { TaskId: 'abc' }, 'InvalidTaskId.Malformed', 400);
    await fails('DescribeVodRefreshTasks', { Status: 'Complete' }, 'MissingParameter', 400);
    const remain = Number((await run('DescribeVodRefreshQuota')).DirRemain);
    const dirs = Array.from({ length: remain + 1 }, (_, i) => `${DEMO}/d${i}/`).join('\n');
    await fails('RefreshVodObjectCaches', { ObjectPath: dirs, ObjectType: 'Directory' }, 'QuotaExceeded.Refresh', 400);
    await fails('PreloadVodObjectCaches', { ObjectPath: Array.from({ length: 1001 }, (_, i) => `${DEMO}/${i}.mp4`).join('\n') }, 'InvalidObjectPath.Size.Malformed', 400);
  });

  it('preloads files', async () => {
    const preload = await run('PreloadVodObjectCaches', { ObjectPath: `${DEMO}/hot.mp4` });
    const task = ((await run('DescribeVodRefreshTasks', { TaskId: preload.PreloadTaskId as string })).Tasks as Row[])[0]!;
    expect(task).toMatchObject({ ObjectType: 'preload', Status: 'Refreshing' });
    expect((await run('DescribeVodRefreshQuota')).PreloadRemain).toBe('499');
    sandbox.advance(61);
    expect(((await run('DescribeVodRefreshTasks', { TaskId: preload.PreloadTaskId as string })).Tasks as Row[])[0]!.Status).toBe('Complete');
  });

  it('refreshes media play URLs by video ID', async () => {
    const video = Object.values(sandbox.state.data.videos).find((v) => v.Status === 'Normal' && v.Streams.some((s) => s.Format === 'mp4'))!;
    const submitted = await run('RefreshMediaPlayUrls', { MediaIds: `${video.VideoId},nonexistent0000`, TaskType: 'Preload', Formats: 'mp4', ResultType: 'Single', UserData: '{"Extend":{"localId":"x"}}' });
    expect(submitted.NonExistMediaIds).toBe('nonexistent0000');
    const jobs = (await run('GetMediaRefreshJobs', { MediaRefreshJobId: submitted.MediaRefreshJobId as string })).MediaRefreshJobs as Row[];
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ MediaId: video.VideoId, TaskType: 'Preload', Status: 'success', UserData: '{"Extend":{"localId":"x"}}' });
    const urls = (jobs[0]!.SuccessPlayUrls as string).split(',');
    const taskIds = (jobs[0]!.TaskIds as string).split(',');
    expect(urls.length).toBe(video.Streams.filter((s) => s.Format === 'mp4').length);
    expect(taskIds).toHaveLength(urls.length);
    expect(JSON.parse(jobs[0]!.FilterPolicy as string)).toMatchObject({ Formats: 'mp4', ResultType: 'Single' });
    const task = ((await run('DescribeVodRefreshTasks', { TaskId: taskIds[0]! })).Tasks as Row[])[0]!;
    expect(task).toMatchObject({ ObjectType: 'preload', ObjectPath: urls[0] });
    expect((await run('GetMediaRefreshJobs', { MediaRefreshJobId: submitted.MediaRefreshJobId as string, MediaId: 'other' })).MediaRefreshJobs).toEqual([]);
  });
});

describe('cdn logs and monitoring', () => {
  it('lists hourly log files over the range, paged', async () => {
    const all = await run('DescribeVodDomainLog', { DomainName: DEMO });
    const detail = (all.DomainLogDetails as Row[])[0]!;
    const total = (detail.PageInfos as Row).Total as number;
    expect(total).toBeGreaterThanOrEqual(23);
    expect(total).toBeLessThanOrEqual(24);
    const info = (detail.LogInfos as Row[])[0]!;
    expect(info.LogName).toMatch(/^video\.example\.com_\d{4}_\d{2}_\d{2}_\d{2}0000_\d{2}0000\.gz$/);
    expect(info.LogPath).toContain('?Expires=');
    expect(Date.parse(info.EndTime as string) - Date.parse(info.StartTime as string)).toBe(3_600_000);
    const page = (await run('DescribeVodDomainLog', { DomainName: DEMO, PageSize: '5', PageNumber: '2', StartTime: isoAgo(2 * 86_400_000), EndTime: isoAgo(0) })).DomainLogDetails as Row[];
    expect(page[0]).toMatchObject({ LogCount: 5, PageInfos: { PageNumber: 2, PageSize: 5 } });
    await fails('DescribeVodDomainLog', { DomainName: DEMO, StartTime: 'yesterday', EndTime: isoAgo(0) }, 'InvalidStartTime.Malformed', 400);
    await fails('DescribeVodDomainLog', { DomainName: DEMO, StartTime: isoAgo(0), EndTime: isoAgo(3_600_000) }, 'InvalidEndTime.Malformed', 400);
  });

  it('returns deterministic bandwidth and matching traffic series', async () => {
    const range = { DomainName: DEMO, StartTime: isoAgo(86_400_000 + 3_600_000), EndTime: isoAgo(3_600_000) };
    const bps = await run('DescribeVodDomainBpsData', range);
    const points = (bps.BpsDataPerInterval as Row[]);
    expect(bps.DataInterval).toBe('300');
    expect(points.length).toBeGreaterThanOrEqual(288);
    expect(Number(points[0]!.Value)).toBeGreaterThan(0);
    expect(Number(points[0]!.HttpsValue)).toBeGreaterThan(0);
    expect(await run('DescribeVodDomainBpsData', range)).toMatchObject({ BpsDataPerInterval: bps.BpsDataPerInterval });
    const hourly = await run('DescribeVodDomainTrafficData', { ...range, Interval: '3600' });
    const modules = (hourly.TrafficDataPerInterval as Row[]);
    expect(hourly.DataInterval).toBe('3600');
    expect(modules.length).toBeGreaterThanOrEqual(24);
    expect(Number(hourly.TotalTraffic)).toBe(modules.reduce((sum, m) => sum + Number(m.Value), 0));
    const byIsp = await run('DescribeVodDomainBpsData', { ...range, IspNameEn: 'Alibaba' });
    expect(byIsp.IspNameEn).toBe('Alibaba');
    expect((byIsp.BpsDataPerInterval as Row[])[0]!.DomesticValue).toBe('');
  });

  it('validates time ranges and domains', async () => {
    await fails('DescribeVodDomainTrafficData', { StartTime: isoAgo(3_600_000) }, 'MissingParameter', 400);
    await fails('DescribeVodDomainTrafficData', { StartTime: isoAgo(0), EndTime: isoAgo(3_600_000) }, 'InvalidEndTime.Mismatch', 400);
    await fails('DescribeVodDomainBpsData', { StartTime: isoAgo(91 * 86_400_000), EndTime: isoAgo(0) }, 'InvalidStartTime.ValueNotSupported', 400);
    await fails('DescribeVodDomainBpsData', { StartTime: '2026-13-01', EndTime: isoAgo(0) }, 'InvalidStartTime.Malformed', 400);
    await fails('DescribeVodDomainBpsData', { DomainName: 'missing.example.com' }, 'InvalidDomain.NotFound', 404);
  });
});

describe('cdn domain stop, start and delete', () => {
  it('stops, restarts and deletes a domain', async () => {
    await run('BatchStopVodDomain', { DomainNames: NEW });
    expect(((await run('DescribeVodDomainDetail', { DomainName: NEW })).DomainDetail as Row).DomainStatus).toBe('offline');
    await fails('RefreshVodObjectCaches', { ObjectPath: `${NEW}/x.mp4` }, 'InvalidDomain.Offline', 404);
    await fails('SetVodDomainCertificate', { DomainName: NEW, SSLProtocol: 'off' }, 'InvalidDomain.Offline', 400);
    await run('BatchStartVodDomain', { DomainNames: NEW });
    expect(((await run('DescribeVodDomainDetail', { DomainName: NEW })).DomainDetail as Row).DomainStatus).toBe('configuring');
    await fails('RefreshVodObjectCaches', { ObjectPath: `${NEW}/x.mp4` }, 'ServiceBusy', 403);
    sandbox.advance(61);
    expect(((await run('DescribeVodDomainDetail', { DomainName: NEW })).DomainDetail as Row).DomainStatus).toBe('online');
    await fails('BatchStopVodDomain', { DomainNames: `${NEW},missing.example.com` }, 'InvalidDomain.NotFound', 404);
    await run('DeleteVodDomain', { DomainName: NEW });
    await fails('DescribeVodDomainDetail', { DomainName: NEW }, 'InvalidDomain.NotFound', 404);
    expect((await run('DescribeVodUserDomains')).TotalCount).toBe(1);
  });
});
