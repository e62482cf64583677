import { describe, expect, it } from 'vitest';
import type { AnyTool } from '../../src/tools/define-tool.js';
import { categoriesTools } from '../../src/tools/categories/index.js';
import { dynamicImagesTools } from '../../src/tools/dynamic-images/index.js';
import { processingTools } from '../../src/tools/processing/index.js';
import { snapshotTemplatesTools } from '../../src/tools/snapshot-templates/index.js';
import { transcodeTasksTools } from '../../src/tools/transcode-tasks/index.js';
import { transcodeTemplatesTools } from '../../src/tools/transcode-templates/index.js';
import { watermarksTools } from '../../src/tools/watermarks/index.js';
import { expectResponseExample, expectRoundTrip, requestExampleOf } from '../helpers/spec-data.js';

const TOOLS: AnyTool[] = [...categoriesTools, ...processingTools, ...transcodeTemplatesTools, ...snapshotTemplatesTools, ...watermarksTools, ...transcodeTasksTools,
  // The manual lists SubmitDynamicImageJob with processing; the tool lives with the other dynamic-image tools.
  ...dynamicImagesTools.filter((tool) => tool.action === 'SubmitDynamicImageJob')];

/**
 * Spec request examples that are invalid by the spec's own rules, and the smallest fix that makes them valid:
 * masked numbers where a Long is required, a Python-style (single-quoted) JSON string, a misspelt enum value.
 */
