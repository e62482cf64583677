import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { expectError, ok } from '../helpers/signed-request.js';

// Player analytics and per-media play data (issue 13): answered from the account family's play model, so they agree
// with DescribePlayTopVideos / DescribePlayUserTotal for the same Beijing day. Windows are whole past Beijing days,
// so nothing depends on the seconds a test takes.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const APP = 'app-1000000';
let sandbox: Sandbox;

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
/** Start of the Beijing day `days` before today's (Beijing midnight is 16:00 UTC). */
const beijingDay = (days: number) => Math.floor((sandbox.clock.now() + 8 * HOUR) / DAY) * DAY - 8 * HOUR - days * DAY;
const ymd = (dayStart: number) => new Date(dayStart + 8 * HOUR).toISOString().slice(0, 10);
const compact = (dayStart: number) => ymd(dayStart).replace(/-/g, '');
const dayWindow = (dayStart: number, days = 1) => ({ StartTime: iso(dayStart), EndTime: iso(dayStart + days * DAY) });
const sum = (items: unknown, field: string) => (items as Record<string, unknown>[]).reduce((total, item) => total + Number(item[field]), 0);
type Row = Record<string, unknown>;
const list = (answer: Record<string, unknown>, field: string) => answer[field] as Row[];

/** Collect's value of each metric. */
async function collect(params: Record<string, string>): Promise<Record<string, Row>> {
  const answer = await ok(sandbox, 'DescribeVodPlayerCollectData', { AppId: APP, Interval: '1d', ...params });
  return Object.fromEntries(list(answer, 'DataList').map((row) => [String(row.Metric), row]));
}

beforeAll(async () => {
  sandbox = await startSandbox({ enforceQps: false });
});
afterAll(async () => {
  await sandbox.close();
});

