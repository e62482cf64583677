import { createHash } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { callSandbox, expectError, ok } from '../helpers/signed-request.js';

const DAY = 86_400_000;
let sandbox: Sandbox;

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const now = () => sandbox.clock.now();
const videoByTitle = (prefix: string) => Object.values(sandbox.state.data.videos).find((video) => video.Title.startsWith(prefix))!;

beforeAll(async () => {
  sandbox = await startSandbox({ enforceQps: false });
});
afterAll(async () => {
  await sandbox.close();
});

describe('apps', () => {
  it('creates, reads, lists, updates and deletes apps', async () => {
    const { AppId } = await ok(sandbox, 'CreateAppInfo', { AppName: 'course-videos', Description: 'Courses' });
    expect(AppId).toMatch(/^app-\d+$/);
    await expectError(sandbox, 'CreateAppInfo', { AppName: 'course-videos' }, 'InvalidParameter', 400);
    await expectError(sandbox, 'CreateAppInfo', { AppName: 'bad name!' }, 'InvalidParameter', 400);

    const infos = await ok(sandbox, 'GetAppInfos', { AppIds: `${AppId},app-9999999` });
    expect(infos.NonExistAppIds).toEqual(['app-9999999']);
    expect(infos.AppInfoList).toEqual([expect.objectContaining({ AppId, AppName: 'course-videos', Type: 'Custom', Status: 'Normal', Description: 'Courses' })]);

    await ok(sandbox, 'UpdateAppInfo', { AppId: String(AppId), Status: 'Disable', AppName: '课程视频' });
    const disabled = await ok(sandbox, 'ListAppInfo', { Status: 'Disable' });
    expect(disabled.Total).toBe(1);
    expect(disabled.AppInfoList).toEqual([expect.objectContaining({ AppId, AppName: '课程视频', Status: 'Disable' })]);
    const page = await ok(sandbox, 'ListAppInfo', { PageNo: '2', PageSize: '1' });
    expect(page.Total).toBe(2);
    expect(page.AppInfoList).toEqual([expect.objectContaining({ AppId })]);

    await expectError(sandbox, 'UpdateAppInfo', { AppId: 'app-1000000', Status: 'Disable' }, 'Forbidden.OperateApp', 403);
    await expectError(sandbox, 'UpdateAppInfo', { AppId: 'app-404', AppName: 'x' }, 'Forbidden.OperateApp', 403);
    await expectError(sandbox, 'DeleteAppInfo', { AppId: 'app-1000000' }, 'Forbidden.OperateApp', 403);
    await expectError(sandbox, 'GetAppInfos', { AppIds: Array.from({ length: 11 }, (_, i) => `app-${i}`).join(',') }, 'InvalidParameter', 400);

    await ok(sandbox, 'DeleteAppInfo', { AppId: String(AppId) });
    expect((await ok(sandbox, 'GetAppInfos', { AppIds: String(AppId) })).NonExistAppIds).toEqual([AppId]);
  });

  it('moves media between apps and refuses to delete an app holding media', async () => {
    const { AppId } = await ok(sandbox, 'CreateAppInfo', { AppName: 'marketing' });
    const appId = String(AppId);
    const normal = videoByTitle('Getting started');
    const busy = videoByTitle('Upload in progress');
    const moved = await ok(sandbox, 'MoveAppResource', { TargetAppId: appId, ResourceType: 'video', ResourceIds: `${normal.VideoId},${busy.VideoId},nosuchvideo` });
    expect(moved).toMatchObject({ NonExistResourceIds: ['nosuchvideo'], FailedResourceIds: [busy.VideoId] });
    expect(((await ok(sandbox, 'GetVideoInfo', { VideoId: normal.VideoId })).Video as { AppId: string }).AppId).toBe(appId);

    const deletion = await callSandbox(sandbox, 'DeleteAppInfo', { AppId: appId });
    expect(deletion.status).toBe(403);
    expect(deletion.body).toMatchObject({ Code: 'Forbidden.ResourceNotEmpty', Message: `The App: ${appId} has 1 resource, can not be deleted.` });

    await ok(sandbox, 'UpdateAppInfo', { AppId: 'app-1000000', Description: 'Default app' });
    await ok(sandbox, 'MoveAppResource', { TargetAppId: 'app-1000000', ResourceType: 'video', ResourceIds: normal.VideoId });
    await ok(sandbox, 'UpdateAppInfo', { AppId: appId, Status: 'Disable' });
    await expectError(sandbox, 'MoveAppResource', { TargetAppId: appId, ResourceType: 'video', ResourceIds: normal.VideoId }, 'Forbidden.OperateAppResource', 403);
    await expectError(sandbox, 'MoveAppResource', { TargetAppId: 'app-1000000', ResourceType: 'video', ResourceIds: Array.from({ length: 21 }, (_, i) => `v${i}`).join(',') }, 'InvalidParameter', 400);
    await ok(sandbox, 'DeleteAppInfo', { AppId: appId });
  });

  it('attaches, lists and detaches app policies', async () => {
    const identity = { IdentityType: 'RamUser', IdentityName: '2837461234' };
    const attached = await ok(sandbox, 'AttachAppPolicyToIdentity', { ...identity, AppId: 'app-1000000', PolicyNames: 'VODAppReadOnlyAccess,NoSuchPolicy' });
    expect(attached).toMatchObject({ NonExistPolicyNames: ['NoSuchPolicy'], FailedPolicyNames: [] });
    const listed = await ok(sandbox, 'ListAppPoliciesForIdentity', identity);
    expect(listed.AppPolicyList).toEqual([expect.objectContaining({ AppId: 'app-1000000', PolicyName: 'VODAppReadOnlyAccess', PolicyType: 'System' })]);
    expect((await ok(sandbox, 'ListAppPoliciesForIdentity', { IdentityType: 'RamRole', IdentityName: '2837461234' })).AppPolicyList).toEqual([]);

    await ok(sandbox, 'DetachAppPolicyFromIdentity', { ...identity, AppId: 'app-1000000', PolicyNames: 'VODAppReadOnlyAccess' });
    expect((await ok(sandbox, 'ListAppPoliciesForIdentity', identity)).AppPolicyList).toEqual([]);
    const again = await ok(sandbox, 'DetachAppPolicyFromIdentity', { ...identity, AppId: 'app-1000000', PolicyNames: 'VODAppReadOnlyAccess' });
    expect(again.FailedPolicyNames).toEqual(['VODAppReadOnlyAccess']);
    await expectError(sandbox, 'AttachAppPolicyToIdentity', { ...identity, AppId: 'app-404', PolicyNames: 'VODAppFullAccess' }, 'Forbidden.OperateApp', 403);
  });
});

