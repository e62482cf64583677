import { describe, expect, it } from 'vitest';
import { toMcpTool } from '../../src/mcp/tool-runtime.js';
import { cdnRealtimeTools } from '../../src/tools/cdn-realtime/index.js';
import type { AnyTool } from '../../src/tools/define-tool.js';
import { allTools } from '../../src/tools/registry.js';

// The real-time CDN tools (issue 13): limits from the en-US metadata and the SDK's operation descriptions, the
// window rules, and how the arguments reach the wire.

const tool = (action: string): AnyTool => {
  const found = cdnRealtimeTools.find((candidate) => candidate.action === action);
  if (!found) throw new Error(`no tool for ${action}`);
  return found;
};
const accepts = (action: string, args: Record<string, unknown>) => tool(action).input.safeParse(args).success;
const schemaOf = (action: string) => toMcpTool(tool(action)).inputSchema as { properties: Record<string, Record<string, unknown>>; required?: string[]; dependentRequired?: unknown };
const domains = (count: number) => Array.from({ length: count }, (_, i) => `d${i}.example.com`);

const SERIES = [
  'DescribeVodDomainRealTimeBpsData',
  'DescribeVodDomainRealTimeTrafficData',
  'DescribeVodDomainRealTimeQpsData',
  'DescribeVodDomainRealTimeByteHitRateData',
  'DescribeVodDomainRealTimeReqHitRateData',
  'DescribeVodDomainRealTimeHttpCodeData',
];
const D = 'video.example.com';

describe('the family', () => {
  it('has the nine actions, all read tools in cdn_monitoring, listed after the non-real-time monitoring tools', () => {
    expect(cdnRealtimeTools.map((candidate) => candidate.action).sort()).toEqual(
      [...SERIES, 'DescribeVodDomainRealTimeDetailData', 'DescribeVodRangeDataByLocateAndIspService', 'DescribeVodUserVipsByDomain'].sort(),
    );
    for (const candidate of cdnRealtimeTools) {
      expect(candidate.toolset, candidate.name).toBe('cdn_monitoring');
      expect(candidate.tier, candidate.name).toBe('read');
      expect(candidate.annotations.readOnlyHint).toBe(true);
    }
    const names = allTools().map((candidate) => candidate.action);
    expect(names.indexOf('DescribeVodDomainRealTimeBpsData')).toBeGreaterThan(names.indexOf('DescribeVodDomainBpsData'));
  });

  it('the series state the SDK’s granularity table', () => {
    for (const action of SERIES) expect(tool(action).description, action).toMatch(/1-min points \(last 7 days\).*5 min \(93 days\).*1 h \(186 days\)/);
  });
});

describe('domain lists (en-US metadata: 500 for bandwidth, traffic and QPS; 100 for hit ratios and codes; 20 for detail)', () => {
  const LIMITS: Record<string, number> = {
    DescribeVodDomainRealTimeBpsData: 500,
    DescribeVodDomainRealTimeTrafficData: 500,
    DescribeVodDomainRealTimeQpsData: 500,
    DescribeVodDomainRealTimeByteHitRateData: 100,
    DescribeVodDomainRealTimeReqHitRateData: 100,
    DescribeVodDomainRealTimeHttpCodeData: 100,
  };

  it.each(Object.entries(LIMITS))('%s takes 1-%i domains, required, sent comma-joined', (action, limit) => {
    expect(accepts(action, { DomainName: domains(limit) })).toBe(true);
    expect(accepts(action, { DomainName: domains(limit + 1) })).toBe(false);
    expect(accepts(action, { DomainName: [] })).toBe(false);
    expect(accepts(action, {})).toBe(false);
    expect(accepts(action, { DomainName: ['not a domain'] })).toBe(false);
    expect(schemaOf(action).required).toEqual(['DomainName']);
    expect(tool(action).toParams({ DomainName: [D, 'b.example.com'] })).toEqual({ DomainName: `${D},b.example.com` });
  });

  it('detail takes up to 20; range data and VIPs one domain', () => {
    const detail = { Field: ['bps'], StartTime: '2026-01-01T00:00:00Z', EndTime: '2026-01-01T00:10:00Z' };
    expect(accepts('DescribeVodDomainRealTimeDetailData', { ...detail, DomainName: domains(20) })).toBe(true);
    expect(accepts('DescribeVodDomainRealTimeDetailData', { ...detail, DomainName: domains(21) })).toBe(false);
    const range = { StartTime: '2026-01-01T00:00:00Z', EndTime: '2026-01-01T01:00:00Z' };
    expect(accepts('DescribeVodRangeDataByLocateAndIspService', { ...range, DomainName: D })).toBe(true);
    expect(accepts('DescribeVodRangeDataByLocateAndIspService', { ...range, DomainName: [D] })).toBe(false);
    expect(accepts('DescribeVodRangeDataByLocateAndIspService', { ...range, DomainName: `${D},b.example.com` })).toBe(false);
    expect(accepts('DescribeVodUserVipsByDomain', { DomainName: `${D},b.example.com` })).toBe(false);
  });
});

