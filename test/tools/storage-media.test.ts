import { describe, expect, it } from 'vitest';
import { toMcpTool } from '../../src/mcp/tool-runtime.js';
import type { AnyTool, ToolContext } from '../../src/tools/define-tool.js';
import { allTools, selectTools } from '../../src/tools/registry.js';
import { storageTools } from '../../src/tools/storage/index.js';
import { DEFAULT_TOOLSETS } from '../../src/tools/toolsets.js';

// Schema rules of the storage family and of the newer media, image and upload actions (en-US metadata, SDK models).

const byAction = new Map(allTools().map((tool) => [tool.action, tool]));
const tool = (action: string): AnyTool => byAction.get(action)!;
const accepts = (action: string, args: Record<string, unknown>) => expect(tool(action).input.safeParse(args).success, `${action} ${JSON.stringify(args)}`).toBe(true);
const refuses = (action: string, args: Record<string, unknown>) => expect(tool(action).input.safeParse(args).success, `${action} ${JSON.stringify(args)}`).toBe(false);
const ids = (count: number) => Array.from({ length: count }, (_, i) => `id${i}`);
const sent = (action: string, args: Record<string, unknown>) => tool(action).toParams(tool(action).input.parse(args));

describe('the storage toolset', () => {
  it('holds the five storage actions, outside the default set', () => {
    expect(storageTools.map((candidate) => candidate.action).sort()).toEqual(
      ['DescribeMediaDistribution', 'DescribeVodTieringStorageData', 'DescribeVodTieringStorageRetrievalData', 'RestoreMedia', 'UpdateMediaStorageClass'],
    );
    expect(storageTools.every((candidate) => candidate.toolset === 'storage')).toBe(true);
    expect(DEFAULT_TOOLSETS).not.toContain('storage');
    expect(selectTools({ toolsets: ['storage'] }).map((candidate) => candidate.name)).toContain('restore_media');
  });

  it('tiers: a class change is destructive, a restore a billable write, the rest reads', () => {
    expect(tool('UpdateMediaStorageClass').tier).toBe('destructive');
    expect(tool('UpdateMediaStorageClass').preview).toBeDefined();
    expect(tool('RestoreMedia')).toMatchObject({ tier: 'write', billable: true });
    expect(tool('RestoreMedia').description).toContain('Billable');
    for (const action of ['DescribeVodTieringStorageData', 'DescribeVodTieringStorageRetrievalData', 'DescribeMediaDistribution', 'BatchGetMediaInfos', 'GetImageInfos']) {
      expect(tool(action).tier, action).toBe('read');
    }
    expect(tool('UploadStreamByURL').tier).toBe('write');
    expect(tool('BatchGetMediaInfos').toolset).toBe('media');
    expect(tool('GetImageInfos').toolset).toBe('images');
    expect(tool('UploadStreamByURL').toolset).toBe('upload');
  });

  it('the class change says what restoring costs and takes', () => {
    const { description, tierReason } = tool('UpdateMediaStorageClass');
    expect(description).toMatch(/restore_media/);
    expect(description).toMatch(/retrieval fees/);
    expect(description).toMatch(/1-12 h/);
    expect(tierReason).toMatch(/12 hours/);
  });
});

describe('update_media_storage_class', () => {
  it('takes the four target classes, the two scopes and the three restore tiers', () => {
    for (const StorageClass of ['Standard', 'IA', 'Archive', 'ColdArchive']) accepts('UpdateMediaStorageClass', { MediaIds: ['v1'], StorageClass });
    refuses('UpdateMediaStorageClass', { MediaIds: ['v1'], StorageClass: 'SourceIA' });
    refuses('UpdateMediaStorageClass', { MediaIds: ['v1'], StorageClass: 'Changing' });
    refuses('UpdateMediaStorageClass', { MediaIds: ['v1'] });
    accepts('UpdateMediaStorageClass', { MediaIds: ['v1'], StorageClass: 'IA', Scope: 'SourceFile', RestoreTier: 'Bulk', AllowUpdateWithoutTimeLimit: true });
    refuses('UpdateMediaStorageClass', { MediaIds: ['v1'], StorageClass: 'IA', Scope: 'Streams' });
    refuses('UpdateMediaStorageClass', { MediaIds: ['v1'], StorageClass: 'IA', RestoreTier: 'Fast' });
  });

  it('takes 1-20 media IDs, sent comma-joined; the flag as text', () => {
    accepts('UpdateMediaStorageClass', { MediaIds: ids(20), StorageClass: 'IA' });
    refuses('UpdateMediaStorageClass', { MediaIds: ids(21), StorageClass: 'IA' });
    refuses('UpdateMediaStorageClass', { MediaIds: [], StorageClass: 'IA' });
    refuses('UpdateMediaStorageClass', { MediaIds: ['a,b'], StorageClass: 'IA' });
    expect(sent('UpdateMediaStorageClass', { MediaIds: ['v1', 'v2'], StorageClass: 'Archive', AllowUpdateWithoutTimeLimit: true })).toEqual({
      MediaIds: 'v1,v2',
      StorageClass: 'Archive',
      AllowUpdateWithoutTimeLimit: 'true',
    });
  });

  it('previews with one read call: titles and current classes, and the playback stop for archive classes', async () => {
    const calls: { action: string; params: Record<string, string> }[] = [];
    const context = {
      api: {
        call: async (action: string, params: Record<string, string>) => {
          calls.push({ action, params });
          return { RequestId: 'r', VideoList: [{ VideoId: 'v1', Title: 'Lecture 1', StorageClass: 'Standard', Size: 10, Duration: 60 }] };
        },
      },
    } as unknown as ToolContext;
    const preview = await tool('UpdateMediaStorageClass').preview!(tool('UpdateMediaStorageClass').input.parse({ MediaIds: ['v1', 'v2'], StorageClass: 'ColdArchive' }), context);
    expect(calls).toEqual([{ action: 'GetVideoInfos', params: { VideoIds: 'v1,v2' } }]);
    expect(preview.items).toEqual([{ VideoId: 'v1', Title: 'Lecture 1', StorageClass: 'Standard', Size: 10 }]);
    expect(preview.summary).toContain('Change 1 media to ColdArchive');
    expect(preview.summary).toContain('Playback stops');
    expect(preview.summary).toContain('1 ID(s) not found');
    const toIa = await tool('UpdateMediaStorageClass').preview!(tool('UpdateMediaStorageClass').input.parse({ MediaIds: ['v1'], StorageClass: 'IA', Scope: 'SourceFile' }), context);
    expect(toIa.summary).not.toContain('Playback stops');
    expect(toIa.summary).toContain('source files only');
  });
});

