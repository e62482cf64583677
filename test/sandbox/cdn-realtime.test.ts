import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { callSandbox, ok } from '../helpers/signed-request.js';

// The real-time CDN data (issue 13) over HTTP: one deterministic traffic model behind bandwidth, traffic, QPS, status
// codes, hit ratios and the region/ISP breakdowns, the SDK's granularity and history rules, and the domain's
// lifecycle on the sandbox clock.

const DEMO = 'video.example.com';
const NEW = 'rt.example.com';
const MIN = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;
type Row = Record<string, unknown>;

let sandbox: Sandbox;
/** A whole hour two hours back: every window below is in the past, so answers do not move with the wall clock. */
let anchor: number;
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const span = (from: number, to: number) => ({ StartTime: iso(from), EndTime: iso(to) });
const run = (action: string, params: Record<string, string>) => ok(sandbox, action, params);
async function fails(action: string, params: Record<string, string>, code: string, status: number) {
  const answer = await callSandbox(sandbox, action, params);
  expect(answer.body.Code, answer.text).toBe(code);
  expect(answer.status).toBe(status);
}
const rows = async (action: string, params: Record<string, string>) => (await run(action, params)).Data as Row[];
const numbers = (list: Row[], field: string) => list.map((row) => Number(row[field]));
const sumOf = (values: number[]) => values.reduce((sum, value) => sum + value, 0);

beforeAll(async () => {
  sandbox = await startSandbox({ enforceQps: false });
  anchor = Math.floor(sandbox.clock.now() / HOUR) * HOUR - 2 * HOUR;
});
afterAll(async () => {
  await sandbox.close();
});