describe('windows', () => {
  it.each(SERIES)('%s: StartTime and EndTime together or not at all, end after start, span under 31 days', (action) => {
    const at = (value: string) => accepts(action, { DomainName: [D], StartTime: '2026-01-01T00:00:00Z', EndTime: value });
    expect(accepts(action, { DomainName: [D] })).toBe(true);
    expect(accepts(action, { DomainName: [D], StartTime: '2026-01-01T00:00:00Z' })).toBe(false);
    expect(accepts(action, { DomainName: [D], EndTime: '2026-01-01T00:00:00Z' })).toBe(false);
    expect(at('2026-01-01T01:00:00Z')).toBe(true);
    expect(at('2026-01-31T23:59:59Z')).toBe(true);
    expect(at('2026-02-01T00:00:00Z')).toBe(false);
    expect(at('2026-01-01T00:00:00Z')).toBe(false);
    expect(at('2025-12-31T23:00:00Z')).toBe(false);
    expect(at('2026-01-01 01:00:00')).toBe(false);
    expect(schemaOf(action).dependentRequired).toEqual({ StartTime: ['EndTime'], EndTime: ['StartTime'] });
  });

  it('detail: both times required, at most 10 minutes apart', () => {
    const base = { DomainName: [D], Field: ['qps'] };
    expect(accepts('DescribeVodDomainRealTimeDetailData', { ...base, StartTime: '2026-01-01T00:00:00Z', EndTime: '2026-01-01T00:10:00Z' })).toBe(true);
    expect(accepts('DescribeVodDomainRealTimeDetailData', { ...base, StartTime: '2026-01-01T00:00:00Z', EndTime: '2026-01-01T00:10:01Z' })).toBe(false);
    expect(accepts('DescribeVodDomainRealTimeDetailData', { ...base, StartTime: '2026-01-01T00:00:00Z' })).toBe(false);
    expect(schemaOf('DescribeVodDomainRealTimeDetailData').required?.sort()).toEqual(['DomainName', 'EndTime', 'Field', 'StartTime']);
  });

  it('range data: both times required, at most 1 hour apart', () => {
    const base = { DomainName: D };
    expect(accepts('DescribeVodRangeDataByLocateAndIspService', { ...base, StartTime: '2026-01-01T00:00:00Z', EndTime: '2026-01-01T01:00:00Z' })).toBe(true);
    expect(accepts('DescribeVodRangeDataByLocateAndIspService', { ...base, StartTime: '2026-01-01T00:00:00Z', EndTime: '2026-01-01T01:00:01Z' })).toBe(false);
    expect(accepts('DescribeVodRangeDataByLocateAndIspService', { ...base, StartTime: '2026-01-01T01:00:00Z', EndTime: '2026-01-01T00:00:00Z' })).toBe(false);
    expect(schemaOf('DescribeVodRangeDataByLocateAndIspService').required?.sort()).toEqual(['DomainName', 'EndTime', 'StartTime']);
  });
});

