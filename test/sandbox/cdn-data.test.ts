import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { callSandbox, expectError, ok } from '../helpers/signed-request.js';
import { TEST_CERT, TEST_KEY } from '../helpers/test-certificate.js';

// The newer CDN data actions (issue 13) against the real sandbox over HTTP: their figures derive from the same
// traffic model as DescribeVodDomainBpsData/TrafficData and must agree with them; the SSL certificate actions share
// the state of SetVodDomainCertificate.

const DEMO = 'video.example.com';
const SSL_DOMAIN = 'ssl.example.com';
const IP_SOURCE = JSON.stringify([{ content: '203.0.113.10', type: 'ipaddr', priority: '20', port: 80 }]);
const DAY = 86_400_000;

type Row = Record<string, unknown>;
let sandbox: Sandbox;
const run = (action: string, params: Record<string, string> = {}) => ok(sandbox, action, params);
const fails = (action: string, params: Record<string, string>, code: string, status: number) => expectError(sandbox, action, params, code, status);
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const isoAgo = (ms: number) => iso(sandbox.clock.now() - ms);
const rows = (answer: Row, field: string) => answer[field] as Row[];
const num = (row: Row, field: string) => Number(row[field]);

beforeAll(async () => {
  sandbox = await startSandbox({ enforceQps: false });
});
afterAll(async () => {
  await sandbox.close();
});

