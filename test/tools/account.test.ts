import { describe, expect, it } from 'vitest';
import type { AnyTool } from '../../src/tools/define-tool.js';
import { appsTools } from '../../src/tools/apps/index.js';
import { liveRecordTools } from '../../src/tools/live-record/index.js';
import { playbackStatsTools } from '../../src/tools/playback-stats/index.js';
import { settingsTools } from '../../src/tools/settings/index.js';
import { usageStatsTools } from '../../src/tools/usage-stats/index.js';
import { expectResponseExample, expectRoundTrip, INVALID_SPEC_EXAMPLES, requestExampleOf, SPEC_ACTIONS } from '../helpers/spec-data.js';

/** The manual's account actions; the newer ones (issue 13) have their own tests. */
const TOOLS: AnyTool[] = [...usageStatsTools, ...playbackStatsTools, ...settingsTools, ...liveRecordTools, ...appsTools].filter((tool) =>
  SPEC_ACTIONS.some((entry) => entry.action === tool.action),
);

describe('account tools: spec examples', () => {
  it('has all 22 actions', () => {
    expect(TOOLS.map((tool) => tool.action).sort()).toHaveLength(22);
  });

  for (const tool of TOOLS) {
    if (!INVALID_SPEC_EXAMPLES[tool.action]) it(`${tool.name}: request example round-trips`, () => expectRoundTrip(tool, requestExampleOf(tool.action)));

    it(`${tool.name}: response example validates`, () => expectResponseExample(tool));

    it(`${tool.name}: tier follows the verb`, () => {
      if (/^(Get|List|Describe|Search)/.test(tool.action)) expect(tool.tier).toBe('read');
      if (/^Delete/.test(tool.action)) expect(tool.tier).toBe('destructive');
    });
  }
});