describe('agreement with the existing play statistics', () => {
  it('a past day: player plays of both terminals, per-media plays and the top videos give the same totals', async () => {
    const day = beijingDay(3);
    const total = await ok(sandbox, 'DescribePlayUserTotal', { StartTime: iso(day), EndTime: iso(day + DAY - 1000) });
    const [row] = list(total, 'UserPlayStatisTotals');
    const vv = Object.values(row!.VV as Record<string, string>).reduce((a, b) => a + Number(b), 0);
    const uv = Object.values(row!.UV as Record<string, string>).reduce((a, b) => a + Number(b), 0);
    expect(vv).toBeGreaterThan(0);

    const web = await collect({ ...dayWindow(day), Metrics: 'Vv,Uv,AvgPerPlayDuration', TerminalType: 'web' });
    const mobile = await collect({ ...dayWindow(day), Metrics: 'Vv,Uv', TerminalType: 'mobile' });
    expect(Number(web.Vv!.Value) + Number(mobile.Vv!.Value)).toBe(vv);
    expect(Number(web.Uv!.Value) + Number(mobile.Uv!.Value)).toBe(uv);
    // Native plays are the model's Android and iOS plays, web plays its HTML5 and Flash plays.
    const platforms = row!.VV as Record<string, string>;
    expect(mobile.Vv!.Value).toBe(Number(platforms.Android ?? 0) + Number(platforms.iOS ?? 0));

    const series = await ok(sandbox, 'DescribeVodPlayerMetricData', { AppId: APP, ...dayWindow(day), Interval: '1d', Metrics: 'Vv', TerminalType: 'web' });
    expect(list(series, 'DataList')).toEqual([{ TimeStamp: iso(day), Vv: web.Vv!.Value }]);

    const media = await ok(sandbox, 'DescribeVodMediaPlayData', { PageNo: '1', PageSize: '100', PlayDate: compact(day) });
    const top = await ok(sandbox, 'DescribePlayTopVideos', { BizDate: iso(day + HOUR) });
    const topRows = list(top, 'TopPlayVideos');
    expect(sum(media.QoeInfoList, 'PlaySuccessVv')).toBe(vv);
    expect(media.TotalCount).toBe(topRows.length);
    for (const video of topRows) {
      const mine = list(media, 'QoeInfoList').find((item) => item.MediaId === video.VideoId)!;
      expect({ vv: mine.PlaySuccessVv, uv: mine.DAU, seconds: mine.PlayDuration }).toEqual({ vv: Number(video.VV), uv: Number(video.UV), seconds: Math.round(Number(video.PlayDuration) / 1000) });
    }
  });

  it('hourly and 5-minute series add up to the day; OS filters split the terminal', async () => {
    const day = beijingDay(2);
    const daily = await collect({ ...dayWindow(day), Metrics: 'Vv', TerminalType: 'web' });
    const hourly = await ok(sandbox, 'DescribeVodPlayerMetricData', { AppId: APP, ...dayWindow(day), Interval: '1h', Metrics: 'Vv', TerminalType: 'web' });
    expect(hourly.TotalCnt).toBe(24);
    expect((hourly.Extend as Row).IntervalSeconds).toBe(3600);
    expect(Math.abs(sum(hourly.DataList, 'Vv') - Number(daily.Vv!.Value))).toBeLessThanOrEqual(12);
    const fine = await ok(sandbox, 'DescribeVodPlayerMetricData', { AppId: APP, ...dayWindow(day), Interval: '5m', Metrics: 'Vv', TerminalType: 'web', PageSize: '5' });
    expect(list(fine, 'DataList')).toHaveLength(5);
    expect((fine.Extend as Row).ActualStartTime).toBe(iso(day));

    let parts = 0;
    for (const os of ['Windows', 'MacOS', 'Linux', 'Android', 'iOS', 'Harmony']) parts += Number((await collect({ ...dayWindow(day), Metrics: 'Vv', TerminalType: 'web', Os: os })).Vv!.Value);
    expect(parts).toBe(daily.Vv!.Value);
    const two = await collect({ ...dayWindow(day), Metrics: 'Vv', TerminalType: 'web', Os: 'Windows#_#MacOS' });
    const windows = await collect({ ...dayWindow(day), Metrics: 'Vv', TerminalType: 'web', Os: 'Windows' });
    expect(Number(two.Vv!.Value)).toBeGreaterThan(Number(windows.Vv!.Value));
  });

  it('Period compares with the same range N days earlier', async () => {
    const day = beijingDay(5);
    const now = await collect({ ...dayWindow(day), Metrics: 'Vv,FirstFrame', TerminalType: 'mobile', Period: '2d' });
    const before = await collect({ ...dayWindow(day - 2 * DAY), Metrics: 'Vv,FirstFrame', TerminalType: 'mobile' });
    for (const metric of ['Vv', 'FirstFrame']) {
      const { Value, ValueRefer, ValueRatio } = now[metric]!;
      expect(ValueRefer).toBe(before[metric]!.Value);
      expect(ValueRatio).toBeCloseTo((Number(Value) - Number(ValueRefer)) / Number(ValueRefer), 3);
    }
    const plain = await collect({ ...dayWindow(day), Metrics: 'Vv', TerminalType: 'mobile' });
    expect(Object.keys(plain.Vv!)).toEqual(['Metric', 'Value']);
  });
});