describe('origin traffic and hit rates agree with the bandwidth series', () => {
  const range = () => ({ DomainName: DEMO, StartTime: isoAgo(DAY + 3_600_000), EndTime: isoAgo(3_600_000) });

  it('origin bandwidth is the edge bandwidth times the byte miss ratio, point by point', async () => {
    const window = range();
    const edge = rows(await run('DescribeVodDomainBpsData', window), 'BpsDataPerInterval');
    const src = await run('DescribeVodDomainSrcBpsData', window);
    const hit = rows(await run('DescribeVodDomainHitRateData', window), 'HitRateInterval');
    const points = rows(src, 'SrcBpsDataPerInterval');
    expect(src).toMatchObject({ DomainName: DEMO, DataInterval: '300', StartTime: window.StartTime, EndTime: window.EndTime });
    expect(points.length).toBe(edge.length);
    expect(points.length).toBeGreaterThanOrEqual(288);
    points.forEach((point, index) => {
      expect(point.TimeStamp).toBe(edge[index]!.TimeStamp);
      expect(hit[index]!.TimeStamp).toBe(edge[index]!.TimeStamp);
      const total = num(edge[index]!, 'Value');
      expect(num(point, 'Value')).toBeGreaterThan(0);
      expect(num(point, 'Value')).toBeLessThan(total * 0.2);
      // Hit ratio = 1 - origin/edge, in percent with two decimals (rounding of both texts allowed for).
      expect(Math.abs(num(hit[index]!, 'Value') - 100 * (1 - num(point, 'Value') / total))).toBeLessThan(0.05);
      expect(num(hit[index]!, 'Value')).toBeGreaterThan(80);
      expect(num(hit[index]!, 'Value')).toBeLessThanOrEqual(100);
      // The demo domain serves HTTPS: its origin HTTPS part is the same share of the origin total.
      expect(Math.abs(num(point, 'HttpsValue') - num(point, 'Value') * 0.35)).toBeLessThanOrEqual(1);
    });
  });

  it('origin traffic is origin bandwidth times the interval, and the total sums it', async () => {
    const window = { ...range(), Interval: '3600' };
    const bps = rows(await run('DescribeVodDomainSrcBpsData', window), 'SrcBpsDataPerInterval');
    const traffic = await run('DescribeVodDomainSrcTrafficData', window);
    const points = rows(traffic, 'SrcTrafficDataPerInterval');
    expect(traffic.DataInterval).toBe('3600');
    expect(points.length).toBe(bps.length);
    points.forEach((point, index) => expect(Math.abs(num(point, 'Value') - (num(bps[index]!, 'Value') * 3600) / 8)).toBeLessThanOrEqual(3600 / 8));
    expect(Number(traffic.TotalTraffic)).toBe(points.reduce((sum, point) => sum + num(point, 'Value'), 0));
    const edge = await run('DescribeVodDomainTrafficData', window);
    expect(Number(traffic.TotalTraffic)).toBeLessThan(Number(edge.TotalTraffic) * 0.2);
  });

  it('request hit ratios are percentages a little above the byte hit ratios', async () => {
    const window = range();
    const bytes = rows(await run('DescribeVodDomainHitRateData', window), 'HitRateInterval');
    const requests = rows(await run('DescribeVodDomainReqHitRateData', window), 'Data');
    expect(requests.length).toBe(bytes.length);
    requests.forEach((point, index) => {
      expect(num(point, 'Value')).toBeGreaterThan(num(bytes[index]!, 'Value'));
      expect(num(point, 'Value')).toBeLessThanOrEqual(100);
      expect(num(point, 'HttpsValue')).toBeGreaterThan(0);
    });
  });

  it('answers the same figures twice and merges all domains when none is named', async () => {
    const window = range();
    const first = await run('DescribeVodDomainHitRateData', window);
    expect(await run('DescribeVodDomainHitRateData', window)).toEqual({ ...first, RequestId: expect.any(String) });
    const { DomainName: _unused, ...all } = window;
    expect((await run('DescribeVodDomainSrcBpsData', all)).DomainName).toContain(DEMO);
  });

  it('keeps each action to its own span limit', async () => {
    await fails('DescribeVodDomainHitRateData', { StartTime: isoAgo(91 * DAY), EndTime: isoAgo(0) }, 'InvalidStartTime.ValueNotSupported', 400);
    await fails('DescribeVodDomainReqHitRateData', { StartTime: isoAgo(91 * DAY), EndTime: isoAgo(0) }, 'InvalidStartTime.ValueNotSupported', 400);
    await fails('DescribeVodDomainBpsDataByLayer', { StartTime: isoAgo(91 * DAY), EndTime: isoAgo(0) }, 'InvalidStartTime.ValueNotSupported', 400);
    const long = { StartTime: isoAgo(200 * DAY), EndTime: isoAgo(0), Interval: '300' };
    for (const action of ['DescribeVodDomainSrcBpsData', 'DescribeVodDomainSrcTrafficData', 'DescribeVodDomainQpsData']) {
      expect((await run(action, long)).DataInterval, action).toBe('86400');
      await fails(action, { StartTime: isoAgo(367 * DAY), EndTime: isoAgo(0) }, 'InvalidStartTime.ValueNotSupported', 400);
    }
    // The borrowed error rows carry the service's messages, not the bare code.
    const answer = await callSandbox(sandbox, 'DescribeVodDomainHitRateData', { StartTime: isoAgo(0), EndTime: isoAgo(3_600_000) });
    expect(answer.body).toMatchObject({ Code: 'InvalidEndTime.Mismatch', Message: 'Specified EndTime does not math the specified StartTime.' });
    await fails('DescribeVodDomainSrcBpsData', { StartTime: isoAgo(3_600_000) }, 'MissingParameter', 400);
    await fails('DescribeVodDomainQpsData', { StartTime: 'yesterday', EndTime: isoAgo(0) }, 'InvalidStartTime.Malformed', 400);
    await fails('DescribeVodDomainSrcTrafficData', { DomainName: 'missing.example.com' }, 'InvalidDomain.NotFound', 404);
    const many = Array.from({ length: 501 }, (_, i) => `d${i}.example.com`).join(',');
    await fails('DescribeVodDomainHitRateData', { DomainName: many }, 'InvalidParameter', 400);
  });
});

