import { describe, expect, it } from 'vitest';
import { attachedMediaTools } from '../../src/tools/attached-media/index.js';
import type { AnyTool } from '../../src/tools/define-tool.js';
import { dynamicImagesTools } from '../../src/tools/dynamic-images/index.js';
import { imagesTools } from '../../src/tools/images/index.js';
import { mediaTools } from '../../src/tools/media/index.js';
import { expectResponseExample, expectRoundTrip, requestExampleOf } from '../helpers/spec-data.js';
import { fromApiParams } from '../helpers/from-api-params.js';
import { manualActions } from '../helpers/manual-data.js';

// The manual's actions (they have spec examples); the metadata's newer ones are tested in storage-media.test.ts.
const MANUAL = new Set(manualActions());
const TOOLS: AnyTool[] = [...mediaTools, ...imagesTools, ...attachedMediaTools, ...dynamicImagesTools].filter(
  // SubmitDynamicImageJob belongs to the manual's processing section: templates-processing.test.ts covers it.
  (tool) => MANUAL.has(tool.action) && tool.action !== 'SubmitDynamicImageJob',
);

/** Where the spec's own request example breaks the spec's rules, the corrected value (see the report). */
const EXAMPLE_FIXES: Record<string, Record<string, string>> = {
  // "field = value" is a placeholder, not a Match expression (unknown field, unquoted string).
  SearchMedia: { Match: "Title = 'ceshi'" },
  // CateId is a Long; the example masks it as "781111****".
  GetVideoList: { CateId: '781111' },
  // The example's keys are "MediaId " (trailing space), "Title2" and "Description2".
  UpdateAttachedMediaInfos: {
    UpdateContent: JSON.stringify([
      { MediaId: 'bbc65bba53f6ed90de118a7849****', Title: '标题1', Description: '描述1', Tags: '标签1,标签2' },
      { MediaId: 'f45cf4eba5cb90233389558c39****', Title: '标题', Description: '描述', Tags: '标签3,标签4' },
    ]),
  },
};

function exampleOf(action: string): Record<string, string> {
  return { ...requestExampleOf(action), ...EXAMPLE_FIXES[action] };
}

const tool = (action: string): AnyTool => {
  const found = TOOLS.find((candidate) => candidate.action === action);
  if (!found) throw new Error(`no tool for ${action}`);
  return found;
};

describe('media tools: spec examples', () => {
  it('covers every action of the group', () => {
    expect(TOOLS.map((t) => t.action).sort()).toEqual(
      [
        'SearchMedia', 'GetVideoInfo', 'GetVideoInfos', 'GetVideoList', 'GetMezzanineInfo', 'UpdateVideoInfo', 'UpdateVideoInfos', 'DeleteMezzanines',
        'DeleteStream', 'DeleteVideo', 'GetImageInfo', 'UpdateImageInfos', 'DeleteImage', 'ListSnapshots', 'GetAttachedMediaInfo',
        'UpdateAttachedMediaInfos', 'DeleteAttachedMedia', 'ListDynamicImage', 'DeleteDynamicImage',
      ].sort(),
    );
  });

  for (const t of TOOLS) {
    it(`${t.name}: request example round-trips`, () => expectRoundTrip(t, exampleOf(t.action)));

    it(`${t.name}: response example validates`, () => expectResponseExample(t));

    it(`${t.name}: tier follows the verb`, () => {
      if (/^(Get|List|Search)/.test(t.action)) expect(t.tier).toBe('read');
      if (/^Delete/.test(t.action)) expect(t.tier).toBe('destructive');
      if (/^Update/.test(t.action)) expect([t.tier, t.annotations.idempotentHint]).toEqual(['write', true]);
    });
  }

  it('the spec examples that break the spec are refused as given', () => {
    const search = requestExampleOf('SearchMedia');
    expect(tool('SearchMedia').input.safeParse(fromApiParams(tool('SearchMedia'), search)).success).toBe(false);
    const attached = requestExampleOf('UpdateAttachedMediaInfos');
    expect(tool('UpdateAttachedMediaInfos').input.safeParse(fromApiParams(tool('UpdateAttachedMediaInfos'), attached)).success).toBe(false);
  });
});

const refused = (action: string, args: Record<string, unknown>) => tool(action).input.safeParse(args);