const EXAMPLE_FIXES: Record<string, (params: Record<string, string>) => Record<string, string>> = {
  UpdateCategory: (p) => ({ ...p, CateId: p.CateId!.replace(/\*/g, '0') }),
  DeleteCategory: (p) => ({ ...p, CateId: p.CateId!.replace(/\*/g, '0') }),
  GetCategories: (p) => ({ ...p, CateId: p.CateId!.replace(/\*/g, '0') }),
  SubmitSnapshotJob: (p) => ({ ...p, SpriteSnapshotConfig: p.SpriteSnapshotConfig!.replace(/'/g, '"') }),
  // Type Text with an image config that also misspells BottomLeft and carries an undocumented "Type".
  AddWatermark: (p) => ({ ...p, Type: 'Image', FileUrl: 'https://example.aliyundoc.com/watermark.png', WatermarkConfig: imageConfigFix(p.WatermarkConfig!) }),
  UpdateWatermark: (p) => ({ ...p, WatermarkConfig: imageConfigFix(p.WatermarkConfig!) }),
};

function imageConfigFix(config: string): string {
  const parsed = JSON.parse(config) as Record<string, unknown>;
  delete parsed.Type;
  return JSON.stringify({ ...parsed, ReferPos: 'BottomLeft' });
}

const INVALID: Record<string, Record<string, unknown>[]> = {
  AddCategory: [{}, { CateName: 'x'.repeat(65) }, { CateName: 'ok', Type: 'video' }],
  UpdateCategory: [{ CateId: 1 }, { CateId: 1, CateName: '长'.repeat(22) }],
  DeleteCategory: [{}, { CateId: 'abc' }],
  GetCategories: [{ PageSize: 101 }, { SortBy: 'Title:Asc' }],
  SubmitTranscodeJobs: [{ VideoId: 'v' }, { VideoId: 'v', TemplateGroupId: 'g', Priority: '11' }],
  SubmitSnapshotJob: [{ VideoId: 'v' }, { VideoId: 'v', Count: 0 }, { VideoId: 'v', Count: 1, Width: '4097' }],
  SubmitPreprocessJobs: [{ VideoId: 'v', PreprocessType: 'Other' }],
  SubmitDynamicImageJob: [{ VideoId: 'v' }, { VideoId: 'v', DynamicImageTemplateId: 't', OverrideParams: { Container: { Format: 'png' } } }],
  SubmitWorkflowJob: [{ MediaId: 'v' }],
  AddTranscodeTemplateGroup: [
    {},
    { Name: 'g', TranscodeTemplateList: [{ Definition: 'XD', Container: { Format: 'mp4' } }] },
    { Name: 'g', TranscodeTemplateList: [{ Definition: 'SD', Container: { Format: 'm3u8' }, Video: { Codec: 'H.264' }, Audio: { Codec: 'AAC', Bitrate: '64', Samplerate: '44100' } }] },
    { Name: 'g', TranscodeTemplateList: [{ Definition: 'SD', Container: { Format: 'mp4' }, Video: { Codec: 'H.264', Width: '641' }, Audio: { Codec: 'AAC', Bitrate: '64', Samplerate: '44100' } }] },
  ],
  UpdateTranscodeTemplateGroup: [{}, { TranscodeTemplateGroupId: 'g', Locked: 'Yes' }],
  DeleteTranscodeTemplateGroup: [{}, { TranscodeTemplateGroupId: 'g', TranscodeTemplateIds: Array.from({ length: 11 }, (_, i) => `t${i}`) }],
  ListTranscodeTemplateGroup: [{ AppId: '' }, { Unknown: 1 }],
  GetTranscodeTemplateGroup: [{}],
  SetDefaultTranscodeTemplateGroup: [{}],
  AddVodTemplate: [
    { Name: 'n', TemplateType: 'DynamicImage', TemplateConfig: { SnapshotType: 'NormalSnapshot', SnapshotConfig: { Count: 1, Interval: 1, SpecifiedOffsetTime: 0 } } },
    { Name: 'n', TemplateType: 'Snapshot', TemplateConfig: { SnapshotType: 'SpriteSnapshot', SnapshotConfig: { Count: 1, Interval: 1, SpecifiedOffsetTime: 0 } } },
  ],
  DeleteVodTemplate: [{}],
  GetVodTemplate: [{}],
  ListVodTemplate: [{}, { TemplateType: 'Watermark' }],
  UpdateVodTemplate: [{ Name: 'n' }],
  AddWatermark: [
    { Type: 'Image', Name: 'logo', WatermarkConfig: { Dx: '8', Dy: '8', Width: '55', Height: '55', ReferPos: 'BottomRight' } },
    { Type: 'Text', Name: 'bad name!', WatermarkConfig: { Content: 'hi' } },
    { Type: 'Text', Name: 'caption', WatermarkConfig: { Content: 'hi', FontSize: 200 } },
  ],
  UpdateWatermark: [{ WatermarkId: 'w', Name: 'n', WatermarkConfig: { Dx: '2', Dy: '8', Width: '55', Height: '55', ReferPos: 'BottomRight' } }],
  DeleteWatermark: [{}],
  SetDefaultWatermark: [{}],
  GetWatermark: [{}],
  ListWatermark: [{ AppId: 1 }],
  GetTranscodeSummary: [{ VideoIds: [] }, { VideoIds: Array.from({ length: 11 }, (_, i) => `v${i}`) }],
  ListTranscodeTask: [{ VideoId: 'v', PageSize: 51 }, { VideoId: 'v', StartTime: '2019-01-23 12:35:12' }, { VideoId: 'v', StartTime: '2019-01-24T00:00:00Z', EndTime: '2019-01-23T00:00:00Z' }],
  GetTranscodeTask: [{}],
};

describe('templates-processing tools', () => {
  it('covers the group’s 33 actions', () => {
    expect(TOOLS.map((tool) => tool.action).sort()).toEqual(Object.keys(INVALID).sort());
  });

  describe.each(TOOLS.map((tool) => [tool.action, tool] as const))('%s', (action, tool) => {
    it('round-trips the spec request example', () => expectRoundTrip(tool, (EXAMPLE_FIXES[action] ?? ((p) => p))(requestExampleOf(action))));

    it('accepts the spec JSON response example', () => expectResponseExample(tool));

    it('refuses invalid input', () => {
      for (const args of INVALID[action] ?? []) expect(tool.input.safeParse(args).success, JSON.stringify(args)).toBe(false);
    });

    it('has a tier that matches its verb', () => {
      if (/^(Get|List)/.test(action)) expect(tool.tier).toBe('read');
      if (/^Delete/.test(action)) expect(tool.tier).toBe('destructive');
      if (/^Submit/.test(action)) expect(tool.billable).toBe(true);
    });
  });
});