describe('QPS and bandwidth by protocol layer', () => {
  const range = () => ({ DomainName: DEMO, StartTime: isoAgo(6 * 3_600_000), EndTime: isoAgo(3_600_000) });

  it('splits bandwidth by layer: all equals the bandwidth series, the layers add up to it', async () => {
    const window = range();
    const edge = rows(await run('DescribeVodDomainBpsData', window), 'BpsDataPerInterval');
    const layer = async (name?: string) => rows(await run('DescribeVodDomainBpsDataByLayer', name ? { ...window, Layer: name } : window), 'BpsDataInterval');
    const [all, byDefault, ipv4, ipv6, http, https, quic] = await Promise.all([layer('all'), layer(), layer('IPv4'), layer('IPv6'), layer('http'), layer('https'), layer('quic')]);
    expect(byDefault).toEqual(all);
    expect(all.length).toBe(edge.length);
    all.forEach((point, index) => {
      expect(point.Value).toBe(num(edge[index]!, 'Value'));
      expect(point.TrafficValue).toBe(Math.round((num(edge[index]!, 'Value') * 300) / 8));
      expect(Math.abs(num(ipv4[index]!, 'Value') + num(ipv6[index]!, 'Value') - num(point, 'Value'))).toBeLessThanOrEqual(1);
      expect(num(ipv6[index]!, 'Value')).toBeGreaterThan(0);
      expect(Math.abs(num(https[index]!, 'Value') - num(edge[index]!, 'HttpsValue'))).toBeLessThanOrEqual(1);
      expect(Math.abs(num(http[index]!, 'Value') + num(https[index]!, 'Value') - num(point, 'Value'))).toBeLessThanOrEqual(1);
      expect(quic[index]!.Value).toBe(0);
    });
    expect((await run('DescribeVodDomainBpsDataByLayer', { ...window, Layer: 'ipv6' })).BpsDataInterval).toEqual(ipv6);
    const answer = await fails('DescribeVodDomainBpsDataByLayer', { ...window, Layer: 'tcp' }, 'InvalidParameter', 400);
    expect(answer.Message).toContain('IPv4');
  });

  it('derives QPS and request counts from the traffic, split domestic/overseas and HTTPS', async () => {
    const window = { ...range(), Interval: '3600' };
    const answer = await run('DescribeVodDomainQpsData', window);
    const points = rows(answer, 'QpsDataInterval');
    expect(answer).toMatchObject({ DomainName: DEMO, DataInterval: '3600' });
    expect(points.length).toBeGreaterThanOrEqual(5);
    for (const point of points) {
      expect(num(point, 'Value')).toBeGreaterThan(0);
      expect(Math.abs(num(point, 'AccValue') - num(point, 'Value') * 3600)).toBeLessThanOrEqual(20);
      // The demo domain is domestic: nothing overseas.
      expect(point).toMatchObject({ OverseasValue: '0', AccOverseasValue: '0', HttpsOverseasValue: '0', HttpsAccOverseasValue: '0' });
      expect(point.DomesticValue).toBe(point.Value);
      expect(point.AccDomesticValue).toBe(point.AccValue);
      expect(Math.abs(num(point, 'HttpsValue') - num(point, 'Value') * 0.35)).toBeLessThanOrEqual(0.01);
    }
    const filtered = rows(await run('DescribeVodDomainQpsData', { ...window, IspNameEn: 'telecom' }), 'QpsDataInterval');
    expect(num(filtered[0]!, 'Value')).toBeLessThan(num(points[0]!, 'Value'));
    expect(filtered[0]).toMatchObject({ DomesticValue: '', OverseasValue: '', AccDomesticValue: '' });
  });
});

