import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { AnyTool, ToolContext } from '../../src/tools/define-tool.js';
import { cdnDomainConfigTools } from '../../src/tools/cdn-domain-config/index.js';
import { cdnMonitoringTools } from '../../src/tools/cdn-monitoring/index.js';
import { alwaysSent, shapeOf } from '../helpers/current-api.js';

// Schema rules of the newer CDN data tools (issue 13): each takes exactly its own metadata parameters, none
// required or defaulted but SetVodDomainSSLCertificate's two, with the enums, limits and pairings of the metadata
// and the API reference.

const tools: AnyTool[] = [...cdnMonitoringTools, ...cdnDomainConfigTools];
const tool = (action: string): AnyTool => {
  const found = tools.find((candidate) => candidate.action === action);
  if (!found) throw new Error(`no tool for ${action}`);
  return found;
};
const accepts = (action: string, args: Record<string, unknown>) => tool(action).input.safeParse(args).success;
const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The metadata's parameters of each action (data/reference/openapi-params.json), written out so a change shows. */
const PARAMETERS: Record<string, string[]> = {
  DescribeVodDomainBpsDataByLayer: ['DomainName', 'EndTime', 'Interval', 'IspNameEn', 'Layer', 'LocationNameEn', 'StartTime'],
  DescribeVodDomainHitRateData: ['DomainName', 'EndTime', 'Interval', 'StartTime'],
  DescribeVodDomainMax95BpsData: ['Cycle', 'DomainName', 'EndTime', 'StartTime', 'TimePoint'],
  DescribeVodDomainQpsData: ['DomainName', 'EndTime', 'Interval', 'IspNameEn', 'LocationNameEn', 'StartTime'],
  DescribeVodDomainReqHitRateData: ['DomainName', 'EndTime', 'Interval', 'StartTime'],
  DescribeVodDomainSrcBpsData: ['DomainName', 'EndTime', 'Interval', 'StartTime'],
  DescribeVodDomainSrcTrafficData: ['DomainName', 'EndTime', 'Interval', 'StartTime'],
  DescribeVodSSLCertificateList: ['DomainName', 'PageNumber', 'PageSize', 'SearchKeyword'],
  SetVodDomainSSLCertificate: ['CertId', 'CertName', 'CertRegion', 'CertType', 'DomainName', 'Env', 'SSLPri', 'SSLProtocol', 'SSLPub'],
};
const SERIES = Object.keys(PARAMETERS).filter((action) => action.startsWith('DescribeVodDomain'));
/** Span limits: the metadata's Interval text (hit rates, SrcBps) or the API reference's time granularity table. */
const MAX_DAYS: Record<string, number> = {
  DescribeVodDomainBpsDataByLayer: 90,
  DescribeVodDomainHitRateData: 90,
  DescribeVodDomainMax95BpsData: 90,
  DescribeVodDomainQpsData: 366,
  DescribeVodDomainReqHitRateData: 90,
  DescribeVodDomainSrcBpsData: 366,
  DescribeVodDomainSrcTrafficData: 366,
};

describe('cdn data tools: parameters', () => {
  it.each(Object.entries(PARAMETERS))('%s: exactly its metadata parameters, required only where the metadata says', (action, names) => {
    const shape = shapeOf(tool(action));
    expect(Object.keys(shape).sort()).toEqual(names);
    const required = Object.keys(shape).filter((name) => alwaysSent(shape[name]!));
    expect(required.sort()).toEqual(action === 'SetVodDomainSSLCertificate' ? ['DomainName', 'SSLProtocol'] : []);
  });

  it('puts the tools in their toolsets with the right tiers', () => {
    for (const action of SERIES) expect([tool(action).toolset, tool(action).tier], action).toEqual(['cdn_monitoring', 'read']);
    expect([tool('DescribeVodSSLCertificateList').toolset, tool('DescribeVodSSLCertificateList').tier]).toEqual(['cdn_domain_config', 'read']);
    const set = tool('SetVodDomainSSLCertificate');
    expect([set.toolset, set.tier, set.annotations.destructiveHint, set.annotations.idempotentHint]).toEqual(['cdn_domain_config', 'destructive', true, true]);
    expect(set.preview).toBeDefined();
  });
});