describe('media tools: invalid input is refused', () => {
  const id = '9b73864d75f1d231e9001cd5f8****';
  const cases: Array<[string, string, Record<string, unknown>]> = [
    ['GetVideoInfo', 'missing VideoId', {}],
    ['GetVideoInfos', '21 IDs', { VideoIds: Array.from({ length: 21 }, (_, i) => `v${i}`) }],
    ['GetVideoList', 'PageSize over 100', { PageSize: 101 }],
    ['GetVideoList', 'unknown status', { Status: ['Deleted'] }],
    ['GetVideoList', 'EndTime before StartTime', { StartTime: '2024-01-02T00:00:00Z', EndTime: '2024-01-01T00:00:00Z' }],
    ['GetVideoList', 'non-UTC time', { StartTime: '2024-01-02 00:00:00' }],
    ['GetMezzanineInfo', 'bad OutputType', { VideoId: id, OutputType: 'ftp' }],
    ['GetMezzanineInfo', 'oss URL valid over 30 days', { VideoId: id, OutputType: 'oss', AuthTimeout: 2_592_001 }],
    ['UpdateVideoInfo', 'title over 128 bytes', { VideoId: id, Title: '标'.repeat(43) }],
    ['UpdateVideoInfo', 'description over 1024 bytes', { VideoId: id, Description: 'x'.repeat(1025) }],
    ['UpdateVideoInfo', '17 tags', { VideoId: id, Tags: Array.from({ length: 17 }, (_, i) => `t${i}`) }],
    ['UpdateVideoInfo', 'tag over 32 bytes', { VideoId: id, Tags: ['x'.repeat(33)] }],
    ['UpdateVideoInfo', 'cover not a URL', { VideoId: id, CoverURL: 'cover.jpg' }],
    ['UpdateVideoInfos', '21 items', { UpdateContent: Array.from({ length: 21 }, (_, i) => ({ VideoId: `v${i}` })) }],
    ['UpdateVideoInfos', 'item without VideoId', { UpdateContent: [{ Title: 'x' }] }],
    ['UpdateVideoInfos', 'too many tags in an item', { UpdateContent: [{ VideoId: id, Tags: Array.from({ length: 17 }, (_, i) => `t${i}`).join(',') }] }],
    ['DeleteMezzanines', 'no IDs', { VideoIds: [] }],
    ['DeleteStream', 'missing VideoId', { JobIds: ['j1'] }],
    ['DeleteStream', '21 jobs', { VideoId: id, JobIds: Array.from({ length: 21 }, (_, i) => `j${i}`) }],
    ['DeleteVideo', '201 IDs (the tool batches up to 200)', { VideoIds: Array.from({ length: 201 }, (_, i) => `v${i}`) }],
    ['SearchMedia', 'Match and MatchFilter together', { Match: "Title = 'a'", MatchFilter: { Title: { like: 'a' } } }],
    ['SearchMedia', 'syntax error in Match', { Match: "Title = 'a' and" }],
    ['SearchMedia', 'range on a fuzzy field', { Match: "Title = ('a','b')" }],
    ['SearchMedia', 'unknown SearchType', { SearchType: 'document' }],
    ['SearchMedia', 'PageSize over 100', { PageSize: 101 }],
    ['SearchMedia', 'beyond the 5000-record window', { PageNo: 51, PageSize: 100 }],
    ['SearchMedia', 'two sort keys with ScrollToken', { SortBy: ['CreationTime:Desc', 'ModificationTime:Asc'], ScrollToken: 'abc' }],
    ['SearchMedia', 'fuzzy filter on an exact field', { MatchFilter: { VideoId: { like: 'x' } } }],
    ['SearchMedia', 'unknown field in MatchFilter', { MatchFilter: { Colour: { eq: 'red' } } }],
    ['SearchMedia', 'field not returnable for images', { SearchType: 'image', Fields: ['Duration'] }],
    ['GetImageInfo', 'missing ImageId', {}],
    ['UpdateImageInfos', 'emoji in title', { UpdateContent: [{ ImageId: 'i1', Title: 'nice 😀' }] }],
    ['UpdateImageInfos', '21 items', { UpdateContent: Array.from({ length: 21 }, (_, i) => ({ ImageId: `i${i}` })) }],
    ['DeleteImage', 'ImageId mode without ImageIds', { DeleteImageType: 'ImageId' }],
    ['DeleteImage', 'VideoId mode without ImageType', { DeleteImageType: 'VideoId', VideoId: id }],
    ['DeleteImage', 'bad DeleteImageType', { DeleteImageType: 'Everything' }],
    ['DeleteImage', 'All mixed with a type', { DeleteImageType: 'VideoId', VideoId: id, ImageType: ['All', 'CoverSnapshot'] }],
    ['ListSnapshots', 'bad SnapshotType', { VideoId: id, SnapshotType: 'Thumbnail' }],
    ['ListSnapshots', 'PageSize over 100', { VideoId: id, PageSize: 101 }],
    ['GetAttachedMediaInfo', '21 IDs', { MediaIds: Array.from({ length: 21 }, (_, i) => `m${i}`) }],
    ['UpdateAttachedMediaInfos', 'CateIds not numeric', { UpdateContent: [{ MediaId: 'm1', CateIds: 'music' }] }],
    ['UpdateAttachedMediaInfos', 'title over 128 bytes', { UpdateContent: [{ MediaId: 'm1', Title: 'x'.repeat(129) }] }],
    ['DeleteAttachedMedia', 'missing MediaIds', {}],
    ['ListDynamicImage', 'missing VideoId', {}],
    ['DeleteDynamicImage', '11 IDs', { VideoId: id, DynamicImageIds: Array.from({ length: 11 }, (_, i) => `d${i}`) }],
  ];
  for (const [action, why, args] of cases) {
    it(`${action}: ${why}`, () => expect(refused(action, args).success).toBe(false));
  }

  it('search_media explains a refused query with the parser’s message', () => {
    const result = refused('SearchMedia', { Match: "Title = ('a','b')" });
    expect(result.error?.issues[0]?.message).toMatch(/ErrorMatchSyntax|InvalidParameter/);
    expect(result.error?.issues[0]?.path).toEqual(['Match']);
  });

  it('search_media turns MatchFilter into Match text and lists into comma lists', () => {
    const t = tool('SearchMedia');
    const args = t.input.parse({
      SearchType: 'video',
      MatchFilter: { Title: { like: 'cloud' }, Status: { in: ['Normal', 'Blocked'] }, Duration: { gte: 60, lt: 300 } },
      Fields: ['Title', 'Duration'],
      SortBy: ['CreationTime:Asc'],
    });
    expect(t.toParams(args)).toEqual({
      SearchType: 'video',
      Match: "Title = 'cloud' and Status in ('Normal','Blocked') and Duration = [60,300)",
      Fields: 'Title,Duration',
      SortBy: 'CreationTime:Asc',
    });
  });

  it('update_video_info joins Tags with commas', () => {
    const t = tool('UpdateVideoInfo');
    expect(t.toParams(t.input.parse({ VideoId: 'v1', Tags: ['a', 'b'] }))).toEqual({ VideoId: 'v1', Tags: 'a,b' });
  });
});