describe('95th percentile bandwidth', () => {
  it('takes the 95th percentile of the 5-minute bandwidth of the last 24 hours by default', async () => {
    const answer = await run('DescribeVodDomainMax95BpsData', { DomainName: DEMO });
    const edge = rows(await run('DescribeVodDomainBpsData', { DomainName: DEMO }), 'BpsDataPerInterval')
      .map((point) => num(point, 'Value'))
      .sort((a, b) => b - a);
    expect(edge.length).toBe(288);
    const expected = edge[Math.floor(edge.length * 0.05)]!;
    expect(Math.abs(Number(answer.Max95Bps) - expected)).toBeLessThanOrEqual(1);
    expect(Number(answer.Max95Bps)).toBeLessThan(edge[0]!);
    expect(answer).toMatchObject({ DomainName: DEMO, OverseasMax95Bps: '0', DomesticMax95Bps: answer.Max95Bps, DetailData: [] });
  });

  it('answers the cycle around TimePoint, with one detail per area', async () => {
    const point = sandbox.clock.now() - 3 * DAY;
    const dayStart = Math.floor(point / DAY) * DAY;
    const day = await run('DescribeVodDomainMax95BpsData', { DomainName: DEMO, TimePoint: iso(point), Cycle: 'day' });
    expect(day).toMatchObject({ StartTime: iso(dayStart), EndTime: iso(dayStart + DAY) });
    const details = rows(day, 'DetailData');
    expect(details.map((detail) => detail.Area)).toEqual(['CN', 'OverSeas']);
    expect(details[0]).toMatchObject({ TimeStamp: iso(dayStart), Max95Bps: Number(day.DomesticMax95Bps) });
    expect(Date.parse(String(details[0]!.Max95BpsPeakTime))).toBeGreaterThanOrEqual(dayStart);
    expect(details[1]).toMatchObject({ Max95Bps: 0 });
    // Cycle defaults to day.
    expect(await run('DescribeVodDomainMax95BpsData', { DomainName: DEMO, TimePoint: iso(point) })).toMatchObject({ StartTime: iso(dayStart), Max95Bps: day.Max95Bps });
    const month = await run('DescribeVodDomainMax95BpsData', { DomainName: DEMO, TimePoint: iso(point), Cycle: 'month' });
    const date = new Date(point);
    expect(month.StartTime).toBe(iso(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1)));
  });

  it('reads StartTime/EndTime as the day of StartTime (<=24 h) or its month, or per Cycle', async () => {
    const start = Math.floor((sandbox.clock.now() - 5 * DAY) / DAY) * DAY + 3_600_000;
    const short = await run('DescribeVodDomainMax95BpsData', { DomainName: DEMO, StartTime: iso(start), EndTime: iso(start + 6 * 3_600_000) });
    expect(short).toMatchObject({ StartTime: iso(start - 3_600_000), EndTime: iso(start - 3_600_000 + DAY) });
    const long = await run('DescribeVodDomainMax95BpsData', { DomainName: DEMO, StartTime: iso(start), EndTime: iso(start + 2 * DAY) });
    const date = new Date(start);
    expect(long.StartTime).toBe(iso(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1)));
    const perDay = await run('DescribeVodDomainMax95BpsData', { DomainName: DEMO, StartTime: iso(start), EndTime: iso(start + 2 * DAY), Cycle: 'day' });
    expect(perDay).toMatchObject({ StartTime: iso(start), EndTime: iso(start + 2 * DAY) });
    expect(rows(perDay, 'DetailData').filter((detail) => detail.Area === 'CN').map((detail) => detail.TimeStamp)).toEqual([iso(start), iso(start - 3_600_000 + DAY), iso(start - 3_600_000 + 2 * DAY)]);
  });

  it('refuses lists, unknown cycles and spans over 90 days', async () => {
    await fails('DescribeVodDomainMax95BpsData', { DomainName: `${DEMO},other.example.com` }, 'InvalidDomainName.Malformed', 400);
    await fails('DescribeVodDomainMax95BpsData', { Cycle: 'week' }, 'InvalidParameter', 400);
    await fails('DescribeVodDomainMax95BpsData', { TimePoint: 'now' }, 'InvalidParameter', 400);
    await fails('DescribeVodDomainMax95BpsData', { StartTime: isoAgo(91 * DAY), EndTime: isoAgo(0) }, 'InvalidStartTime.ValueNotSupported', 400);
    await fails('DescribeVodDomainMax95BpsData', { DomainName: 'missing.example.com' }, 'InvalidDomain.NotFound', 404);
  });
});

describe('the hit ratio follows the cache state on the clock', () => {
  it('drops after a directory refresh, sending the load to the origin', async () => {
    await run('RefreshVodObjectCaches', { ObjectPath: `${DEMO}/play/`, ObjectType: 'Directory' });
    const refreshedAt = sandbox.clock.now();
    sandbox.advance(15 * 60);
    const window = { DomainName: DEMO, StartTime: iso(refreshedAt - 3_600_000), EndTime: iso(refreshedAt + 15 * 60_000) };
    const points = rows(await run('DescribeVodDomainHitRateData', window), 'HitRateInterval');
    const before = points.filter((point) => Date.parse(String(point.TimeStamp)) + 300_000 <= refreshedAt);
    const after = points.filter((point) => Date.parse(String(point.TimeStamp)) >= Math.floor(refreshedAt / 300_000) * 300_000);
    expect(before.length).toBeGreaterThan(5);
    expect(after.length).toBeGreaterThanOrEqual(3);
    for (const point of before) expect(num(point, 'Value')).toBeGreaterThan(80);
    for (const point of after) expect(num(point, 'Value')).toBeLessThan(60);
    const edge = rows(await run('DescribeVodDomainBpsData', window), 'BpsDataPerInterval');
    const src = rows(await run('DescribeVodDomainSrcBpsData', window), 'SrcBpsDataPerInterval');
    const last = src.length - 1;
    expect(num(src[last]!, 'Value')).toBeGreaterThan(num(edge[last]!, 'Value') * 0.4);
  });

  it('starts cold for a new domain: below half for its first hour', async () => {
    await run('AddVodDomain', { DomainName: 'cold.example.com', Sources: IP_SOURCE });
    const addedAt = sandbox.clock.now();
    sandbox.advance(30 * 60);
    const points = rows(await run('DescribeVodDomainHitRateData', { DomainName: 'cold.example.com', StartTime: iso(addedAt), EndTime: iso(addedAt + 30 * 60_000) }), 'HitRateInterval');
    expect(points.length).toBeGreaterThanOrEqual(6);
    for (const point of points) expect(num(point, 'Value')).toBeLessThan(50);
    // No HTTPS on the new domain: its HTTPS hit ratio is 0, not a division by zero.
    expect(points.every((point) => point.HttpsValue === '0')).toBe(true);
  });
});