describe('real-time series', () => {
  it('answers 1-minute points for an hour, averaging back to the 5-minute bandwidth of DescribeVodDomainBpsData', async () => {
    const window = span(anchor, anchor + HOUR);
    const minutes = await rows('DescribeVodDomainRealTimeBpsData', { DomainName: DEMO, ...window });
    expect(minutes).toHaveLength(60);
    expect(minutes[0]).toMatchObject({ TimeStamp: iso(anchor) });
    expect(Date.parse(minutes[1]!.TimeStamp as string) - Date.parse(minutes[0]!.TimeStamp as string)).toBe(MIN);
    const bps = numbers(minutes, 'Bps');
    expect(Math.min(...bps)).toBeGreaterThan(0);
    const fiveMinute = (await run('DescribeVodDomainBpsData', { DomainName: DEMO, ...window, Interval: '300' })).BpsDataPerInterval as Row[];
    expect(fiveMinute).toHaveLength(12);
    fiveMinute.forEach((point, i) => expect(Math.abs(sumOf(bps.slice(i * 5, i * 5 + 5)) / 5 - Number(point.Value))).toBeLessThanOrEqual(1));
    // Minutes within a bucket differ: the series is not the 5-minute one repeated.
    expect(new Set(bps.slice(0, 5)).size).toBeGreaterThan(1);
    expect(await rows('DescribeVodDomainRealTimeBpsData', { DomainName: DEMO, ...window })).toEqual(minutes);
  });

  it('traffic is bandwidth x interval / 8, and a 2-hour span turns to 5-minute points that sum the minutes', async () => {
    const window = span(anchor, anchor + HOUR);
    const bps = numbers(await rows('DescribeVodDomainRealTimeBpsData', { DomainName: DEMO, ...window }), 'Bps');
    const traffic = await run('DescribeVodDomainRealTimeTrafficData', { DomainName: DEMO, ...window });
    expect(traffic).toMatchObject({ DomainName: DEMO, DataInterval: '60', StartTime: iso(anchor), EndTime: iso(anchor + HOUR) });
    const bytes = numbers(traffic.RealTimeTrafficDataPerInterval as Row[], 'Value');
    bytes.forEach((value, i) => expect(Math.abs(value - (bps[i]! * 60) / 8)).toBeLessThanOrEqual(8));
    const wide = await run('DescribeVodDomainRealTimeTrafficData', { DomainName: DEMO, ...span(anchor, anchor + 2 * HOUR) });
    expect(wide.DataInterval).toBe('300');
    const buckets = numbers(wide.RealTimeTrafficDataPerInterval as Row[], 'Value');
    expect(buckets).toHaveLength(24);
    buckets.slice(0, 12).forEach((value, i) => expect(Math.abs(value - sumOf(bytes.slice(i * 5, i * 5 + 5)))).toBeLessThanOrEqual(3));
  });

  it('QPS x 60 is the status-code count of the minute, and the proportions are percentages', async () => {
    const window = span(anchor, anchor + 30 * MIN);
    const qps = numbers(await rows('DescribeVodDomainRealTimeQpsData', { DomainName: DEMO, ...window }), 'Qps');
    const codes = await run('DescribeVodDomainRealTimeHttpCodeData', { DomainName: DEMO, ...window });
    expect(codes.DataInterval).toBe('60');
    const points = codes.RealTimeHttpCodeData as { TimeStamp: string; Value: Row[] }[];
    expect(points).toHaveLength(30);
    points.forEach((point, i) => {
      expect(point.Value.map((entry) => entry.Code)).toContain('200');
      expect(Math.abs(sumOf(numbers(point.Value, 'Count')) - qps[i]! * 60)).toBeLessThanOrEqual(4);
      expect(sumOf(numbers(point.Value, 'Proportion'))).toBeCloseTo(100, 6);
    });
    const ok200 = points[0]!.Value.find((entry) => entry.Code === '200')!;
    expect(Number(ok200.Proportion)).toBeGreaterThan(80);
  });

  it('hit ratios are 0-1, requests below bytes', async () => {
    const window = span(anchor, anchor + 20 * MIN);
    const bytes = numbers(await rows('DescribeVodDomainRealTimeByteHitRateData', { DomainName: DEMO, ...window }), 'ByteHitRate');
    const requests = numbers(await rows('DescribeVodDomainRealTimeReqHitRateData', { DomainName: DEMO, ...window }), 'ReqHitRate');
    expect(bytes).toHaveLength(20);
    bytes.forEach((value, i) => {
      expect(value).toBeGreaterThan(0.8);
      expect(value).toBeLessThan(1);
      expect(requests[i]).toBeGreaterThan(0.7);
      expect(requests[i]).toBeLessThan(value);
    });
  });

  it('an ISP or region filter keeps a part of the traffic, the same part as the 5-minute series', async () => {
    const window = span(anchor, anchor + HOUR);
    const all = numbers(await rows('DescribeVodDomainRealTimeBpsData', { DomainName: DEMO, ...window }), 'Bps');
    const telecom = numbers(await rows('DescribeVodDomainRealTimeBpsData', { DomainName: DEMO, ...window, IspNameEn: 'telecom' }), 'Bps');
    telecom.forEach((value, i) => expect(value).toBeLessThan(all[i]!));
    const fiveMinute = (await run('DescribeVodDomainBpsData', { DomainName: DEMO, ...window, Interval: '300', IspNameEn: 'telecom' })).BpsDataPerInterval as Row[];
    expect(Math.abs(sumOf(telecom.slice(0, 5)) / 5 - Number(fiveMinute[0]!.Value))).toBeLessThanOrEqual(1);
  });

  it('answers the last hour by default, and a domain added later only from its first bucket', async () => {
    const points = await rows('DescribeVodDomainRealTimeQpsData', { DomainName: DEMO });
    expect(points).toHaveLength(60);
    expect(Date.parse(points[59]!.TimeStamp as string)).toBeLessThanOrEqual(sandbox.clock.now());
    // The demo domain was added 30 days before the sandbox started: nothing before that.
    const before = await rows('DescribeVodDomainRealTimeBpsData', { DomainName: DEMO, ...span(anchor - 40 * DAY, anchor - 37 * DAY) });
    expect(before).toHaveLength(72);
    expect(numbers(before, 'Bps').every((value) => value === 0)).toBe(true);
  });
});