describe('metric series', () => {
  it('Filters split the series per combination of values; Top keeps the most played; per-user metrics ignore Filters', async () => {
    const day = beijingDay(4);
    const base = { AppId: APP, ...dayWindow(day, 2), Interval: '1d', TerminalType: 'web' };
    const whole = await ok(sandbox, 'DescribeVodPlayerMetricData', { ...base, Metrics: 'Vv,StuckCount100s' });
    const codecs = JSON.stringify([{ Field: 'codec', Op: '=', Value: 'h264#_#H265' }]);
    const split = await ok(sandbox, 'DescribeVodPlayerMetricData', { ...base, Metrics: 'Vv,StuckCount100s', Filters: codecs });
    expect(split.TotalCnt).toBe(4);
    expect(list(split, 'DataList').map((row) => `${row.TimeStamp} ${row.Dimension}`)).toEqual([
      `${iso(day)} H264`, `${iso(day)} H265`, `${iso(day + DAY)} H264`, `${iso(day + DAY)} H265`,
    ]);
    expect(typeof list(split, 'DataList')[0]!.StuckCount100s).toBe('string');
    const firstDay = list(split, 'DataList').slice(0, 2);
    expect(Math.abs(sum(firstDay, 'Vv') - Number(list(whole, 'DataList')[0]!.Vv))).toBeLessThanOrEqual(1);

    const top = await ok(sandbox, 'DescribeVodPlayerMetricData', { ...base, Metrics: 'Vv', Filters: codecs, Top: '1' });
    expect(list(top, 'DataList').map((row) => row.Dimension)).toEqual(['H264', 'H264']);
    const users = await ok(sandbox, 'DescribeVodPlayerMetricData', { ...base, Metrics: 'Vv,Uv', Filters: codecs });
    expect(list(users, 'DataList').every((row) => row.Dimension === undefined)).toBe(true);

    const newer = await ok(sandbox, 'DescribeVodPlayerMetricData', {
      ...base,
      Metrics: 'Vv',
      Filters: JSON.stringify([{ Field: 'SdkVersion', Op: '>', Value: '6.8.0' }, { Field: 'Network', Op: '!=', Value: '4G#_#5G' }]),
    });
    expect([...new Set(list(newer, 'DataList').map((row) => row.Dimension))]).toEqual(['6.12.0_WIFI', '7.1.0_WIFI']);
  });

  it('pages through the points', async () => {
    const day = beijingDay(6);
    const base = { AppId: APP, ...dayWindow(day), Interval: '1h', Metrics: 'Vv', TerminalType: 'mobile', PageSize: '10' };
    const first = await ok(sandbox, 'DescribeVodPlayerMetricData', base);
    const third = await ok(sandbox, 'DescribeVodPlayerMetricData', { ...base, PageNumber: '3' });
    expect({ total: first.TotalCnt, first: list(first, 'DataList').length, third: list(third, 'DataList').length }).toEqual({ total: 24, first: 10, third: 4 });
    expect(list(third, 'DataList')[0]!.TimeStamp).toBe(iso(day + 20 * HOUR));
  });

  it('refuses what the SDK models rule out', async () => {
    const base = { AppId: APP, ...dayWindow(beijingDay(6)), Interval: '1h', Metrics: 'Vv', TerminalType: 'web' };
    const call = (action: string, params: Record<string, string>) => expectError(sandbox, action, params, 'InvalidParameter', 400);
    await call('DescribeVodPlayerMetricData', { ...base, ...dayWindow(beijingDay(10), 4), Interval: '5m' });
    await call('DescribeVodPlayerMetricData', { ...base, ...dayWindow(beijingDay(10), 8) });
    await call('DescribeVodPlayerMetricData', { ...base, ...dayWindow(beijingDay(40), 32), Interval: '1d' });
    await call('DescribeVodPlayerMetricData', { ...base, Metrics: 'Vv,Uv,RealVv,FirstFrame' });
    await call('DescribeVodPlayerMetricData', { ...base, Metrics: 'Plays' });
    await call('DescribeVodPlayerMetricData', { ...base, TerminalType: 'mobile', Os: 'Windows' });
    await call('DescribeVodPlayerMetricData', { ...base, TerminalType: 'tv' });
    await call('DescribeVodPlayerMetricData', { ...base, Filters: JSON.stringify([{ Field: 'Codec', Op: '>', Value: 'H264' }]) });
    await call('DescribeVodPlayerMetricData', { ...base, Filters: JSON.stringify([{ Field: 'Colour', Op: '=', Value: 'red' }]) });
    await call('DescribeVodPlayerMetricData', { ...base, Filters: 'codec=h264' });
    await call('DescribeVodPlayerMetricData', { ...base, PageSize: '5001' });
    await call('DescribeVodPlayerCollectData', { ...base, ...dayWindow(beijingDay(400)), Interval: '1d' });
    await call('DescribeVodPlayerCollectData', { ...base, Period: '1h' });
    await call('DescribeVodPlayerCollectData', { ...base, StartTime: base.EndTime, EndTime: base.StartTime });
    await expectError(sandbox, 'DescribeVodPlayerCollectData', { ...base, AppId: '' }, 'MissingParameter', 400);
  });
});