describe('restore_media', () => {
  it('RestoreDays is a whole number 1-365 carried as text; tiers and scopes from the metadata', () => {
    for (const RestoreDays of ['1', '7', '365']) accepts('RestoreMedia', { MediaIds: ['v1'], RestoreDays });
    for (const RestoreDays of ['0', '366', '1.5', '01', '-1', 'seven']) refuses('RestoreMedia', { MediaIds: ['v1'], RestoreDays });
    accepts('RestoreMedia', { MediaIds: ['v1'], RestoreTier: 'Expedited', Scope: 'All' });
    refuses('RestoreMedia', { MediaIds: ['v1'], RestoreTier: 'Urgent' });
    refuses('RestoreMedia', { MediaIds: ids(21) });
    refuses('RestoreMedia', {});
    expect(sent('RestoreMedia', { MediaIds: ['v1', 'v2'], RestoreDays: '3' })).toEqual({ MediaIds: 'v1,v2', RestoreDays: '3' });
  });
});

describe('tiering usage queries', () => {
  const day = { StartTime: '2026-03-01T00:00:00Z', EndTime: '2026-03-02T00:00:00Z' };

  it.each(['DescribeVodTieringStorageData', 'DescribeVodTieringStorageRetrievalData'])('%s: optional window, both or neither, up to 31 days', (action) => {
    accepts(action, {});
    accepts(action, day);
    accepts(action, { StartTime: '2026-03-01T00:00:00Z', EndTime: '2026-04-01T00:00:00Z' });
    refuses(action, { StartTime: '2026-03-01T00:00:00Z', EndTime: '2026-04-01T00:00:01Z' });
    refuses(action, { StartTime: '2026-03-02T00:00:00Z', EndTime: '2026-03-01T00:00:00Z' });
    refuses(action, { StartTime: day.StartTime });
    refuses(action, { EndTime: day.EndTime });
    refuses(action, { StartTime: '2026-03-01 00:00:00', EndTime: day.EndTime });
    const schema = toMcpTool(tool(action)).inputSchema as Record<string, unknown>;
    expect(schema.dependentRequired).toEqual({ StartTime: ['EndTime'], EndTime: ['StartTime'] });
  });

  it.each(['DescribeVodTieringStorageData', 'DescribeVodTieringStorageRetrievalData'])('%s: IA/Archive/ColdArchive, tiered regions, sent comma-joined', (action) => {
    for (const StorageClass of ['IA', 'Archive', 'ColdArchive']) accepts(action, { StorageClass });
    refuses(action, { StorageClass: 'Standard' });
    refuses(action, { StorageClass: 'SourceIA' });
    accepts(action, { Region: ['cn-shanghai', 'ap-southeast-1'], AppId: 'app-1' });
    refuses(action, { Region: ['us-west-1'] });
    refuses(action, { Region: [] });
    expect(sent(action, { ...day, Region: ['cn-shanghai', 'cn-beijing'] })).toEqual({ ...day, Region: 'cn-shanghai,cn-beijing' });
  });

  it('the retrieval window is at least 5 minutes', () => {
    accepts('DescribeVodTieringStorageRetrievalData', { StartTime: '2026-03-01T00:00:00Z', EndTime: '2026-03-01T00:05:00Z' });
    refuses('DescribeVodTieringStorageRetrievalData', { StartTime: '2026-03-01T00:00:00Z', EndTime: '2026-03-01T00:04:59Z' });
    accepts('DescribeVodTieringStorageData', { StartTime: '2026-03-01T00:00:00Z', EndTime: '2026-03-01T00:01:00Z' });
    const published = toMcpTool(tool('DescribeVodTieringStorageRetrievalData')).inputSchema as unknown as { properties: { EndTime: { description: string } } };
    expect(published.properties.EndTime.description).toContain('at least 5 minutes');
  });

  it('describe_media_distribution: intervals, the nine classes a media shows, six calendar months', () => {
    for (const Interval of ['hour', 'day', 'week', 'month']) accepts('DescribeMediaDistribution', { Interval });
    refuses('DescribeMediaDistribution', { Interval: 'year' });
    for (const StorageClass of ['Standard', 'IA', 'Archive', 'ColdArchive', 'SourceIA', 'SourceArchive', 'SourceColdArchive', 'Changing', 'SourceChanging']) {
      accepts('DescribeMediaDistribution', { StorageClass });
    }
    refuses('DescribeMediaDistribution', { StorageClass: 'Frozen' });
    accepts('DescribeMediaDistribution', { StartTime: '2026-01-31T00:00:00Z', EndTime: '2026-07-31T00:00:00Z' });
    refuses('DescribeMediaDistribution', { StartTime: '2026-01-31T00:00:00Z', EndTime: '2026-07-31T00:00:01Z' });
    refuses('DescribeMediaDistribution', { StartTime: '2026-01-31T00:00:00Z' });
    refuses('DescribeMediaDistribution', { StartTime: '2026-02-01T00:00:00Z', EndTime: '2026-01-31T00:00:00Z' });
  });
});