describe('granularity and history (SDK operation descriptions)', () => {
  it('60 s up to 1 hour, 300 s under 3 days, 3600 s under 31 days, refused from 31 days', async () => {
    const interval = async (from: number, to: number) => (await run('DescribeVodDomainRealTimeTrafficData', { DomainName: DEMO, ...span(from, to) })).DataInterval;
    expect(await interval(anchor, anchor + HOUR)).toBe('60');
    expect(await interval(anchor - MIN, anchor + HOUR)).toBe('300');
    expect(await interval(anchor - 3 * DAY + MIN, anchor)).toBe('300');
    expect(await interval(anchor - 3 * DAY, anchor)).toBe('3600');
    expect(await interval(anchor - 31 * DAY + MIN, anchor)).toBe('3600');
    await fails('DescribeVodDomainRealTimeTrafficData', { DomainName: DEMO, ...span(anchor - 31 * DAY, anchor) }, 'InvalidStartTime.ValueNotSupported', 400);
  });

  it('1-minute data reaches back 7 days, 5-minute data 93 days', async () => {
    await fails('DescribeVodDomainRealTimeBpsData', { DomainName: DEMO, ...span(anchor - 8 * DAY, anchor - 8 * DAY + HOUR) }, 'InvalidStartTime.ValueNotSupported', 400);
    expect((await rows('DescribeVodDomainRealTimeBpsData', { DomainName: DEMO, ...span(anchor - 6 * DAY, anchor - 6 * DAY + HOUR) })).length).toBe(60);
    await fails('DescribeVodDomainRealTimeQpsData', { DomainName: DEMO, ...span(anchor - 94 * DAY, anchor - 93 * DAY) }, 'InvalidStartTime.ValueNotSupported', 400);
    expect((await rows('DescribeVodDomainRealTimeQpsData', { DomainName: DEMO, ...span(anchor - 92 * DAY, anchor - 91 * DAY) })).length).toBe(288);
  });

  it('refuses what the family refuses', async () => {
    await fails('DescribeVodDomainRealTimeBpsData', {}, 'MissingParameter', 400);
    await fails('DescribeVodDomainRealTimeBpsData', { DomainName: DEMO, StartTime: iso(anchor) }, 'MissingParameter', 400);
    await fails('DescribeVodDomainRealTimeBpsData', { DomainName: DEMO, ...span(anchor, anchor) }, 'InvalidEndTime.Mismatch', 400);
    await fails('DescribeVodDomainRealTimeTrafficData', { DomainName: DEMO, StartTime: '2026-13-01T00:00:00Z', EndTime: iso(anchor) }, 'InvalidStartTime.Malformed', 400);
    await fails('DescribeVodDomainRealTimeTrafficData', { DomainName: DEMO, StartTime: iso(anchor), EndTime: 'soon' }, 'InvalidEndTime.Malformed', 400);
    await fails('DescribeVodDomainRealTimeHttpCodeData', { DomainName: `${DEMO},missing.example.com` }, 'InvalidDomain.NotFound', 404);
    const many = Array.from({ length: 101 }, (_, i) => `d${i}.example.com`).join(',');
    await fails('DescribeVodDomainRealTimeByteHitRateData', { DomainName: many }, 'InvalidParameter', 400);
  });
});

describe('detail by region and ISP', () => {
  const detail = async (params: Record<string, string>) => JSON.parse((await run('DescribeVodDomainRealTimeDetailData', params)).Data as string) as Row[];

  it('one row per minute, region and ISP that add up to the merged bandwidth', async () => {
    // At the model's daily peak (14:00 Beijing, 06:00 UTC, the latest one at least an hour ago): at night a small
    // region/ISP cell can have too few requests in a minute for any status code to round above zero.
    const peak = Math.floor((sandbox.clock.now() - HOUR - 6 * HOUR) / DAY) * DAY + 6 * HOUR;
    const window = span(peak, peak + 10 * MIN);
    const list = await detail({ DomainName: DEMO, Field: 'qps,bps,http_code', ...window });
    const first = list.filter((row) => row.time_stp === iso(peak));
    expect(first.length).toBe(18);
    expect(new Set(list.map((row) => row.time_stp)).size).toBe(10);
    expect(first[0]).toMatchObject({ domain_name: DEMO, location: expect.any(String), isp: expect.any(String), qps: expect.any(Number), bps: expect.any(Number) });
    expect(Object.keys(first[0]!.http_code as Row)).toContain('200');
    const bps = numbers(await rows('DescribeVodDomainRealTimeBpsData', { DomainName: DEMO, ...window }), 'Bps');
    expect(Math.abs(sumOf(numbers(first, 'bps')) - bps[0]!)).toBeLessThanOrEqual(18);
  });

  it('Field picks the figures; MergeLocIsp and Merge drop the region/ISP and domain columns; filters match the series', async () => {
    const window = span(anchor, anchor + 5 * MIN);
    const qpsOnly = await detail({ DomainName: DEMO, Field: 'qps', ...window });
    expect(qpsOnly.every((row) => 'qps' in row && !('bps' in row) && !('http_code' in row))).toBe(true);
    const merged = await detail({ DomainName: DEMO, Field: 'bps', ...window, MergeLocIsp: 'true', IspNameEn: 'telecom' });
    expect(merged).toHaveLength(5);
    expect(merged[0]).not.toHaveProperty('location');
    const telecom = numbers(await rows('DescribeVodDomainRealTimeBpsData', { DomainName: DEMO, ...window, IspNameEn: 'telecom' }), 'Bps');
    merged.forEach((row, i) => expect(Math.abs(Number(row.bps) - telecom[i]!)).toBeLessThanOrEqual(1));
    const all = await detail({ DomainName: DEMO, Field: 'bps', ...window, Merge: 'true', MergeLocIsp: 'true' });
    expect(all[0]).not.toHaveProperty('domain_name');
    expect(Object.keys(all[0]!).sort()).toEqual(['bps', 'time_stp']);
  });

  it('at most 10 minutes within 7 days; Field and flags checked', async () => {
    await fails('DescribeVodDomainRealTimeDetailData', { DomainName: DEMO, Field: 'bps', ...span(anchor, anchor + 11 * MIN) }, 'InvalidStartTime.ValueNotSupported', 400);
    await fails('DescribeVodDomainRealTimeDetailData', { DomainName: DEMO, Field: 'bps', ...span(anchor - 8 * DAY, anchor - 8 * DAY + MIN) }, 'InvalidStartTime.ValueNotSupported', 400);
    await fails('DescribeVodDomainRealTimeDetailData', { DomainName: DEMO, Field: 'pv', ...span(anchor, anchor + MIN) }, 'InvalidParameter', 400);
    await fails('DescribeVodDomainRealTimeDetailData', { DomainName: DEMO, ...span(anchor, anchor + MIN) }, 'MissingParameter', 400);
    await fails('DescribeVodDomainRealTimeDetailData', { DomainName: DEMO, Field: 'bps', StartTime: iso(anchor) }, 'MissingParameter', 400);
    await fails('DescribeVodDomainRealTimeDetailData', { DomainName: DEMO, Field: 'bps', Merge: 'yes', ...span(anchor, anchor + MIN) }, 'InvalidParameter', 400);
  });
});