describe('dimension values', () => {
  it('lists the values seen, narrows Province and Isp by Region, and is empty for an app without plays', async () => {
    const os = await ok(sandbox, 'DescribeVodPlayerDimensionData', { AppId: APP, Dimension: 'Os' });
    expect(os.DataList).toEqual(['Android', 'iOS', 'Harmony', 'Windows', 'MacOS', 'Linux']);
    const cn = await ok(sandbox, 'DescribeVodPlayerDimensionData', { AppId: APP, Dimension: 'Isp', Region: 'CN', ...dayWindow(beijingDay(3)) });
    expect(cn.DataList).toEqual(['China Telecom', 'China Unicom', 'China Mobile']);
    const all = await ok(sandbox, 'DescribeVodPlayerDimensionData', { AppId: APP, Dimension: 'Isp' });
    expect((all.DataList as string[]).length).toBeGreaterThan(3);
    const domains = await ok(sandbox, 'DescribeVodPlayerDimensionData', { AppId: APP, Dimension: 'Domain' });
    expect(domains.DataList).toContain('video.example.com');

    const { AppId } = await ok(sandbox, 'CreateAppInfo', { AppName: 'player-stats-empty' });
    const empty = await ok(sandbox, 'DescribeVodPlayerDimensionData', { AppId: String(AppId), Dimension: 'Codec' });
    expect(empty.DataList).toEqual([]);
    const none = await collect({ AppId: String(AppId), ...dayWindow(beijingDay(3)), Metrics: 'Vv,FirstFrame', TerminalType: 'web' });
    expect({ vv: none.Vv!.Value, firstFrame: none.FirstFrame!.Value }).toEqual({ vv: 0, firstFrame: 0 });
    await expectError(sandbox, 'DescribeVodPlayerDimensionData', { AppId: APP, Dimension: 'Colour' }, 'InvalidParameter', 400);
    await expectError(sandbox, 'DescribeVodPlayerDimensionData', { AppId: APP, Dimension: 'Os', StartTime: iso(beijingDay(3)) }, 'InvalidParameter', 400);
  });
});

describe('per-media play data', () => {
  it('filters, sorts and pages one day', async () => {
    const day = compact(beijingDay(3));
    const all = await ok(sandbox, 'DescribeVodMediaPlayData', { PageNo: '1', PageSize: '100', PlayDate: day });
    const rows = list(all, 'QoeInfoList');
    expect(rows.map((row) => row.PlaySuccessVv)).toEqual([...rows.map((row) => row.PlaySuccessVv)].sort((a, b) => Number(b) - Number(a)));
    const asc = await ok(sandbox, 'DescribeVodMediaPlayData', { PageNo: '1', PageSize: '100', PlayDate: day, OrderName: 'PlayDuration', OrderType: 'ASC' });
    const durations = list(asc, 'QoeInfoList').map((row) => Number(row.PlayDuration));
    expect(durations).toEqual([...durations].sort((a, b) => a - b));
    const page = await ok(sandbox, 'DescribeVodMediaPlayData', { PageNo: '2', PageSize: '1', PlayDate: day });
    expect(list(page, 'QoeInfoList')).toEqual([rows[1]]);

    const one = rows[0]!;
    const native = await ok(sandbox, 'DescribeVodMediaPlayData', { PageNo: '1', PageSize: '10', PlayDate: day, MediaId: String(one.MediaId), TerminalType: 'Native' });
    const web = await ok(sandbox, 'DescribeVodMediaPlayData', { PageNo: '1', PageSize: '10', PlayDate: day, MediaId: String(one.MediaId), TerminalType: 'Web' });
    expect(sum(native.QoeInfoList, 'PlaySuccessVv') + sum(web.QoeInfoList, 'PlaySuccessVv')).toBe(one.PlaySuccessVv);
    const mac = await ok(sandbox, 'DescribeVodMediaPlayData', { PageNo: '1', PageSize: '100', PlayDate: day, Os: 'macOS', TerminalType: 'Native' });
    expect(mac.TotalCount).toBe(0);
    const elsewhere = await ok(sandbox, 'DescribeVodMediaPlayData', { PageNo: '1', PageSize: '100', PlayDate: day, Region: 'eu-central-1' });
    expect(elsewhere.QoeInfoList).toEqual([]);

    const call = (params: Record<string, string>) => expectError(sandbox, 'DescribeVodMediaPlayData', { PageNo: '1', PageSize: '10', ...params }, 'InvalidParameter', 400);
    await call({ PageSize: '101' });
    await call({ OrderName: 'PlayDuration' });
    await call({ PlayDate: ymd(beijingDay(3)) });
    await call({ PlayDate: compact(beijingDay(31)) });
    await call({ PlayDate: compact(beijingDay(-1)) });
    await call({ Os: 'MacOS' });
    await expectError(sandbox, 'DescribeVodMediaPlayData', { PageNo: '1' }, 'MissingParameter', 400);
  });
});

