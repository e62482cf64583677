import { describe, expect, it } from 'vitest';
import { toMcpTool } from '../../src/mcp/tool-runtime.js';
import type { AnyTool } from '../../src/tools/define-tool.js';
import { apiTools } from '../../src/tools/registry.js';
import { wireFormatOf } from '../../src/tools/wire-format.js';
import { alwaysSent, EXACTLY_ONE, KEPT_REQUIRED, METADATA, PENDING, shapeOf, TOOL_ONLY_ARGUMENTS } from '../helpers/current-api.js';
import { kindOf } from '../helpers/from-api-params.js';

const tools = apiTools();
const byAction = new Map(tools.map((tool) => [tool.action, tool]));
const tool = (action: string): AnyTool => byAction.get(action)!;
const withTool = Object.keys(METADATA).filter((action) => byAction.has(action));

describe('tools follow the official API metadata (data/reference/openapi-params.json)', () => {
  it('every action has a tool, except the pending ones', () => {
    expect(Object.keys(METADATA).filter((action) => !byAction.has(action)).sort()).toEqual([...PENDING].sort());
    expect(tools.filter((candidate) => !METADATA[candidate.action]).map((candidate) => candidate.action)).toEqual([]);
  });

  it.each(withTool)('%s: every official parameter is a tool argument, and the tool adds none', (action) => {
    const shape = shapeOf(tool(action));
    const official = METADATA[action]!.parameters.map((param) => param.name);
    expect(official.filter((name) => !(name in shape))).toEqual([]);
    expect(Object.keys(shape).filter((name) => !official.includes(name) && !TOOL_ONLY_ARGUMENTS[`${action}.${name}`])).toEqual([]);
  });

  it.each(withTool)('%s: required flags agree (a default counts as always sent)', (action) => {
    const shape = shapeOf(tool(action));
    for (const param of METADATA[action]!.parameters) {
      const kept = KEPT_REQUIRED[`${action}.${param.name}`];
      expect(alwaysSent(shape[param.name]!), `${action}.${param.name}`).toBe(kept ? true : param.required);
      if (kept) expect(param.required, `${action}.${param.name} is no longer optional in the metadata: drop it from KEPT_REQUIRED`).toBe(false);
    }
  });

  it('every RepeatList parameter is sent as Name.N.Sub=value', () => {
    const repeatLists = withTool.flatMap((action) => METADATA[action]!.parameters.filter((param) => param.type === 'RepeatList').map((param) => [action, param] as const));
    expect(repeatLists.length).toBeGreaterThan(0);
    for (const [action, param] of repeatLists) {
      const schema = shapeOf(tool(action))[param.name]!;
      expect(wireFormatOf(schema), `${action}.${param.name}`).toBe('repeatList');
      const item = Object.fromEntries((param.sub ?? []).map((sub, index) => [sub.name, `value${index}`]));
      const sent = tool(action).toParams({ [param.name]: [item, item] });
      const expected = Object.fromEntries([1, 2].flatMap((n) => Object.entries(item).map(([sub, value]) => [`${param.name}.${n}.${sub}`, value])));
      expect(sent).toEqual(expected);
    }
  });

  it('every Json parameter is sent as one JSON text', () => {
    const jsons = withTool.flatMap((action) => METADATA[action]!.parameters.filter((param) => param.type === 'Json').map((param) => [action, param] as const));
    expect(jsons.length).toBeGreaterThan(0);
    for (const [action, param] of jsons) {
      const schema = shapeOf(tool(action))[param.name]!;
      // Objects are JSON by default; a list must say so, or it would be comma-joined.
      if (kindOf(schema) === 'array') expect(wireFormatOf(schema), `${action}.${param.name}`).toBe('json');
      else expect(['object', 'record'], `${action}.${param.name}`).toContain(kindOf(schema));
    }
    expect(tool('SubmitSnapshotJob').toParams({ VideoId: 'v', SpecifiedOffsetTimes: [1000, 2500] })).toEqual({ VideoId: 'v', SpecifiedOffsetTimes: '[1000,2500]' });
  });
});

