import { describe, expect, it } from 'vitest';
import type { AnyTool } from '../../src/tools/define-tool.js';
import { cdnDomainConfigTools } from '../../src/tools/cdn-domain-config/index.js';
import { cdnDomainsTools } from '../../src/tools/cdn-domains/index.js';
import { cdnLogsTools } from '../../src/tools/cdn-logs/index.js';
import { cdnMonitoringTools } from '../../src/tools/cdn-monitoring/index.js';
import { cdnRefreshTools } from '../../src/tools/cdn-refresh/index.js';
import { expectResponseExample, expectRoundTrip, INVALID_SPEC_EXAMPLES, requestExampleOf } from '../helpers/spec-data.js';

const tools: AnyTool[] = [...cdnDomainsTools, ...cdnDomainConfigTools, ...cdnRefreshTools, ...cdnLogsTools, ...cdnMonitoringTools];
const tool = (action: string): AnyTool => {
  const found = tools.find((candidate) => candidate.action === action);
  if (!found) throw new Error(`no tool for ${action}`);
  return found;
};
const accepts = (action: string, args: Record<string, unknown>) => tool(action).input.safeParse(args).success;

const TIERS: Record<string, string> = {
  AddVodDomain: 'write',
  UpdateVodDomain: 'write',
  DeleteVodDomain: 'destructive',
  BatchStartVodDomain: 'write',
  BatchStopVodDomain: 'destructive',
  DescribeVodUserDomains: 'read',
  DescribeVodDomainDetail: 'read',
  VerifyVodDomainOwner: 'write',
  DescribeVodVerifyContent: 'read',
  BatchSetVodDomainConfigs: 'write',
  DescribeVodDomainConfigs: 'read',
  DeleteVodSpecificConfig: 'destructive',
  SetVodDomainCertificate: 'write',
  DescribeVodCertificateList: 'read',
  DescribeVodDomainCertificateInfo: 'read',
  PreloadVodObjectCaches: 'write',
  RefreshVodObjectCaches: 'destructive',
  DescribeVodRefreshTasks: 'read',
  DescribeVodRefreshQuota: 'read',
  RefreshMediaPlayUrls: 'write',
  GetMediaRefreshJobs: 'read',
  DescribeVodDomainLog: 'read',
  DescribeVodDomainTrafficData: 'read',
  DescribeVodDomainBpsData: 'read',
};
/** The metadata's newer actions in these folders (issue 13; no manual examples, schema rules in cdn-data.test.ts). */
const NEWER_TIERS: Record<string, string> = {
  DescribeVodDomainBpsDataByLayer: 'read',
  DescribeVodDomainSrcTrafficData: 'read',
  DescribeVodDomainSrcBpsData: 'read',
  DescribeVodDomainHitRateData: 'read',
  DescribeVodDomainReqHitRateData: 'read',
  DescribeVodDomainQpsData: 'read',
  DescribeVodDomainMax95BpsData: 'read',
  DescribeVodSSLCertificateList: 'read',
  SetVodDomainSSLCertificate: 'destructive',
};