describe('batch_get_media_infos, get_image_infos, upload_stream_by_url', () => {
  it('batch_get_media_infos: MediaIds required (1-20), ReferenceIds besides (SDK rule, at most 20)', () => {
    accepts('BatchGetMediaInfos', { MediaIds: ids(20) });
    accepts('BatchGetMediaInfos', { MediaIds: ['v1'], ReferenceIds: ['ref-0001'] });
    refuses('BatchGetMediaInfos', { ReferenceIds: ['ref-0001'] });
    refuses('BatchGetMediaInfos', { MediaIds: ids(21) });
    refuses('BatchGetMediaInfos', { MediaIds: ['v1'], ReferenceIds: ['abc'] });
    expect(sent('BatchGetMediaInfos', { MediaIds: ['v1', 'v2'], ReferenceIds: ['ref-0001'] })).toEqual({ MediaIds: 'v1,v2', ReferenceIds: 'ref-0001' });
  });

  it('get_image_infos: 1-20 IDs; OSS URLs at most 30 days', () => {
    accepts('GetImageInfos', { ImageIds: ids(20), OutputType: 'oss', AuthTimeout: 2_592_000 });
    refuses('GetImageInfos', { ImageIds: ids(21) });
    refuses('GetImageInfos', { ImageIds: ['i1'], OutputType: 'oss', AuthTimeout: 2_592_001 });
    accepts('GetImageInfos', { ImageIds: ['i1'], OutputType: 'cdn', AuthTimeout: 2_592_001 });
    refuses('GetImageInfos', { ImageIds: ['i1'], AuthTimeout: 0 });
    refuses('GetImageInfos', { ImageIds: ['i1'], OutputType: 'ftp' });
  });

  it('upload_stream_by_url: definitions, HDR types, an http(s) URL; metadata and UserData as JSON', () => {
    const base = { MediaId: 'v1', Definition: 'HD', StreamURL: 'https://example.com/hd.m3u8' };
    accepts('UploadStreamByURL', base);
    for (const Definition of ['FD', 'LD', 'SD', 'HD', 'OD', '2K', '4K', 'SQ', 'HQ', 'AUTO']) accepts('UploadStreamByURL', { ...base, Definition });
    refuses('UploadStreamByURL', { ...base, Definition: 'FHD' });
    for (const HDRType of ['HDR', 'HDR10', 'HLG', 'DolbyVision', 'HDRVivid', 'SDR+']) accepts('UploadStreamByURL', { ...base, HDRType });
    refuses('UploadStreamByURL', { ...base, HDRType: 'HDR11' });
    refuses('UploadStreamByURL', { ...base, StreamURL: 'ftp://example.com/hd.m3u8' });
    refuses('UploadStreamByURL', { ...base, FileExtension: '.mp4' });
    refuses('UploadStreamByURL', { Definition: 'HD', StreamURL: base.StreamURL });
    refuses('UploadStreamByURL', { ...base, UserData: { MessageCallback: { CallbackURL: 'https://cb.example.com', CallbackType: 'mns' } } });
    expect(
      sent('UploadStreamByURL', { ...base, FileExtension: 'mp4', UploadMetadata: { FileSize: 1024 }, UserData: { Extend: { batch: '7' } } }),
    ).toEqual({ ...base, FileExtension: 'mp4', UploadMetadata: '{"FileSize":1024}', UserData: '{"Extend":{"batch":"7"}}' });
  });
});