const invalid: Record<string, Record<string, unknown>[]> = {
  DescribeVodDomainUsageData: [
    { StartTime: '2026-01-01T00:00:00Z', EndTime: '2026-01-02T00:00:00Z' },
    { StartTime: '2026-01-01T00:00:00Z', EndTime: '2026-06-01T00:00:00Z', Field: 'bps' },
    { StartTime: '2026-01-02T00:00:00Z', EndTime: '2026-01-01T00:00:00Z', Field: 'bps' },
  ],
  DescribeVodStorageData: [
    { StartTime: '2026-01-01T00:00:00Z', EndTime: '2026-03-01T00:00:00Z' },
    { StartTime: '2026-01-01 00:00:00', EndTime: '2026-01-02T00:00:00Z' },
    { StartTime: '2026-01-01T00:00:00Z', EndTime: '2026-01-02T00:00:00Z', Region: ['us-west-1'] },
  ],
  DescribeVodTranscodeData: [
    { StartTime: '2026-01-01T00:00:00Z', EndTime: '2026-01-02T00:00:00Z', Interval: 'week' },
    { StartTime: '2026-01-01T00:00:00Z', EndTime: '2026-01-02T00:00:00Z', Specification: ['SD'] },
  ],
  DescribeVodAIData: [{ StartTime: '2026-01-01T00:00:00Z', EndTime: '2026-01-02T00:00:00Z', AIType: ['AIFace'] }, { EndTime: '2026-01-02T00:00:00Z' }],
  DescribePlayTopVideos: [{}, { BizDate: '2026-01-01T00:00:00Z', PageSize: 1001 }],
  DescribePlayUserAvg: [{ StartTime: '2025-01-01T00:00:00Z', EndTime: '2025-12-01T00:00:00Z' }, { StartTime: '2025-01-01' , EndTime: '2025-01-02T00:00:00Z' }],
  DescribePlayUserTotal: [{ StartTime: '2025-01-02T00:00:00Z', EndTime: '2025-01-01T00:00:00Z' }],
  DescribePlayVideoStatis: [{ StartTime: '2025-01-01T00:00:00Z', EndTime: '2025-01-02T00:00:00Z' }],
  SetMessageCallback: [
    { CallbackURL: 'ftp://example.com/cb' },
    { CallbackURL: 'https://example.com/cb', EventTypeList: ['ALL', 'FileUploadComplete'] },
    { CallbackURL: 'https://example.com/cb', EventTypeList: ['NoSuchEvent'] },
    { CallbackURL: 'https://example.com/cb', AuthKey: 'onlyletters' },
    { CallbackURL: 'https://example.com/cb', AuthKey: 'dsf346dvet' },
    { EventTypeList: ['FileUploadComplete'] },
    { CallbackType: 'HTTP', EventTypeList: ['FileUploadComplete'] },
    { CallbackURL: `https://example.com/${'a'.repeat(250)}` },
    { CallbackURL: 'https://example.com/cb', CallbackType: 'MNS' },
  ],
  GetMessageCallback: [{ AppId: '' }, { Unknown: 'x' }],
  DeleteMessageCallback: [{ AppId: '' }, { Unknown: 'x' }],
  SetCrossdomainContent: [
    { Content: '<cross-domain-policy/>' },
    { Content: `<cross-domain-policy>${'x'.repeat(2048)}</cross-domain-policy>`, StorageLocation: 'outin-x.oss-cn-shanghai.aliyuncs.com' },
    { Content: 'plain text', StorageLocation: 'outin-x.oss-cn-shanghai.aliyuncs.com' },
  ],
  ListLiveRecordVideo: [{ PageSize: 101 }, { SortBy: 'Title:Asc' }, { StartTime: '2026-01-02T00:00:00Z', EndTime: '2026-01-01T00:00:00Z' }],
  CreateAppInfo: [{}, { AppName: 'bad name!' }, { AppName: 'a'.repeat(129) }, { AppName: 'ok', Description: 'd'.repeat(513) }],
  GetAppInfos: [{ AppIds: [] }, { AppIds: Array.from({ length: 11 }, (_, i) => `app-${i}`) }],
  ListAppInfo: [{ Status: 'Deleted' }, { PageSize: 101 }],
  UpdateAppInfo: [{ AppName: 'x' }, { AppId: 'app-1', Status: 'Off' }],
  DeleteAppInfo: [{}],
  AttachAppPolicyToIdentity: [
    { IdentityType: 'User', IdentityName: 'u', AppId: 'app-1', PolicyNames: ['VODAppFullAccess'] },
    { IdentityType: 'RamUser', IdentityName: 'u', AppId: 'app-1', PolicyNames: ['AdministratorAccess'] },
  ],
  DetachAppPolicyFromIdentity: [{ IdentityType: 'RamUser', IdentityName: 'u', AppId: 'app-1', PolicyNames: [] }],
  ListAppPoliciesForIdentity: [{ IdentityType: 'RamUser' }],
  MoveAppResource: [
    { TargetAppId: 'app-1', ResourceType: 'audio', ResourceIds: ['a'] },
    { TargetAppId: 'app-1', ResourceType: 'video', ResourceIds: Array.from({ length: 21 }, (_, i) => `v${i}`) },
  ],
};

describe('account tools: invalid input is refused', () => {
  for (const tool of TOOLS) {
    it(`${tool.name}`, () => {
      const cases = invalid[tool.action] ?? [];
      expect(cases.length).toBeGreaterThan(0);
      for (const args of cases) expect(tool.input.safeParse(args).success, JSON.stringify(args).slice(0, 120)).toBe(false);
    });
  }

  it('accepts ALL, an empty list and a valid signing key for callbacks', () => {
    const tool = settingsTools.find((item) => item.action === 'SetMessageCallback')!;
    expect(tool.input.safeParse({ CallbackURL: 'https://example.com/cb', EventTypeList: ['ALL'], AuthSwitch: 'on', AuthKey: 'Key2026abc' }).success).toBe(true);
    expect(tool.toParams(tool.input.parse({ CallbackURL: 'https://example.com/cb', EventTypeList: ['FileUploadComplete', 'TranscodeComplete'] }))).toMatchObject({
      EventTypeList: 'FileUploadComplete,TranscodeComplete',
    });
  });

  it('accepts Chinese app names', () => {
    const tool = appsTools.find((item) => item.action === 'CreateAppInfo')!;
    expect(tool.input.safeParse({ AppName: '教学视频-2026.v1@team' }).success).toBe(true);
  });
});