describe('cdn data tools: time ranges, intervals and domains', () => {
  it.each(SERIES)('%s: StartTime and EndTime together, end after start, within its span limit', (action) => {
    const max = MAX_DAYS[action]!;
    expect(accepts(action, {})).toBe(true);
    expect(accepts(action, { StartTime: day(0) })).toBe(false);
    expect(accepts(action, { EndTime: day(1) })).toBe(false);
    expect(accepts(action, { StartTime: day(1), EndTime: day(0) })).toBe(false);
    expect(accepts(action, { StartTime: day(0), EndTime: day(max) })).toBe(true);
    expect(accepts(action, { StartTime: day(0), EndTime: day(max + 1) })).toBe(false);
    expect(accepts(action, { StartTime: '2026-01-01 00:00:00', EndTime: day(1) })).toBe(false);
    expect(accepts(action, { StartTime: '2026-02-29T00:00:00Z', EndTime: '2026-03-01T00:00:00Z' })).toBe(false);
  });

  it('takes the metadata intervals only where the action has Interval', () => {
    for (const action of SERIES.filter((name) => name !== 'DescribeVodDomainMax95BpsData')) {
      for (const interval of ['300', '3600', '86400']) expect(accepts(action, { Interval: interval }), action).toBe(true);
      expect(accepts(action, { Interval: '60' }), action).toBe(false);
      expect(accepts(action, { Interval: 300 }), action).toBe(false);
    }
    expect(accepts('DescribeVodDomainMax95BpsData', { Interval: '300' })).toBe(false);
  });

  it('takes ISP and region filters only where the metadata has them', () => {
    for (const action of ['DescribeVodDomainQpsData', 'DescribeVodDomainBpsDataByLayer']) expect(accepts(action, { IspNameEn: 'telecom', LocationNameEn: 'beijing' }), action).toBe(true);
    for (const action of ['DescribeVodDomainHitRateData', 'DescribeVodDomainReqHitRateData', 'DescribeVodDomainSrcBpsData', 'DescribeVodDomainSrcTrafficData', 'DescribeVodDomainMax95BpsData']) {
      expect(accepts(action, { IspNameEn: 'telecom' }), action).toBe(false);
      expect(accepts(action, { LocationNameEn: 'beijing' }), action).toBe(false);
    }
  });

  it('takes up to 500 domains, sent comma-joined; Max95 takes one domain', () => {
    const names = (count: number) => Array.from({ length: count }, (_, i) => `d${i}.example.com`);
    for (const action of SERIES.filter((name) => name !== 'DescribeVodDomainMax95BpsData')) {
      expect(accepts(action, { DomainName: names(500) }), action).toBe(true);
      expect(accepts(action, { DomainName: names(501) }), action).toBe(false);
      expect(accepts(action, { DomainName: [] }), action).toBe(false);
      expect(accepts(action, { DomainName: ['a.example.com,b.example.com'] }), action).toBe(false);
      expect(accepts(action, { DomainName: ['not a domain'] }), action).toBe(false);
      expect(tool(action).toParams({ DomainName: ['a.example.com', 'b.example.com'], Interval: '3600' })).toEqual({ DomainName: 'a.example.com,b.example.com', Interval: '3600' });
    }
    expect(accepts('DescribeVodDomainMax95BpsData', { DomainName: 'a.example.com' })).toBe(true);
    expect(accepts('DescribeVodDomainMax95BpsData', { DomainName: ['a.example.com'] })).toBe(false);
    expect(accepts('DescribeVodDomainMax95BpsData', { DomainName: 'a.example.com,b.example.com' })).toBe(false);
  });
});

describe('cdn data tools: enums', () => {
  it('BpsDataByLayer takes the metadata layers', () => {
    for (const layer of ['all', 'IPv4', 'IPv6', 'http', 'https', 'quic']) expect(accepts('DescribeVodDomainBpsDataByLayer', { Layer: layer }), layer).toBe(true);
    expect(accepts('DescribeVodDomainBpsDataByLayer', { Layer: 'tcp' })).toBe(false);
  });

  it('Max95 takes a day or month cycle and a UTC TimePoint', () => {
    expect(accepts('DescribeVodDomainMax95BpsData', { TimePoint: day(3), Cycle: 'day' })).toBe(true);
    expect(accepts('DescribeVodDomainMax95BpsData', { TimePoint: day(3), Cycle: 'month' })).toBe(true);
    expect(accepts('DescribeVodDomainMax95BpsData', { Cycle: 'week' })).toBe(false);
    expect(accepts('DescribeVodDomainMax95BpsData', { TimePoint: '2026-01-04' })).toBe(false);
    expect(accepts('DescribeVodDomainMax95BpsData', { StartTime: day(0), EndTime: day(2), Cycle: 'day' })).toBe(true);
  });
});