describe('exactly one of two replacements (VideoId or ReferenceId...)', () => {
  const SAMPLES: Record<string, unknown> = { VideoId: 'v1', ReferenceId: 'ref-0001', VideoIds: ['v1'], ReferenceIds: ['ref-0001'], TranscodeTaskId: 't1', JobIds: ['j1'] };
  /** The other required arguments of each tool. */
  const BASE: Record<string, Record<string, unknown>> = { SubmitTranscodeJobs: { TemplateGroupId: 'g' }, DeleteStream: { JobIds: ['j1'] }, SubmitSnapshotJob: { Count: 1 } };

  it('lists every pair the metadata made optional', () => {
    for (const [action, [first, second]] of Object.entries(EXACTLY_ONE)) {
      const params = METADATA[action]!.parameters;
      expect(params.find((param) => param.name === first)?.required, `${action}.${first}`).toBe(false);
      expect(params.find((param) => param.name === second)?.required, `${action}.${second}`).toBe(false);
    }
    const withReference = withTool.filter((action) => METADATA[action]!.parameters.some((param) => /^ReferenceIds?$/.test(param.name)));
    // CreateUploadVideo gives a new video its ReferenceId; GetVideoList filters by them: neither replaces VideoId.
    // BatchGetMediaInfos takes ReferenceIds besides its required MediaIds.
    expect(withReference.filter((action) => !EXACTLY_ONE[action]).sort()).toEqual(['BatchGetMediaInfos', 'CreateUploadVideo', 'GetVideoList']);
  });

  it.each(Object.entries(EXACTLY_ONE))('%s: the runtime takes exactly one of %s', (action, [first, second]) => {
    const input = tool(action).input;
    const base = BASE[action] ?? {};
    expect(input.safeParse({ ...base, [first]: SAMPLES[first] }).success).toBe(true);
    expect(input.safeParse({ ...base, [second]: SAMPLES[second] }).success).toBe(true);
    const both = input.safeParse({ ...base, [first]: SAMPLES[first], [second]: SAMPLES[second] });
    expect(both.success).toBe(false);
    expect(JSON.stringify(both.error?.issues)).toContain('exactly one');
    expect(input.safeParse(base).success).toBe(false);
  });

  it.each(Object.entries(EXACTLY_ONE))('%s: the published schema states the same rule', (action, [first, second]) => {
    const schema = toMcpTool(tool(action)).inputSchema as Record<string, unknown>;
    expect(schema.if).toEqual({ required: [first] });
    expect(schema.then).toEqual({ not: { required: [second] } });
    expect(schema.else).toEqual({ required: [second] });
    expect((schema.required as string[] | undefined) ?? []).not.toContain(first);
  });

  it('ReferenceIds follow the SDK rule: 6-64 letters, digits, - or _, at most 20', () => {
    const input = tool('GetVideoInfos').input;
    expect(input.safeParse({ ReferenceIds: ['abc'] }).success).toBe(false);
    expect(input.safeParse({ ReferenceIds: ['has space!'] }).success).toBe(false);
    expect(input.safeParse({ ReferenceIds: Array.from({ length: 21 }, (_, i) => `ref-${1000 + i}`) }).success).toBe(false);
    expect(tool('GetVideoInfos').toParams({ ReferenceIds: ['ref-0001', 'ref_0002'] })).toEqual({ ReferenceIds: 'ref-0001,ref_0002' });
  });
});