describe('range data by region and ISP', () => {
  it('5-minute points keyed by unix time, the asked regions split over ISPs, adding up to the filtered series', async () => {
    const answer = await run('DescribeVodRangeDataByLocateAndIspService', { DomainName: DEMO, ...span(anchor, anchor + HOUR), LocationNameEn: 'shanghai,beijing' });
    const result = JSON.parse(answer.JsonResult as string) as Record<string, Record<string, Record<string, Row>>>;
    expect(Object.keys(result)).toHaveLength(12);
    expect(Object.keys(result)[0]).toBe(String(anchor / 1000));
    const first = result[String(anchor / 1000)]!;
    expect(Object.keys(first).sort()).toEqual(['beijing', 'shanghai']);
    expect(Object.keys(first.shanghai!).sort()).toEqual(['mobile', 'telecom', 'unicom']);
    const cell = first.shanghai!.telecom!;
    expect(cell).toMatchObject({ http_codes: expect.any(Object), rt: expect.any(Number), pv: expect.any(Number) });
    expect(cell.avg_speed).toBe(Math.round(Number(cell.bandwidth) / Number(cell.pv)));
    expect(Number(cell.hit_rate)).toBeGreaterThan(Number(cell.request_hit_rate));
    const series = numbers(await rows('DescribeVodDomainRealTimeBpsData', { DomainName: DEMO, ...span(anchor, anchor + 2 * HOUR), LocationNameEn: 'shanghai' }), 'Bps');
    expect(Math.abs(sumOf(Object.values(first.shanghai!).map((isp) => Number(isp.bandwidth))) - series[0]!)).toBeLessThanOrEqual(3);
    const oneIsp = JSON.parse((await run('DescribeVodRangeDataByLocateAndIspService', { DomainName: DEMO, ...span(anchor, anchor + 5 * MIN), IspNameEn: 'unicom' })).JsonResult as string) as Record<string, Record<string, Row>>;
    const regions = Object.values(oneIsp)[0]!;
    expect(Object.keys(regions).length).toBe(6);
    expect(Object.values(regions).every((isps) => Object.keys(isps).join() === 'unicom')).toBe(true);
  });

  it('one domain, one ISP, at most 1 hour within 93 days', async () => {
    const hour = span(anchor, anchor + HOUR);
    await fails('DescribeVodRangeDataByLocateAndIspService', { DomainName: DEMO, ...span(anchor, anchor + HOUR + MIN) }, 'InvalidStartTime.ValueNotSupported', 400);
    await fails('DescribeVodRangeDataByLocateAndIspService', { DomainName: DEMO, ...span(anchor - 94 * DAY, anchor - 94 * DAY + HOUR) }, 'InvalidStartTime.ValueNotSupported', 400);
    await fails('DescribeVodRangeDataByLocateAndIspService', { DomainName: DEMO, ...hour, IspNameEn: 'telecom,unicom' }, 'InvalidParameter', 400);
    await fails('DescribeVodRangeDataByLocateAndIspService', { DomainName: DEMO }, 'MissingParameter', 400);
    await fails('DescribeVodRangeDataByLocateAndIspService', { DomainName: `${DEMO},other.example.com`, ...hour }, 'InvalidParameter', 400);
    await fails('DescribeVodRangeDataByLocateAndIspService', { DomainName: 'missing.example.com', ...hour }, 'InvalidDomain.NotFound', 404);
  });
});