describe('cdn data tools: SSL certificates', () => {
  const PEM = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----';
  const KEY = '-----BEGIN PRIVATE KEY-----\nMIGH\n-----END PRIVATE KEY-----';
  const base = { DomainName: 'a.example.com', SSLProtocol: 'on' };

  it('pages the certificate list 1-1000 and searches by a bounded keyword', () => {
    expect(accepts('DescribeVodSSLCertificateList', {})).toBe(true);
    expect(accepts('DescribeVodSSLCertificateList', { PageNumber: 1, PageSize: 1000, SearchKeyword: 'cert' })).toBe(true);
    expect(accepts('DescribeVodSSLCertificateList', { PageSize: 1001 })).toBe(false);
    expect(accepts('DescribeVodSSLCertificateList', { PageNumber: 0 })).toBe(false);
    expect(accepts('DescribeVodSSLCertificateList', { PageSize: '20' })).toBe(false);
    expect(accepts('DescribeVodSSLCertificateList', { SearchKeyword: 'x'.repeat(129) })).toBe(false);
    expect(tool('DescribeVodSSLCertificateList').toParams({ PageNumber: 2, PageSize: 50 })).toEqual({ PageNumber: '2', PageSize: '50' });
  });

  it('needs the domain and on/off; the key goes with an uploaded certificate', () => {
    expect(accepts('SetVodDomainSSLCertificate', { DomainName: 'a.example.com' })).toBe(false);
    expect(accepts('SetVodDomainSSLCertificate', { ...base, SSLProtocol: 'maybe' })).toBe(false);
    expect(accepts('SetVodDomainSSLCertificate', { DomainName: 'a.example.com', SSLProtocol: 'off' })).toBe(true);
    expect(accepts('SetVodDomainSSLCertificate', { ...base, SSLPub: PEM })).toBe(false);
    expect(accepts('SetVodDomainSSLCertificate', { ...base, SSLPub: PEM, SSLPri: KEY })).toBe(true);
    expect(accepts('SetVodDomainSSLCertificate', { ...base, SSLPub: 'not a pem', SSLPri: KEY })).toBe(false);
  });

  it('takes the metadata enums for CertType, CertRegion and Env, and a positive CertId', () => {
    expect(accepts('SetVodDomainSSLCertificate', { ...base, CertId: 12342707, CertType: 'cas', CertRegion: 'ap-southeast-1', Env: 'staging' })).toBe(true);
    expect(accepts('SetVodDomainSSLCertificate', { ...base, CertType: 'free' })).toBe(false);
    expect(accepts('SetVodDomainSSLCertificate', { ...base, CertRegion: 'cn-shanghai' })).toBe(false);
    expect(accepts('SetVodDomainSSLCertificate', { ...base, Env: 'production' })).toBe(false);
    expect(accepts('SetVodDomainSSLCertificate', { ...base, CertId: 0 })).toBe(false);
    expect(accepts('SetVodDomainSSLCertificate', { ...base, CertId: 1.5 })).toBe(false);
    expect(accepts('SetVodDomainSSLCertificate', { ...base, CertName: 'x'.repeat(129) })).toBe(false);
    expect(tool('SetVodDomainSSLCertificate').toParams({ ...base, CertId: 12342707, CertRegion: 'cn-hangzhou' })).toEqual({ ...base, CertId: '12342707', CertRegion: 'cn-hangzhou' });
  });

  it('publishes the key-with-certificate rule as dependentRequired', () => {
    const published = z.toJSONSchema(tool('SetVodDomainSSLCertificate').input as unknown as z.ZodType, { io: 'input' });
    expect(published).toMatchObject({ dependentRequired: { SSLPub: ['SSLPri'] }, required: ['DomainName', 'SSLProtocol'] });
  });

  it('previews what turning HTTPS off or re-keying affects, from read calls only', async () => {
    const calls: string[] = [];
    const context = {
      api: {
        call: async (action: string) => {
          calls.push(action);
          if (action === 'DescribeVodDomainDetail') return { RequestId: 'r', DomainDetail: { DomainName: 'a.example.com', DomainStatus: 'online', SSLProtocol: 'on' } };
          return { RequestId: 'r', CertInfos: [{ CertName: 'site-cert', CertExpireTime: '2036-11-22T06:20:49Z', Status: 'success' }] };
        },
      },
    } as unknown as ToolContext;
    const preview = tool('SetVodDomainSSLCertificate').preview!;
    const off = await preview({ DomainName: 'a.example.com', SSLProtocol: 'off' }, context);
    expect(off.summary).toMatch(/^Turn HTTPS off for a\.example\.com \(now online, HTTPS on\); https:\/\/ requests to it fail/);
    expect(off.items).toEqual([{ DomainName: 'a.example.com', DomainStatus: 'online', SSLProtocol: 'on' }, { CertName: 'site-cert', CertExpireTime: '2036-11-22T06:20:49Z', Status: 'success' }]);
    const on = await preview({ DomainName: 'a.example.com', SSLProtocol: 'on', CertId: 7, Env: 'staging' }, context);
    expect(on.summary).toMatch(/^On staging only \(production unchanged\): turn HTTPS on .* with certificate 7/);
    expect(calls.every((action) => action.startsWith('Describe'))).toBe(true);
  });
});