describe('SSL certificates', () => {
  const detail = async (name: string) => (await run('DescribeVodDomainDetail', { DomainName: name })).DomainDetail as Row;
  const list = async (params: Record<string, string> = {}) => (await run('DescribeVodSSLCertificateList', params)).CertificateListModel as Row;

  beforeAll(async () => {
    await run('AddVodDomain', { DomainName: SSL_DOMAIN, Sources: IP_SOURCE });
    sandbox.advance(61);
  });

  it('lists the account’s certificates with region, paging and name search', async () => {
    const all = await list();
    expect(all).toMatchObject({ Count: 1, PageNumber: 1, PageSize: 20 });
    expect((all.CertList as Row[])[0]).toMatchObject({ CertName: 'video-example-com', CertRegion: 'cn-hangzhou', Common: DEMO, CertId: expect.any(Number), LastTime: expect.any(Number) });
    expect(await list({ SearchKeyword: 'VIDEO' })).toMatchObject({ Count: 1 });
    expect(await list({ SearchKeyword: 'nothing' })).toMatchObject({ Count: 0, CertList: [] });
    expect(await list({ DomainName: DEMO })).toMatchObject({ Count: 1 });
    expect(await list({ DomainName: SSL_DOMAIN })).toMatchObject({ Count: 0 });
    expect(await list({ PageNumber: '2', PageSize: '1' })).toMatchObject({ Count: 1, PageNumber: 2, PageSize: 1, CertList: [] });
    await fails('DescribeVodSSLCertificateList', { PageSize: '1001' }, 'InvalidParameter', 400);
  });

  it('uploads a certificate into a region, turns HTTPS off and back on with the same certificate', async () => {
    const base = { DomainName: SSL_DOMAIN, SSLProtocol: 'on' };
    await fails('SetVodDomainSSLCertificate', { ...base, SSLPub: TEST_CERT }, 'SSLPri.MissingParameter', 400);
    await fails('SetVodDomainSSLCertificate', { ...base, SSLPub: TEST_CERT, SSLPri: TEST_KEY, CertType: 'cas' }, 'SetDomainSSLPub.ParameterError', 400);
    await fails('SetVodDomainSSLCertificate', base, 'SSLPub.MissingParameter', 400);
    await run('SetVodDomainSSLCertificate', { ...base, SSLPub: TEST_CERT, SSLPri: TEST_KEY, CertName: 'wildcard-sg', CertRegion: 'ap-southeast-1', CertType: 'upload' });
    const uploaded = ((await list({ SearchKeyword: 'wildcard' })).CertList as Row[])[0]!;
    expect(uploaded).toMatchObject({ CertName: 'wildcard-sg', CertRegion: 'ap-southeast-1', Common: '*.example.com' });
    expect(JSON.stringify(await list())).not.toContain('PRIVATE KEY');
    expect(await detail(SSL_DOMAIN)).toMatchObject({ SSLProtocol: 'on' });
    const info = ((await run('DescribeVodDomainCertificateInfo', { DomainName: SSL_DOMAIN })).CertInfos as Row[])[0];
    expect(info).toMatchObject({ CertName: 'wildcard-sg', Status: 'success', SSLProtocol: 'on' });

    await run('SetVodDomainSSLCertificate', { DomainName: SSL_DOMAIN, SSLProtocol: 'off' });
    expect(await detail(SSL_DOMAIN)).toMatchObject({ SSLProtocol: 'off' });
    // The certificate stays in the list, so HTTPS can be turned on again from it.
    await run('SetVodDomainSSLCertificate', base);
    expect(await detail(SSL_DOMAIN)).toMatchObject({ SSLProtocol: 'on' });
    expect(await list({ DomainName: SSL_DOMAIN })).toMatchObject({ Count: 1, CertList: [{ CertId: uploaded.CertId }] });
  });

  it('references certificates by CertId or CertName within CertRegion', async () => {
    const demoCert = ((await list({ DomainName: DEMO })).CertList as Row[])[0]!;
    await fails('SetVodDomainSSLCertificate', { DomainName: SSL_DOMAIN, SSLProtocol: 'on', CertId: String(demoCert.CertId), CertRegion: 'ap-southeast-1' }, 'Certificate.NotFind', 400);
    await fails('SetVodDomainSSLCertificate', { DomainName: SSL_DOMAIN, SSLProtocol: 'on', CertId: '999999999' }, 'Certificate.NotFind', 400);
    await run('SetVodDomainSSLCertificate', { DomainName: SSL_DOMAIN, SSLProtocol: 'on', CertId: String(demoCert.CertId) });
    expect(await list({ DomainName: SSL_DOMAIN })).toMatchObject({ CertList: [{ CertName: 'video-example-com' }] });
    // The demo certificate names video.example.com only: the domain now has a mismatching certificate.
    expect(((await run('DescribeVodDomainCertificateInfo', { DomainName: SSL_DOMAIN })).CertInfos as Row[])[0]).toMatchObject({ Status: 'domain_invalid' });
    await run('SetVodDomainSSLCertificate', { DomainName: SSL_DOMAIN, SSLProtocol: 'on', CertName: 'wildcard-sg', CertRegion: 'ap-southeast-1' });
    expect(await list({ DomainName: SSL_DOMAIN })).toMatchObject({ CertList: [{ CertName: 'wildcard-sg' }] });
  });

  it('leaves production as it is for Env=staging', async () => {
    await run('SetVodDomainSSLCertificate', { DomainName: SSL_DOMAIN, SSLProtocol: 'off', Env: 'staging' });
    expect(await detail(SSL_DOMAIN)).toMatchObject({ SSLProtocol: 'on' });
  });

  it('shares the certificate table with SetVodDomainCertificate', async () => {
    await run('SetVodDomainCertificate', { DomainName: SSL_DOMAIN, SSLProtocol: 'on', CertName: 'shared-upload', SSLPub: TEST_CERT, SSLPri: TEST_KEY });
    expect(await list({ SearchKeyword: 'shared-upload' })).toMatchObject({ Count: 1, CertList: [{ CertRegion: 'cn-hangzhou' }] });
    expect(await list({ DomainName: SSL_DOMAIN })).toMatchObject({ CertList: [{ CertName: 'shared-upload' }] });
  });

  it('fails as SetVodDomainCertificate does, with its messages', async () => {
    const answer = await callSandbox(sandbox, 'SetVodDomainSSLCertificate', { DomainName: SSL_DOMAIN, SSLProtocol: 'maybe' });
    expect(answer.body).toMatchObject({ Code: 'InvalidSSLProtocol.ValueNotSupported', Message: 'The specified value of parameter Enable is not supported.' });
    await fails('SetVodDomainSSLCertificate', { DomainName: SSL_DOMAIN }, 'MissingParameter', 400);
    await fails('SetVodDomainSSLCertificate', { DomainName: 'missing.example.com', SSLProtocol: 'off' }, 'InvalidDomain.NotFound', 404);
    await fails('SetVodDomainSSLCertificate', { DomainName: SSL_DOMAIN, SSLProtocol: 'on', CertRegion: 'mars' }, 'InvalidParameter', 400);
    await fails('SetVodDomainSSLCertificate', { DomainName: SSL_DOMAIN, SSLProtocol: 'on', CertId: 'abc' }, 'InvalidParameter', 400);
    await run('BatchStopVodDomain', { DomainNames: SSL_DOMAIN });
    await fails('SetVodDomainSSLCertificate', { DomainName: SSL_DOMAIN, SSLProtocol: 'off' }, 'InvalidDomain.Offline', 400);
  });
});