describe('the wire shape', () => {
  it('wraps the lists where the models do', async () => {
    const codes = await callSandbox(sandbox, 'DescribeVodDomainRealTimeHttpCodeData', { DomainName: DEMO, ...span(anchor, anchor + 2 * MIN) });
    const usage = (codes.body.RealTimeHttpCodeData as { UsageData: { Value: { RealTimeCodeProportionData: Row[] } }[] }).UsageData;
    expect(usage).toHaveLength(2);
    expect(usage[0]!.Value.RealTimeCodeProportionData[0]).toMatchObject({ Code: '200', Count: expect.any(String), Proportion: expect.any(String) });
    const bps = await callSandbox(sandbox, 'DescribeVodDomainRealTimeBpsData', { DomainName: DEMO, ...span(anchor, anchor + 2 * MIN) });
    expect((bps.body.Data as { BpsModel: Row[] }).BpsModel[0]).toMatchObject({ Bps: expect.any(Number), TimeStamp: iso(anchor) });
    const vips = await callSandbox(sandbox, 'DescribeVodUserVipsByDomain', { DomainName: DEMO });
    expect((vips.body.Vips as { Vip: string[] }).Vip.length).toBeGreaterThanOrEqual(4);
  });
});

describe('a domain’s life on the sandbox clock', () => {
  it('has data from its first bucket, none after it stops; its healthy VIPs go with it', async () => {
    const addedAt = sandbox.clock.now();
    await run('AddVodDomain', { DomainName: NEW, Sources: JSON.stringify([{ content: '203.0.113.10', type: 'ipaddr', priority: '20', port: 80 }]) });
    sandbox.advance(61);
    const healthy = (await run('DescribeVodUserVipsByDomain', { DomainName: NEW, Available: 'on' })).Vips as string[];
    const all = (await run('DescribeVodUserVipsByDomain', { DomainName: NEW, Available: 'off' })).Vips as string[];
    expect(healthy.length).toBeGreaterThan(0);
    expect(all).toEqual(expect.arrayContaining(healthy));
    expect(all.every((ip) => /^(203\.0\.113|198\.51\.100)\.\d+$/.test(ip))).toBe(true);
    expect((await run('DescribeVodUserVipsByDomain', { DomainName: NEW })).Vips).toEqual(all);
    sandbox.advance(30 * 60);
    const firstBucket = Math.floor(addedAt / 300_000) * 300_000;
    const window = span(firstBucket - 10 * MIN, firstBucket + 20 * MIN);
    const live = await rows('DescribeVodDomainRealTimeBpsData', { DomainName: NEW, ...window });
    expect(live).toHaveLength(30);
    expect(numbers(live.slice(0, 10), 'Bps').every((value) => value === 0)).toBe(true);
    expect(numbers(live.slice(10), 'Bps').every((value) => value > 0)).toBe(true);

    await run('BatchStopVodDomain', { DomainNames: NEW });
    const stoppedAt = sandbox.clock.now();
    sandbox.advance(20 * 60);
    const nextBucket = Math.ceil((stoppedAt + 1) / 300_000) * 300_000;
    const traffic = (await run('DescribeVodDomainRealTimeTrafficData', { DomainName: NEW, ...span(nextBucket, nextBucket + 10 * MIN) })).RealTimeTrafficDataPerInterval as Row[];
    expect(traffic).toHaveLength(10);
    expect(numbers(traffic, 'Value').every((value) => value === 0)).toBe(true);
    expect((await run('DescribeVodUserVipsByDomain', { DomainName: NEW, Available: 'on' })).Vips).toEqual([]);
    expect((await run('DescribeVodUserVipsByDomain', { DomainName: NEW, Available: 'off' })).Vips).toEqual(all);
    await fails('DescribeVodUserVipsByDomain', { DomainName: NEW, Available: 'maybe' }, 'InvalidParameter', 400);
    await fails('DescribeVodUserVipsByDomain', { DomainName: 'missing.example.com' }, 'InvalidDomain.NotFound', 404);
  });
});
