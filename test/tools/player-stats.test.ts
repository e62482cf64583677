import { describe, expect, it } from 'vitest';
import { toMcpTool } from '../../src/mcp/tool-runtime.js';
import type { AnyTool } from '../../src/tools/define-tool.js';
import { playerStatsTools } from '../../src/tools/playback-stats/index.js';
import { allTools } from '../../src/tools/registry.js';

// Schema rules of the player analytics and per-media play tools (issue 13), from the SDK models' parameter notes.

const tool = (action: string): AnyTool => playerStatsTools.find((candidate) => candidate.action === action)!;
const accepts = (action: string, args: Record<string, unknown>) => tool(action).input.safeParse(args).success;
const published = (action: string) => toMcpTool(tool(action)).inputSchema as Record<string, unknown> & { properties: Record<string, Record<string, unknown>> };

const BASE = { AppId: 'app-1000000', StartTime: '2026-01-01T00:00:00Z', EndTime: '2026-01-02T00:00:00Z', Interval: '1h', Metrics: ['Vv'], TerminalType: 'web' };
const days = (n: number) => new Date(Date.parse(BASE.StartTime) + n * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
const SERIES = ['DescribeVodPlayerCollectData', 'DescribeVodPlayerMetricData'];

describe('the five tools', () => {
  it('are read tools of playback_stats, in the registry', () => {
    expect(playerStatsTools.map((candidate) => candidate.name)).toEqual([
      'describe_vod_player_collect_data', 'describe_vod_player_metric_data', 'describe_vod_player_dimension_data', 'describe_vod_media_play_data', 'get_daily_play_region_statis',
    ]);
    const registered = new Set(allTools().map((candidate) => candidate.name));
    for (const candidate of playerStatsTools) {
      expect(candidate.toolset, candidate.name).toBe('playback_stats');
      expect(candidate.tier, candidate.name).toBe('read');
      expect(registered.has(candidate.name), candidate.name).toBe(true);
    }
  });
});

describe.each(SERIES)('%s', (action) => {
  it('takes 1-3 distinct metrics of the SDK model, sent comma-joined', () => {
    expect(accepts(action, { ...BASE, Metrics: ['Vv', 'Uv', 'FirstFrame'] })).toBe(true);
    expect(accepts(action, { ...BASE, Metrics: ['Vv', 'Uv', 'FirstFrame', 'RealVv'] })).toBe(false);
    expect(accepts(action, { ...BASE, Metrics: [] })).toBe(false);
    expect(accepts(action, { ...BASE, Metrics: ['Vv', 'Vv'] })).toBe(false);
    expect(accepts(action, { ...BASE, Metrics: ['Plays'] })).toBe(false);
    expect(tool(action).toParams({ ...BASE, Metrics: ['Vv', 'JumpRate5s'] })).toMatchObject({ Metrics: 'Vv,JumpRate5s', TerminalType: 'web' });
    expect(published(action).properties.Metrics!.uniqueItems).toBe(true);
  });

  it('allows 5m up to 3 days, 1h up to 7 days, 1d up to 31 days', () => {
    expect(accepts(action, { ...BASE, EndTime: days(3), Interval: '5m' })).toBe(true);
    expect(accepts(action, { ...BASE, EndTime: days(4), Interval: '5m' })).toBe(false);
    expect(accepts(action, { ...BASE, EndTime: days(7), Interval: '1h' })).toBe(true);
    expect(accepts(action, { ...BASE, EndTime: days(8), Interval: '1h' })).toBe(false);
    expect(accepts(action, { ...BASE, EndTime: days(31), Interval: '1d' })).toBe(true);
    expect(accepts(action, { ...BASE, EndTime: days(32), Interval: '1d' })).toBe(false);
    expect(accepts(action, { ...BASE, EndTime: BASE.StartTime })).toBe(false);
    expect(accepts(action, { ...BASE, Interval: '30m' })).toBe(false);
    expect(accepts(action, { ...BASE, TerminalType: 'native' })).toBe(false);
  });

  it('takes Os as a list sent joined by #_#, native players only on Android, iOS, Harmony', () => {
    expect(tool(action).toParams({ ...BASE, Os: ['Windows', 'MacOS'] })).toMatchObject({ Os: 'Windows#_#MacOS' });
    expect(accepts(action, { ...BASE, Os: ['Windows'] })).toBe(true);
    expect(accepts(action, { ...BASE, TerminalType: 'mobile', Os: ['Harmony', 'iOS'] })).toBe(true);
    expect(accepts(action, { ...BASE, TerminalType: 'mobile', Os: ['Windows'] })).toBe(false);
    expect(accepts(action, { ...BASE, Os: ['Android', 'Android'] })).toBe(false);
    const schema = published(action);
    expect(schema.if).toEqual({ properties: { TerminalType: { const: 'mobile' } }, required: ['TerminalType'] });
    expect(schema.then).toEqual({ properties: { Os: { items: { enum: ['Android', 'iOS', 'Harmony'] } } } });
  });
});

describe('describe_vod_player_collect_data', () => {
  it('takes Period as 1d-365d', () => {
    for (const good of ['1d', '7d', '365d']) expect(accepts('DescribeVodPlayerCollectData', { ...BASE, Period: good }), good).toBe(true);
    for (const bad of ['0d', '366d', '1h', 'd', '01d']) expect(accepts('DescribeVodPlayerCollectData', { ...BASE, Period: bad }), bad).toBe(false);
  });
});

describe('describe_vod_player_metric_data', () => {
  const action = 'DescribeVodPlayerMetricData';
  const filter = (Field: string, Op: string, Value: string[]) => ({ Field, Op, Value });

  it('sends Filters as one JSON text, each Value joined by #_#', () => {
    const args = { ...BASE, Filters: [filter('Codec', '=', ['H265', 'H264']), filter('SdkVersion', '>', ['6.8.0'])], Top: 5, PageSize: 100 };
    expect(accepts(action, args)).toBe(true);
    expect(tool(action).toParams(args)).toEqual({
      AppId: 'app-1000000', StartTime: BASE.StartTime, EndTime: BASE.EndTime, Interval: '1h', Metrics: 'Vv', TerminalType: 'web', Top: '5', PageSize: '100',
      Filters: '[{"Field":"Codec","Op":"=","Value":"H265#_#H264"},{"Field":"SdkVersion","Op":">","Value":"6.8.0"}]',
    });
  });

  it('refuses filters the SDK model rules out', () => {
    expect(accepts(action, { ...BASE, Filters: [filter('Codec', '>', ['H264'])] })).toBe(false);
    expect(accepts(action, { ...BASE, Filters: [filter('VideoDefinition', '<', ['HD'])] })).toBe(true);
    expect(accepts(action, { ...BASE, Filters: [filter('VideoDefinition', '<', ['HD', 'SD'])] })).toBe(false);
    expect(accepts(action, { ...BASE, Filters: [filter('Codec', '=', ['H264']), filter('Codec', '!=', ['H265'])] })).toBe(false);
    expect(accepts(action, { ...BASE, Filters: ['Codec', 'Network', 'Isp', 'Domain'].map((field) => filter(field, '=', ['x'])) })).toBe(false);
    expect(accepts(action, { ...BASE, Filters: [filter('Os', '=', ['Android'])] })).toBe(false);
    expect(accepts(action, { ...BASE, Filters: [filter('Codec', '=', ['H264#_#H265'])] })).toBe(false);
    expect(accepts(action, { ...BASE, Filters: [filter('Codec', '~', ['H264'])] })).toBe(false);
  });

  it('pages up to 5000 points and takes Top and Language', () => {
    expect(accepts(action, { ...BASE, PageSize: 5000, PageNumber: 2, Top: 1, Language: 'en' })).toBe(true);
    expect(accepts(action, { ...BASE, PageSize: 5001 })).toBe(false);
    expect(accepts(action, { ...BASE, Top: 0 })).toBe(false);
    expect(accepts(action, { ...BASE, Language: 'fr' })).toBe(false);
  });
});

describe('describe_vod_player_dimension_data', () => {
  const action = 'DescribeVodPlayerDimensionData';
  it('takes the 13 dimension types, an optional 31-day range given as a pair, and Region', () => {
    expect(accepts(action, { AppId: 'app-1', Dimension: 'Os' })).toBe(true);
    expect(accepts(action, { AppId: 'app-1', Dimension: 'Browser' })).toBe(false);
    expect(published(action).properties.Dimension!.enum).toHaveLength(13);
    expect(accepts(action, { AppId: 'app-1', Dimension: 'Isp', Region: 'CN', StartTime: BASE.StartTime, EndTime: days(31) })).toBe(true);
    expect(accepts(action, { AppId: 'app-1', Dimension: 'Isp', StartTime: BASE.StartTime })).toBe(false);
    expect(accepts(action, { AppId: 'app-1', Dimension: 'Isp', StartTime: BASE.StartTime, EndTime: days(32) })).toBe(false);
    expect(accepts(action, { AppId: 'app-1', Dimension: 'Isp', Region: 'EU' })).toBe(false);
    expect(accepts(action, { Dimension: 'Os' })).toBe(false);
    expect(published(action).dependentRequired).toEqual({ StartTime: ['EndTime'], EndTime: ['StartTime'] });
  });
});

describe('describe_vod_media_play_data', () => {
  const action = 'DescribeVodMediaPlayData';
  const page = { PageNo: 1, PageSize: 20 };
  it('requires paging (up to 100), takes PlayDate as yyyyMMdd and the SDK model’s enums', () => {
    expect(accepts(action, { ...page, PlayDate: '20240322', Os: 'macOS', TerminalType: 'Native', Region: 'ap-southeast-5', MediaId: 'v1' })).toBe(true);
    expect(accepts(action, { PageNo: 1 })).toBe(false);
    expect(accepts(action, { ...page, PageSize: 101 })).toBe(false);
    for (const bad of ['2024-03-22', '20240230', '20241301', '2024032']) expect(accepts(action, { ...page, PlayDate: bad }), bad).toBe(false);
    expect(accepts(action, { ...page, Os: 'MacOS' })).toBe(false);
    expect(accepts(action, { ...page, TerminalType: 'web' })).toBe(false);
    expect(accepts(action, { ...page, Region: 'us-west-1' })).toBe(false);
  });

  it('takes OrderName and OrderType together', () => {
    expect(accepts(action, { ...page, OrderName: 'PlayDurationPerUv', OrderType: 'ASC' })).toBe(true);
    expect(accepts(action, { ...page, OrderName: 'PlayDuration' })).toBe(false);
    expect(accepts(action, { ...page, OrderType: 'DESC' })).toBe(false);
    expect(accepts(action, { ...page, OrderName: 'DAU', OrderType: 'DESC' })).toBe(false);
    expect(published(action).dependentRequired).toEqual({ OrderName: ['OrderType'], OrderType: ['OrderName'] });
    expect(tool(action).toParams({ ...page, OrderName: 'PlayDuration', OrderType: 'ASC' })).toEqual({ PageNo: '1', PageSize: '20', OrderName: 'PlayDuration', OrderType: 'ASC' });
  });
});

describe('get_daily_play_region_statis', () => {
  const action = 'GetDailyPlayRegionStatis';
  it('takes one real yyyy-MM-dd date and one of the seven media regions', () => {
    expect(accepts(action, { Date: '2025-03-20', MediaRegion: 'cn-beijing' })).toBe(true);
    for (const bad of ['20250320', '2025-02-29', '2025-3-20', '2025-03-20,2025-03-21']) expect(accepts(action, { Date: bad, MediaRegion: 'cn-beijing' }), bad).toBe(false);
    expect(accepts(action, { Date: '2024-02-29', MediaRegion: 'eu-central-1' })).toBe(true);
    expect(accepts(action, { Date: '2025-03-20', MediaRegion: 'cn-hangzhou' })).toBe(false);
    expect(accepts(action, { Date: '2025-03-20' })).toBe(false);
  });
});