describe('over the sandbox clock', () => {
  it('a day’s per-media data and export appear at 09:00 Beijing time the next day', async () => {
    const today = beijingDay(0);
    const before = await ok(sandbox, 'DescribeVodMediaPlayData', { PageNo: '1', PageSize: '10', PlayDate: compact(today) });
    expect(before.TotalCount).toBe(0);
    const pending = await ok(sandbox, 'GetDailyPlayRegionStatis', { Date: ymd(today), MediaRegion: 'cn-shanghai' });
    expect({ list: pending.DailyPlayRegionStatisList, empty: pending.EmptyDates }).toEqual({ list: [], empty: [ymd(today)] });

    sandbox.advance((today + DAY + 9 * HOUR + 60_000 - sandbox.clock.now()) / 1000);
    const after = await ok(sandbox, 'DescribeVodMediaPlayData', { PageNo: '1', PageSize: '10', PlayDate: compact(today) });
    expect(Number(after.TotalCount)).toBeGreaterThan(0);
    // Without PlayDate: the latest day that is out, now the one just completed.
    const latest = await ok(sandbox, 'DescribeVodMediaPlayData', { PageNo: '1', PageSize: '10' });
    expect(latest.QoeInfoList).toEqual(after.QoeInfoList);
    const ready = await ok(sandbox, 'GetDailyPlayRegionStatis', { Date: ymd(today), MediaRegion: 'cn-shanghai' });
    const [file] = list(ready, 'DailyPlayRegionStatisList');
    expect(file!.Date).toBe(ymd(today));
    expect(String(file!.FileUrl)).toMatch(new RegExp(`^https://.+/dataexport/play/cn_shanghai_${compact(today)}_video_traffic\\.csv\\?Expires=\\d+&`));
    expect(ready.EmptyDates).toEqual([]);

    const elsewhere = await ok(sandbox, 'GetDailyPlayRegionStatis', { Date: ymd(today), MediaRegion: 'eu-central-1' });
    expect(elsewhere.EmptyDates).toEqual([ymd(today)]);
    const call = (params: Record<string, string>) => expectError(sandbox, 'GetDailyPlayRegionStatis', params, 'InvalidParameter', 400);
    await call({ Date: compact(today), MediaRegion: 'cn-shanghai' });
    await call({ Date: ymd(beijingDay(-2)), MediaRegion: 'cn-shanghai' });
    await call({ Date: ymd(beijingDay(400)), MediaRegion: 'cn-shanghai' });
    await call({ Date: ymd(today), MediaRegion: 'us-west-1' });
  });
});