describe('enums and serialization', () => {
  const detail = { DomainName: [D], StartTime: '2026-01-01T00:00:00Z', EndTime: '2026-01-01T00:05:00Z' };

  it('detail: Field is a list of qps, bps, http_code sent comma-joined; Merge and MergeLocIsp are true/false', () => {
    const input = tool('DescribeVodDomainRealTimeDetailData').input;
    expect(input.safeParse({ ...detail, Field: ['pv'] }).success).toBe(false);
    expect(input.safeParse({ ...detail, Field: [] }).success).toBe(false);
    expect(input.safeParse({ ...detail, Field: ['qps'], Merge: 'yes' }).success).toBe(false);
    expect(input.safeParse({ ...detail, Field: ['qps'], MergeLocIsp: true }).success).toBe(false);
    const args = input.parse({ ...detail, Field: ['qps', 'http_code'], Merge: 'true', MergeLocIsp: 'false' });
    expect(tool('DescribeVodDomainRealTimeDetailData').toParams(args)).toEqual({
      DomainName: D,
      StartTime: '2026-01-01T00:00:00Z',
      EndTime: '2026-01-01T00:05:00Z',
      Field: 'qps,http_code',
      Merge: 'true',
      MergeLocIsp: 'false',
    });
    // No defaults: what the caller leaves out is not sent.
    expect(tool('DescribeVodDomainRealTimeDetailData').toParams(input.parse({ ...detail, Field: ['bps'] }))).not.toHaveProperty('Merge');
  });

  it('range data: one ISP, regions as a list sent comma-joined', () => {
    const range = { DomainName: D, StartTime: '2026-01-01T00:00:00Z', EndTime: '2026-01-01T00:30:00Z' };
    expect(accepts('DescribeVodRangeDataByLocateAndIspService', { ...range, IspNameEn: 'telecom,unicom' })).toBe(false);
    expect(accepts('DescribeVodRangeDataByLocateAndIspService', { ...range, LocationNameEn: ['shang,hai'] })).toBe(false);
    const args = tool('DescribeVodRangeDataByLocateAndIspService').input.parse({ ...range, IspNameEn: 'unicom', LocationNameEn: ['shanghai', 'beijing'] });
    expect(tool('DescribeVodRangeDataByLocateAndIspService').toParams(args)).toMatchObject({ IspNameEn: 'unicom', LocationNameEn: 'shanghai,beijing' });
  });

  it('VIPs: Available is on or off, optional', () => {
    expect(accepts('DescribeVodUserVipsByDomain', { DomainName: D })).toBe(true);
    expect(accepts('DescribeVodUserVipsByDomain', { DomainName: D, Available: 'on' })).toBe(true);
    expect(accepts('DescribeVodUserVipsByDomain', { DomainName: D, Available: 'true' })).toBe(false);
    expect(schemaOf('DescribeVodUserVipsByDomain').properties.Available!.enum).toEqual(['on', 'off']);
  });

  it('ISP and region filters only where the metadata has them', () => {
    for (const action of ['DescribeVodDomainRealTimeByteHitRateData', 'DescribeVodDomainRealTimeReqHitRateData']) {
      expect(accepts(action, { DomainName: [D], IspNameEn: 'telecom' }), action).toBe(false);
    }
    for (const action of ['DescribeVodDomainRealTimeBpsData', 'DescribeVodDomainRealTimeTrafficData', 'DescribeVodDomainRealTimeQpsData', 'DescribeVodDomainRealTimeHttpCodeData']) {
      expect(accepts(action, { DomainName: [D], IspNameEn: 'telecom', LocationNameEn: 'shanghai' }), action).toBe(true);
      expect(accepts(action, { DomainName: [D], IspNameEn: '' }), action).toBe(false);
    }
  });
});

describe('outputs in the flat shape', () => {
  it('series lists, the status codes nested list, VIPs as strings', () => {
    const bps = tool('DescribeVodDomainRealTimeBpsData').output;
    expect(bps.safeParse({ RequestId: 'r', Data: [{ TimeStamp: '2026-01-01T00:00:00Z', Bps: 1000 }] }).success).toBe(true);
    expect(bps.safeParse({ RequestId: 'r', Data: { BpsModel: [] } }).success).toBe(false);
    const codes = tool('DescribeVodDomainRealTimeHttpCodeData').output;
    expect(codes.safeParse({ RequestId: 'r', DataInterval: '60', RealTimeHttpCodeData: [{ TimeStamp: 't', Value: [{ Code: '200', Count: '3', Proportion: '100' }] }] }).success).toBe(true);
    expect(codes.safeParse({ RequestId: 'r', RealTimeHttpCodeData: [{ TimeStamp: 't', Value: { RealTimeCodeProportionData: [] } }] }).success).toBe(false);
    const vips = tool('DescribeVodUserVipsByDomain').output;
    expect(vips.safeParse({ RequestId: 'r', DomainName: D, Vips: ['203.0.113.5'] }).success).toBe(true);
    expect(vips.safeParse({ RequestId: 'r', Vips: [5] }).success).toBe(false);
  });
});