describe('cdn tools', () => {
  it('cover the group with the decided tiers', () => {
    expect(Object.fromEntries(tools.map((t) => [t.action, t.tier]))).toEqual({ ...TIERS, ...NEWER_TIERS });
  });

  it.each(Object.keys(TIERS).filter((action) => !INVALID_SPEC_EXAMPLES[action]))('%s: the spec request example round-trips', (action) => expectRoundTrip(tool(action), requestExampleOf(action)));

  it.each(Object.keys(TIERS))('%s: the spec JSON response example validates', (action) => expectResponseExample(tool(action)));

  it('joins ObjectPath with newlines', () => {
    expect(tool('RefreshVodObjectCaches').toParams({ ObjectPath: ['a.example.com/1.mp4', 'a.example.com/2.mp4'], ObjectType: 'File' })).toEqual({
      ObjectPath: 'a.example.com/1.mp4\na.example.com/2.mp4',
      ObjectType: 'File',
    });
  });

  it('refuses invalid domain inputs', () => {
    expect(accepts('AddVodDomain', { DomainName: 'example.com' })).toBe(false);
    expect(accepts('AddVodDomain', { DomainName: 'not a domain', Sources: [{ content: '1.1.1.1', type: 'ipaddr' }] })).toBe(false);
    expect(accepts('AddVodDomain', { DomainName: 'a.example.com', Sources: [{ content: '1.1.1.1', type: 'ftp' }] })).toBe(false);
    expect(accepts('AddVodDomain', { DomainName: 'a.example.com', Sources: [{ content: '1.1.1.1', type: 'ipaddr', priority: '10' }] })).toBe(false);
    expect(accepts('AddVodDomain', { DomainName: '.example.com', Sources: [{ content: 'o.oss-cn-shanghai.aliyuncs.com', type: 'oss', port: 443 }], Scope: 'global' })).toBe(true);
    expect(accepts('UpdateVodDomain', { DomainName: 'a.example.com', Sources: [] })).toBe(false);
    expect(accepts('DeleteVodDomain', {})).toBe(false);
    expect(accepts('BatchStartVodDomain', { DomainNames: [] })).toBe(false);
    expect(accepts('BatchStopVodDomain', { DomainNames: Array.from({ length: 51 }, (_, i) => `d${i}.example.com`) })).toBe(false);
    expect(accepts('DescribeVodUserDomains', { PageSize: 51 })).toBe(false);
    expect(accepts('DescribeVodUserDomains', { DomainStatus: 'paused' })).toBe(false);
    expect(accepts('DescribeVodDomainDetail', {})).toBe(false);
    expect(accepts('VerifyVodDomainOwner', { DomainName: 'example.com', VerifyType: 'emailCheck' })).toBe(false);
    expect(accepts('DescribeVodVerifyContent', { DomainName: 'bad_domain' })).toBe(false);
  });

  it('refuses invalid config and certificate inputs', () => {
    const fn = (functionName: string) => [{ functionArgs: [{ argName: 'enable', argValue: 'on' }], functionName }];
    expect(accepts('BatchSetVodDomainConfigs', { DomainNames: ['a.example.com'], Functions: fn('https_force') })).toBe(true);
    expect(accepts('BatchSetVodDomainConfigs', { DomainNames: ['a.example.com'], Functions: fn('make_faster') })).toBe(false);
    expect(accepts('BatchSetVodDomainConfigs', { DomainNames: ['a.example.com'], Functions: [] })).toBe(false);
    expect(accepts('DescribeVodDomainConfigs', { DomainName: 'a.example.com', FunctionNames: ['gzip', 'bogus'] })).toBe(false);
    expect(accepts('DeleteVodSpecificConfig', { DomainName: 'a.example.com' })).toBe(false);
    expect(accepts('SetVodDomainCertificate', { DomainName: 'a.example.com', SSLProtocol: 'yes' })).toBe(false);
    expect(accepts('SetVodDomainCertificate', { DomainName: 'a.example.com', SSLProtocol: 'on', SSLPub: '-----BEGIN CERTIFICATE-----\nx' })).toBe(false);
    expect(accepts('SetVodDomainCertificate', { DomainName: 'a.example.com', SSLProtocol: 'on', CertName: 'x'.repeat(129) })).toBe(false);
    expect(accepts('DescribeVodCertificateList', { DomainName: 'nope' })).toBe(false);
    expect(accepts('DescribeVodDomainCertificateInfo', {})).toBe(false);
  });

  it('never echoes the private key in validation errors', () => {
    const secret = 'TOP-SECRET-KEY-MATERIAL';
    const result = tool('SetVodDomainCertificate').input.safeParse({ DomainName: 'a.example.com', SSLProtocol: 'on', SSLPub: '-----BEGIN CERTIFICATE-----', SSLPri: secret });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error)).not.toContain(secret);
  });

  it('refuses invalid refresh inputs', () => {
    expect(accepts('RefreshVodObjectCaches', { ObjectPath: [] })).toBe(false);
    expect(accepts('RefreshVodObjectCaches', { ObjectPath: ['a.example.com/x'], ObjectType: 'Folder' })).toBe(false);
    expect(accepts('RefreshVodObjectCaches', { ObjectPath: Array.from({ length: 101 }, (_, i) => `a.example.com/${i}/`), ObjectType: 'Directory' })).toBe(false);
    expect(accepts('RefreshVodObjectCaches', { ObjectPath: ['a.example.com/x\nb.example.com/y'] })).toBe(false);
    expect(accepts('PreloadVodObjectCaches', { ObjectPath: Array.from({ length: 1001 }, (_, i) => `a.example.com/${i}`) })).toBe(false);
    expect(accepts('DescribeVodRefreshTasks', { Status: 'Complete' })).toBe(false);
    expect(accepts('DescribeVodRefreshTasks', { Status: 'Complete', ObjectType: 'file' })).toBe(true);
    expect(accepts('DescribeVodRefreshTasks', { StartTime: '2026-01-01T00:00:00Z' })).toBe(false);
    expect(accepts('DescribeVodRefreshQuota', { Extra: 1 })).toBe(false);
    expect(accepts('RefreshMediaPlayUrls', { MediaIds: ['a'], TaskType: 'Purge' })).toBe(false);
    expect(accepts('RefreshMediaPlayUrls', { MediaIds: Array.from({ length: 21 }, (_, i) => `v${i}`), TaskType: 'Refresh' })).toBe(false);
    expect(accepts('RefreshMediaPlayUrls', { MediaIds: ['a'], TaskType: 'Refresh', SliceCount: 21 })).toBe(false);
    expect(accepts('RefreshMediaPlayUrls', { MediaIds: ['a'], TaskType: 'Refresh', Definitions: ['8K'] })).toBe(false);
    expect(accepts('GetMediaRefreshJobs', {})).toBe(false);
  });

  it('refuses invalid log and monitoring ranges', () => {
    expect(accepts('DescribeVodDomainLog', { DomainName: 'a.example.com', PageSize: 1001 })).toBe(false);
    expect(accepts('DescribeVodDomainLog', { DomainName: 'a.example.com', StartTime: '2026-01-02T00:00:00Z', EndTime: '2026-01-01T00:00:00Z' })).toBe(false);
    for (const action of ['DescribeVodDomainTrafficData', 'DescribeVodDomainBpsData']) {
      expect(accepts(action, { StartTime: '2026-01-01T00:00:00Z' })).toBe(false);
      expect(accepts(action, { StartTime: '2026-01-01T00:00:00Z', EndTime: '2026-04-15T00:00:00Z' })).toBe(false);
      expect(accepts(action, { Interval: '60' })).toBe(false);
      expect(accepts(action, { StartTime: '2026-01-01 00:00:00', EndTime: '2026-01-02T00:00:00Z' })).toBe(false);
      expect(accepts(action, { DomainName: ['a.example.com', 'b.example.com'], StartTime: '2026-01-01T00:00:00Z', EndTime: '2026-01-02T00:00:00Z', Interval: '3600' })).toBe(true);
    }
  });
});