describe('published schemas every client can read', () => {
  it('no tool publishes a root oneOf/anyOf/allOf (the Anthropic API refuses them)', () => {
    for (const candidate of tools) {
      const schema = toMcpTool(candidate).inputSchema as Record<string, unknown>;
      expect(['oneOf', 'anyOf', 'allOf'].filter((key) => key in schema), candidate.name).toEqual([]);
    }
  });

  it('no published pattern uses \\p{...} classes; names still accept Chinese with the explicit ranges', () => {
    for (const candidate of tools) expect(JSON.stringify(toMcpTool(candidate).inputSchema), candidate.name).not.toMatch(/\\\\p\{/);
    const published = (toMcpTool(tool('CreateAppInfo')).inputSchema as unknown as { properties: { AppName: { pattern: string } } }).properties.AppName.pattern;
    expect(new RegExp(published).test('教学视频-2026.v1@team')).toBe(true);
    expect(new RegExp(published).test('bad name!')).toBe(false);
    expect(tool('CreateAppInfo').input.safeParse({ AppName: '教学视频' }).success).toBe(true);
    expect(tool('UpdateAppInfo').input.safeParse({ AppId: 'app-1', AppName: '教学视频' }).success).toBe(true);
    for (const action of ['AddWatermark', 'UpdateWatermark']) {
      const name = (toMcpTool(tool(action)).inputSchema as unknown as { properties: { Name: { pattern: string } } }).properties.Name.pattern;
      expect(new RegExp(name).test('台标Logo1'), action).toBe(true);
      expect(new RegExp(name).test('logo-1'), action).toBe(false);
    }
  });
});

describe('the audit’s fixes', () => {
  it('create_upload_video states the manual’s 3000 s credential lifetime', () => {
    expect(tool('CreateUploadVideo').description).toContain('3000 s');
    expect(tool('CreateUploadVideo').description).not.toContain('3600');
  });

  it('submit_ai_media_audit_job uses the default AI template when TemplateId is omitted', () => {
    expect(tool('SubmitAIMediaAuditJob').toParams(tool('SubmitAIMediaAuditJob').input.parse({ MediaId: 'v' }))).toEqual({ MediaId: 'v' });
  });

  it('UserData takes only HTTP callback overrides, in every tool that has it', () => {
    const withUserData = tools.filter((candidate) => 'UserData' in shapeOf(candidate));
    expect(withUserData.length).toBeGreaterThanOrEqual(12);
    for (const candidate of withUserData) {
      const schema = shapeOf(candidate).UserData!;
      const mns = schema.safeParse({ MessageCallback: { CallbackURL: 'https://example.com/cb', CallbackType: 'mns' } });
      expect(mns.success, candidate.name).toBe(false);
      expect(schema.safeParse({ MessageCallback: { CallbackURL: 'https://example.com/cb', CallbackType: 'http' } }).success, candidate.name).toBe(true);
      expect(schema.safeParse({ Extend: { big: 'x'.repeat(600) } }).success, candidate.name).toBe(false);
    }
    // Acceleration belongs to uploads only.
    const accelerate = { AccelerateConfig: { Type: 'oss', Domain: 'https://oss-accelerate.aliyuncs.com' } };
    expect(shapeOf(tool('CreateUploadVideo')).UserData!.safeParse(accelerate).success).toBe(true);
    expect(shapeOf(tool('SubmitTranscodeJobs')).UserData!.safeParse(accelerate).success).toBe(false);
  });

  it('Title and Tags have one rule: 128 bytes, at most 16 tags of 32 bytes, no emoji', () => {
    const title = '标'.repeat(43); // 129 bytes
    for (const action of ['CreateUploadVideo', 'UpdateVideoInfo', 'CreateUploadImage']) {
      const shape = shapeOf(tool(action));
      expect(shape.Title!.safeParse(title).success, action).toBe(false);
      expect(shape.Title!.safeParse('标'.repeat(42)).success, action).toBe(true);
      expect(shape.Tags!.safeParse(['标'.repeat(11)]).success, action).toBe(false); // 33 bytes
      expect(shape.Tags!.safeParse(['a'.repeat(32)]).success, action).toBe(true);
      expect(shape.Tags!.safeParse(Array.from({ length: 17 }, (_, i) => `t${i}`)).success, action).toBe(false);
      expect(shape.Title!.safeParse('launch 🚀').success, action).toBe(false);
    }
    const content = shapeOf(tool('UpdateVideoInfos')).UpdateContent!;
    expect(content.safeParse([{ VideoId: 'v', Tags: '标'.repeat(11) }]).success).toBe(false);
  });

  it('set_message_callback: CallbackURL only for HTTP, AuthKey with upper case, lower case and digits', () => {
    const input = tool('SetMessageCallback').input;
    expect(input.safeParse({ CallbackType: 'MNS', MnsEndpoint: 'https://1.mns.cn-shanghai.aliyuncs.com/', MnsQueueName: 'q' }).success).toBe(true);
    expect(input.safeParse({ CallbackType: 'HTTP' }).success).toBe(false);
    expect(input.safeParse({}).success).toBe(false);
    expect(input.safeParse({ CallbackURL: 'https://example.com/cb', AuthKey: 'dsf346dvet' }).success).toBe(false);
    expect(input.safeParse({ CallbackURL: 'https://example.com/cb', AuthKey: 'DSF346DVET' }).success).toBe(false);
    expect(input.safeParse({ CallbackURL: 'https://example.com/cb', AuthKey: 'Dsf346dvet' }).success).toBe(true);
    const schema = toMcpTool(tool('SetMessageCallback')).inputSchema as Record<string, unknown>;
    expect(schema.else).toEqual({ required: ['CallbackURL'] });
    expect(schema.then).toEqual({ required: ['MnsEndpoint', 'MnsQueueName'] });
  });

  it('AppId defaults to app-1000000 where the manual says so; policies other than administrator need it', () => {
    expect(tool('DeleteMessageCallback').input.safeParse({}).success).toBe(true);
    for (const action of ['AttachAppPolicyToIdentity', 'DetachAppPolicyFromIdentity']) {
      const input = tool(action).input;
      const who = { IdentityType: 'RamUser', IdentityName: 'u1' };
      expect(input.safeParse({ ...who, PolicyNames: ['VODAppAdministratorAccess'] }).success, action).toBe(true);
      expect(input.safeParse({ ...who, PolicyNames: ['VODAppFullAccess'] }).success, action).toBe(false);
      expect(input.safeParse({ ...who, PolicyNames: ['VODAppAdministratorAccess', 'VODAppFullAccess'] }).success, action).toBe(false);
      expect(input.safeParse({ ...who, AppId: 'app-1', PolicyNames: ['VODAppFullAccess'] }).success, action).toBe(true);
      expect((toMcpTool(tool(action)).inputSchema as Record<string, unknown>).else).toEqual({ required: ['AppId'] });
    }
  });

  it('describe_vod_user_domains sends Tag as Tag.N.Key/Tag.N.Value', () => {
    const list = tool('DescribeVodUserDomains');
    expect(list.toParams(list.input.parse({ Tag: [{ Key: 'env', Value: 'demo' }, { Key: 'team' }] }))).toEqual({ 'Tag.1.Key': 'env', 'Tag.1.Value': 'demo', 'Tag.2.Key': 'team' });
  });

  it('get_media_audit_result_detail sends PageNo 1 when it is omitted', () => {
    const detail = tool('GetMediaAuditResultDetail');
    expect(detail.toParams(detail.input.parse({ MediaId: 'v' }))).toEqual({ MediaId: 'v', PageNo: '1' });
  });

  it('the newer parameters carry the metadata’s enums and limits', () => {
    expect(tool('DescribeVodDomainUsageData').input.safeParse({ StartTime: '2026-01-01T00:00:00Z', EndTime: '2026-01-05T00:00:00Z', Field: 'bps', Interval: '300' }).success).toBe(false);
    expect(tool('DescribeVodDomainUsageData').input.safeParse({ StartTime: '2026-01-01T00:00:00Z', EndTime: '2026-01-03T00:00:00Z', Field: 'bps', Interval: '300' }).success).toBe(true);
    expect(tool('DescribeVodDomainUsageData').input.safeParse({ StartTime: '2026-01-01T00:00:00Z', EndTime: '2026-01-03T00:00:00Z', Field: 'bps', Interval: '60' }).success).toBe(false);
    expect(tool('PreloadVodObjectCaches').input.safeParse({ ObjectPath: ['https://a.example.com/x.mp4'], Area: 'mars' }).success).toBe(false);
    expect(tool('GetTranscodeTask').input.safeParse({ JobIds: Array.from({ length: 11 }, (_, i) => `j${i}`) }).success).toBe(false);
    expect(tool('SubmitSnapshotJob').input.safeParse({ VideoId: 'v', SpecifiedOffsetTimes: Array.from({ length: 31 }, (_, i) => i * 1000) }).success).toBe(false);
    expect(tool('SubmitSnapshotJob').input.safeParse({ VideoId: 'v', SpecifiedOffsetTimes: [0, 5000] }).success).toBe(true);
    expect(tool('UploadMediaByURL').input.safeParse({ UploadURLs: ['https://a.example.com/x.mp4'], SessionId: 'x'.repeat(51) }).success).toBe(false);
    expect(tool('DeleteVodSpecificConfig').input.safeParse({ DomainName: 'a.example.com', ConfigId: '1', Env: 'staging' }).success).toBe(false);
    expect(tool('GetPlayInfo').input.safeParse({ VideoId: 'v', Trace: 'mark' }).success).toBe(false);
    expect(tool('GetPlayInfo').input.safeParse({ VideoId: 'v', DigitalWatermarkType: 'TraceMark', Trace: 'mark' }).success).toBe(true);
  });
});