interface Delivery {
  headers: IncomingHttpHeaders;
  body: Record<string, unknown>;
}

describe('message callbacks', () => {
  let receiver: Server;
  let callbackUrl: string;
  const deliveries: Delivery[] = [];
  const waiting: { match: (delivery: Delivery) => boolean; resolve: (delivery: Delivery) => void }[] = [];

  function nextDelivery(match: (delivery: Delivery) => boolean): Promise<Delivery> {
    const seen = deliveries.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      waiting.push({ match, resolve });
      setTimeout(() => reject(new Error('no callback delivery within 3s')), 3000);
    });
  }

  beforeAll(async () => {
    receiver = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const delivery = { headers: req.headers, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown> };
        deliveries.push(delivery);
        for (const waiter of waiting.filter((item) => item.match(delivery))) waiter.resolve(delivery);
        res.end('success');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    callbackUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/vod/callback`;
  });
  afterAll(async () => {
    await ok(sandbox, 'DeleteMessageCallback', { AppId: 'app-1000000' });
    await new Promise<void>((resolve) => receiver.close(() => resolve()));
  });

  const signatureOf = (delivery: Delivery, key: string) => createHash('md5').update(`${callbackUrl}|${String(delivery.headers['x-vod-timestamp'])}|${key}`).digest('hex');

  it('stores the setting and never returns the key in full', async () => {
    await ok(sandbox, 'SetMessageCallback', { CallbackType: 'HTTP', CallbackURL: callbackUrl, EventTypeList: 'ALL', AuthSwitch: 'on', AuthKey: 'Sandbox2026key' });
    const { MessageCallback } = await ok(sandbox, 'GetMessageCallback');
    expect(MessageCallback).toMatchObject({ AppId: 'app-1000000', CallbackType: 'HTTP', CallbackURL: callbackUrl, EventTypeList: 'ALL', AuthSwitch: 'on' });
    const key = (MessageCallback as { AuthKey: string }).AuthKey;
    expect(key).not.toBe('Sandbox2026key');
    expect(key).toMatch(/^Sa\*+ey$/);
  });

  it('posts a deleted video event with a valid signature', async () => {
    const video = videoByTitle('Podcast episode');
    await ok(sandbox, 'DeleteVideo', { VideoIds: video.VideoId });
    const delivery = await nextDelivery((item) => item.body.EventType === 'DeleteMediaComplete' && item.body.MediaId === video.VideoId);
    expect(delivery.body).toMatchObject({ EventType: 'DeleteMediaComplete', MediaId: video.VideoId, Status: 'success', MediaType: 'video' });
    expect(delivery.headers['content-type']).toContain('application/json');
    expect(String(delivery.headers['x-vod-timestamp'])).toMatch(/^\d{10}$/);
    expect(delivery.headers['x-vod-signature']).toBe(signatureOf(delivery, 'Sandbox2026key'));
  });

  it('posts transcode completion when the clock moves the Transcoding demo video on', async () => {
    const video = videoByTitle('Webinar recording');
    expect(video.Status).toBe('Transcoding');
    sandbox.advance(120);
    const delivery = await nextDelivery((item) => item.body.EventType === 'TranscodeComplete' && item.body.VideoId === video.VideoId);
    expect(delivery.body).toMatchObject({ Status: 'success', VideoId: video.VideoId });
    expect(delivery.headers['x-vod-signature']).toBe(signatureOf(delivery, 'Sandbox2026key'));
    expect(deliveries.some((item) => item.body.EventType === 'StreamTranscodeComplete' && item.body.VideoId === video.VideoId)).toBe(true);
    expect(deliveries.some((item) => item.body.EventType === 'TranscodeStart')).toBe(false);
  });

  it('sends only enabled events, unsigned when auth is off, and stops after delete', async () => {
    await ok(sandbox, 'SetMessageCallback', { CallbackURL: callbackUrl, EventTypeList: 'FileUploadComplete', AuthSwitch: 'off' });
    const video = videoByTitle('Broken upload');
    await ok(sandbox, 'DeleteVideo', { VideoIds: video.VideoId });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(deliveries.some((item) => item.body.MediaId === video.VideoId)).toBe(false);

    await ok(sandbox, 'SetMessageCallback', { CallbackURL: callbackUrl, EventTypeList: 'DeleteMediaComplete', AuthSwitch: 'off' });
    const other = videoByTitle('Reported clip');
    await ok(sandbox, 'DeleteVideo', { VideoIds: other.VideoId });
    const delivery = await nextDelivery((item) => item.body.MediaId === other.VideoId);
    expect(delivery.headers['x-vod-signature']).toBeUndefined();

    await ok(sandbox, 'DeleteMessageCallback', { AppId: 'app-1000000' });
    const { MessageCallback } = await ok(sandbox, 'GetMessageCallback', { AppId: 'app-1000000' });
    expect(MessageCallback).toEqual({ AppId: 'app-1000000' });
  });

  it('validates the setting', async () => {
    await expectError(sandbox, 'SetMessageCallback', { CallbackURL: callbackUrl, EventTypeList: 'NoSuchEvent' }, 'InvalidParameter', 400);
    await expectError(sandbox, 'SetMessageCallback', { CallbackURL: callbackUrl, AuthSwitch: 'on', AuthKey: 'lettersonly' }, 'InvalidParameter', 400);
    await expectError(sandbox, 'SetMessageCallback', { CallbackURL: 'ftp://example.com/cb' }, 'InvalidParameter', 400);
    await expectError(sandbox, 'SetMessageCallback', { CallbackURL: callbackUrl, CallbackType: 'MNS' }, 'InvalidParameter', 400);
    await expectError(sandbox, 'SetMessageCallback', { CallbackURL: callbackUrl, AppId: 'app-404' }, 'Forbidden.OperateApp', 403);
    await expectError(sandbox, 'SetMessageCallback', {}, 'MissingParameter', 400);
  });
});

describe('crossdomain', () => {
  const content = '<cross-domain-policy><allow-access-from domain="*"/></cross-domain-policy>';
  it('overwrites the crossdomain file of an account storage location', async () => {
    const location = Object.values(sandbox.state.data.videos)[0]!.StorageLocation;
    await ok(sandbox, 'SetCrossdomainContent', { Content: content, StorageLocation: location });
    await expectError(sandbox, 'SetCrossdomainContent', { Content: content, StorageLocation: 'outin-other.oss-cn-beijing.aliyuncs.com' }, 'InvalidParameter', 400);
    await expectError(sandbox, 'SetCrossdomainContent', { Content: 'allow all', StorageLocation: location }, 'InvalidParameter', 400);
    await expectError(sandbox, 'SetCrossdomainContent', { Content: `<cross-domain-policy>${'x'.repeat(2100)}</cross-domain-policy>`, StorageLocation: location }, 'InvalidParameter', 400);
  });
});

describe('live recordings', () => {
  it('lists demo recordings with their videos, filtered, sorted and paged', async () => {
    const all = await ok(sandbox, 'ListLiveRecordVideo');
    expect(all.Total).toBe(2);
    const items = (all.LiveRecordVideoList as Record<string, unknown>[]);
    expect(items[0]).toMatchObject({ StreamName: 'webinar-weekly', DomainName: 'live.sandbox-demo.com', AppName: 'liveApp' });
    expect(items[0]!.Video).toMatchObject({ Title: 'Webinar recording (processing)' });
    expect(items[1]!.Video).toMatchObject({ Title: 'Product launch keynote 2026', Status: 'Normal' });

    const ascending = await ok(sandbox, 'ListLiveRecordVideo', { SortBy: 'CreationTime:Asc', PageSize: '1', PageNo: '1' });
    expect(ascending.Total).toBe(2);
    expect((ascending.LiveRecordVideoList as Record<string, unknown>[])).toEqual([expect.objectContaining({ StreamName: 'keynote-2026' })]);
    const filtered = await ok(sandbox, 'ListLiveRecordVideo', { StreamName: 'keynote-2026', StartTime: iso(now() - 10 * DAY), EndTime: iso(now()) });
    expect(filtered.Total).toBe(1);
    expect((await ok(sandbox, 'ListLiveRecordVideo', { StartTime: iso(now() - 5 * DAY), EndTime: iso(now()) })).Total).toBe(1);
    await expectError(sandbox, 'ListLiveRecordVideo', { PageSize: '101' }, 'InvalidParameter', 400);
    await expectError(sandbox, 'ListLiveRecordVideo', { StartTime: '2026-01-01' }, 'InvalidParameter', 400);
  });
});

describe('usage statistics', () => {
  it('reports storage from the media sizes, hourly within a week', async () => {
    const answer = await ok(sandbox, 'DescribeVodStorageData', { StartTime: iso(now() - 2 * DAY), EndTime: iso(now() + 3_600_000) });
    expect(answer.DataInterval).toBe('hour');
    // The models type usage values as strings.
    const items = (answer.StorageData as { StorageUtilization: string; TimeStamp: string }[]);
    expect(items.length).toBeGreaterThanOrEqual(48);
    expect(items[0]!.StorageUtilization).toBe('0');
    expect(Number(items.at(-1)!.StorageUtilization)).toBeGreaterThan(0);
    const daily = await ok(sandbox, 'DescribeVodStorageData', { StartTime: iso(now() - 20 * DAY), EndTime: iso(now()), Region: 'cn-beijing' });
    expect(daily.DataInterval).toBe('day');
    expect((daily.StorageData as { StorageUtilization: string }[]).every((item) => item.StorageUtilization === '0')).toBe(true);

    await expectError(sandbox, 'DescribeVodStorageData', { StartTime: iso(now() - 40 * DAY), EndTime: iso(now()) }, 'InvalidTimeRange', 400);
    await expectError(sandbox, 'DescribeVodStorageData', { StartTime: '2026-01-01', EndTime: iso(now()) }, 'InvalidParameterStartTime', 400);
    await expectError(sandbox, 'DescribeVodStorageData', { StartTime: iso(now()), EndTime: iso(now() - DAY) }, 'InvalidParameterEndTime', 400);
    await expectError(sandbox, 'DescribeVodStorageData', { StartTime: iso(now() - DAY), EndTime: iso(now()), Region: 'us-east-1' }, 'InvalidParameterRegion', 400);
  });

  it('reports transcoding seconds per specification from finished transcode jobs', async () => {
    const params = { StartTime: iso(now() - DAY), EndTime: iso(now() + 3_600_000), Interval: 'day' };
    const answer = await ok(sandbox, 'DescribeVodTranscodeData', params);
    expect(answer.DataInterval).toBe('day');
    const items = (answer.TranscodeData as { Data: { Name: string; Value: string }[] }[]);
    const names = items.flatMap((item) => item.Data.map((data) => data.Name));
    expect(names).toEqual(expect.arrayContaining(['H264.LD', 'H264.SD', 'H264.HD', 'All']));
    const total = items.flatMap((item) => item.Data).filter((data) => data.Name === 'All').reduce((sum, data) => sum + Number(data.Value), 0);
    expect(total).toBeGreaterThan(0);
    const onlyHd = await ok(sandbox, 'DescribeVodTranscodeData', { ...params, Specification: 'H264.HD' });
    const hdNames = (onlyHd.TranscodeData as { Data: { Name: string }[] }[]).flatMap((item) => item.Data.map((data) => data.Name));
    expect(new Set(hdNames)).toEqual(new Set(['H264.HD', 'All']));
    await expectError(sandbox, 'DescribeVodTranscodeData', { StartTime: iso(now() - 32 * DAY), EndTime: iso(now()) }, 'InvalidTimeRange', 400);
  });

  it('reports AI seconds from completed AI jobs', async () => {
    const video = videoByTitle('Product launch keynote');
    await ok(sandbox, 'SubmitAIJob', { MediaId: video.VideoId, Types: 'AIVideoTag' });
    sandbox.advance(120);
    const answer = await ok(sandbox, 'DescribeVodAIData', { StartTime: iso(now() - DAY), EndTime: iso(now() + 60_000) });
    const data = (answer.AIData as { Data: { Name: string; Value: number }[] }[]).flatMap((item) => item.Data);
    expect(data).toEqual([expect.objectContaining({ Name: 'AIVideoTag', Value: Math.ceil(video.Duration!) })]);
    const censorOnly = await ok(sandbox, 'DescribeVodAIData', { StartTime: iso(now() - DAY), EndTime: iso(now()), AIType: 'AIVideoCensor' });
    expect((censorOnly.AIData as { Data: unknown[] }[]).every((item) => item.Data.length === 0)).toBe(true);
    await expectError(sandbox, 'DescribeVodAIData', { StartTime: iso(now() - DAY), EndTime: iso(now()), AIType: 'AIFace' }, 'InvalidParameter', 400);
  });

  it('reports CDN bandwidth and traffic with the right granularity', async () => {
    const bps = await ok(sandbox, 'DescribeVodDomainUsageData', { StartTime: iso(now() - 2 * 3_600_000), EndTime: iso(now()), Field: 'bps' });
    expect(bps).toMatchObject({ DataInterval: '300', Area: 'CN', Type: 'static' });
    const points = (bps.UsageDataPerInterval as { Value: string }[]);
    expect(points.length).toBeGreaterThanOrEqual(24);
    expect(Number(points.at(-1)!.Value)).toBeGreaterThan(0);
    const traf = await ok(sandbox, 'DescribeVodDomainUsageData', { StartTime: iso(now() - 10 * DAY), EndTime: iso(now()), Field: 'traf', Area: 'OverSeas' });
    expect(traf.DataInterval).toBe('86400');
    const domain = Object.keys((sandbox.state.data.slices.cdn as { domains: Record<string, unknown> }).domains)[0]!;
    const one = await ok(sandbox, 'DescribeVodDomainUsageData', { DomainName: domain, StartTime: iso(now() - 3_600_000), EndTime: iso(now()), Field: 'bps' });
    expect(one.DomainName).toBe(domain);
    expect(Number((one.UsageDataPerInterval as { Value: string }[]).at(-1)!.Value)).toBeGreaterThan(0);
    await expectError(sandbox, 'DescribeVodDomainUsageData', { DomainName: 'not-mine.example.com', StartTime: iso(now() - DAY), EndTime: iso(now()), Field: 'bps' }, 'InvalidDomain.NotFound', 404);
    await expectError(sandbox, 'DescribeVodDomainUsageData', { StartTime: iso(now() - DAY), EndTime: iso(now()), Field: 'qps' }, 'InvalidParameterField', 400);
    await expectError(sandbox, 'DescribeVodDomainUsageData', { StartTime: iso(now() - DAY), EndTime: iso(now()), Field: 'bps', Area: 'EU' }, 'InvalidParameterArea', 400);
    await expectError(sandbox, 'DescribeVodDomainUsageData', { StartTime: iso(now() - 100 * DAY), EndTime: iso(now()), Field: 'bps' }, 'InvalidTimeRange', 400);
    await expectError(sandbox, 'DescribeVodDomainUsageData', { StartTime: iso(now() - 400 * DAY), EndTime: iso(now() - 380 * DAY), Field: 'bps' }, 'InvalidParameterStartTime', 400);
  });
});

describe('playback statistics', () => {
  it('ranks the top videos of a finished day with real titles', async () => {
    const bizDate = iso(now() - 3 * DAY);
    const top = await ok(sandbox, 'DescribePlayTopVideos', { BizDate: bizDate });
    const list = (top.TopPlayVideos as { VideoId: string; Title: string; VV: string }[]);
    expect(list.length).toBeGreaterThan(0);
    expect(top.TotalNum).toBe(list.length);
    for (const item of list) expect(sandbox.state.data.videos[item.VideoId]?.Title).toBe(item.Title);
    const plays = list.map((item) => Number(item.VV));
    expect(plays).toEqual([...plays].sort((a, b) => b - a));
    const again = await ok(sandbox, 'DescribePlayTopVideos', { BizDate: bizDate, PageNo: '2', PageSize: '1' });
    expect((again.TopPlayVideos as { VideoId: string }[])).toEqual([expect.objectContaining({ VideoId: list[1]!.VideoId })]);

    const future = await callSandbox(sandbox, 'DescribePlayTopVideos', { BizDate: iso(now() + DAY) });
    expect({ status: future.status, code: future.body.Code }).toEqual({ status: 400, code: 'InvalidBizDate.BeyondCurrent' });
    await expectError(sandbox, 'DescribePlayTopVideos', { BizDate: '2026/01/01' }, 'InvalidBizDate.Malformed', 400);
    const old = await ok(sandbox, 'DescribePlayTopVideos', { BizDate: iso(now() - 60 * DAY) });
    expect((old.TopPlayVideos as unknown[])).toEqual([]);
  });

  it('reports daily averages, totals and per-video details', async () => {
    const window = { StartTime: iso(now() - 5 * DAY), EndTime: iso(now() - 2 * DAY) };
    const avg = await ok(sandbox, 'DescribePlayUserAvg', window);
    const avgRows = (avg.UserPlayStatisAvgs as { Date: string; AvgPlayCount: string }[]);
    expect(avgRows.length).toBeGreaterThanOrEqual(3);
    expect(avgRows[0]!.Date).toMatch(/^\d{8}$/);
    expect(Number(avgRows[0]!.AvgPlayCount)).toBeGreaterThan(0);

    const total = await ok(sandbox, 'DescribePlayUserTotal', window);
    const totalRows = (total.UserPlayStatisTotals as { VV: Record<string, string>; PlayRange: string }[]);
    expect(totalRows.length).toBe(avgRows.length);
    expect(Number(totalRows[0]!.VV.Android)).toBeGreaterThan(0);
    expect(totalRows[0]!.PlayRange).toMatch(/^<=1m:\d+\.\d%/);

    const video = videoByTitle('Product launch keynote');
    const detail = await ok(sandbox, 'DescribePlayVideoStatis', { ...window, VideoId: video.VideoId });
    const rows = (detail.VideoPlayStatisDetails as { Title: string; VV: string }[]);
    expect(rows.length).toBe(avgRows.length);
    expect(rows[0]).toMatchObject({ Title: video.Title });
    const again = await ok(sandbox, 'DescribePlayVideoStatis', { ...window, VideoId: video.VideoId });
    expect(again.VideoPlayStatisDetails).toEqual(detail.VideoPlayStatisDetails);

    await expectError(sandbox, 'DescribePlayUserAvg', { StartTime: iso(now() - DAY), EndTime: iso(now() + DAY) }, 'InvalidEndTime.BeyondCurrent', 400);
    await expectError(sandbox, 'DescribePlayUserTotal', { StartTime: iso(now() - DAY), EndTime: iso(now() - 2 * DAY) }, 'InvalidEndTime.Mismatch', 400);
    await expectError(sandbox, 'DescribePlayUserTotal', { StartTime: iso(now() - 200 * DAY), EndTime: iso(now() - DAY) }, 'InvalidEndTime.Mismatch', 400);
    await expectError(sandbox, 'DescribePlayVideoStatis', { StartTime: 'yesterday', EndTime: iso(now()), VideoId: video.VideoId }, 'InvalidStartTime.Malformed', 400);
    await expectError(sandbox, 'DescribePlayVideoStatis', { StartTime: iso(now() - DAY), EndTime: 'now', VideoId: video.VideoId }, 'InvalidEndTime.Malformed', 400);
  });
});
