import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staticCredentials, VodClient } from '../../src/client/index.js';
import { toMcpTool } from '../../src/mcp/tool-runtime.js';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import type { AnyTool } from '../../src/tools/define-tool.js';
import { allTools, selectTools } from '../../src/tools/registry.js';
import { DEFAULT_TOOLSETS, TOOLSETS } from '../../src/tools/toolsets.js';

// Schema rules of the jobs, digital watermark, editing-materials and editing-usage tools (issue 13), and the
// removal preview against the sandbox.

const ACTIONS = [
  'GetJobDetail', 'ListJobInfo', 'SubmitDigitalWatermarkExtractJob', 'GetDigitalWatermarkExtractResult',
  'AddEditingProjectMaterials', 'DeleteEditingProjectMaterials', 'DescribeVodEditingUsageData',
];
const byAction = new Map(allTools().map((tool) => [tool.action, tool]));
const tool = (action: string): AnyTool => byAction.get(action)!;
const issues = (action: string, args: Record<string, unknown>) => tool(action).input.safeParse(args).error?.issues ?? [];
const accepts = (action: string, args: Record<string, unknown>) => expect(issues(action, args), JSON.stringify(args)).toEqual([]);
const refuses = (action: string, args: Record<string, unknown>) => expect(tool(action).input.safeParse(args).success, JSON.stringify(args)).toBe(false);
const published = (action: string) => toMcpTool(tool(action)).inputSchema as { properties: Record<string, { enum?: string[]; maxItems?: number }>; required?: string[] };

describe('placement', () => {
  it('has a tool for each action, in the toolsets chosen', () => {
    expect(ACTIONS.map((action) => [action, tool(action)?.toolset])).toEqual([
      ['GetJobDetail', 'jobs'], ['ListJobInfo', 'jobs'], ['SubmitDigitalWatermarkExtractJob', 'jobs'], ['GetDigitalWatermarkExtractResult', 'jobs'],
      ['AddEditingProjectMaterials', 'editing'], ['DeleteEditingProjectMaterials', 'editing'], ['DescribeVodEditingUsageData', 'usage_stats'],
    ]);
    expect(TOOLSETS.jobs).toBeTruthy();
    expect(DEFAULT_TOOLSETS).not.toContain('jobs');
    expect(selectTools().map((selected) => selected.action)).not.toContain('SubmitDigitalWatermarkExtractJob');
    expect(selectTools({ toolsets: ['jobs'] }).map((selected) => selected.name).sort()).toEqual(
      ['get_digital_watermark_extract_result', 'get_job_detail', 'list_job_info', 'submit_digital_watermark_extract_job'],
    );
  });

  it('tiers: reads, a billable write, an idempotent add, a destructive removal with a preview', () => {
    for (const action of ['GetJobDetail', 'ListJobInfo', 'GetDigitalWatermarkExtractResult', 'DescribeVodEditingUsageData']) expect(tool(action).tier, action).toBe('read');
    expect(tool('SubmitDigitalWatermarkExtractJob')).toMatchObject({ tier: 'write', billable: true });
    expect(tool('SubmitDigitalWatermarkExtractJob').description).toContain('Billable');
    expect(tool('AddEditingProjectMaterials')).toMatchObject({ tier: 'write', billable: false, annotations: { idempotentHint: true } });
    expect(tool('DeleteEditingProjectMaterials')).toMatchObject({ tier: 'destructive', annotations: { destructiveHint: true } });
    expect(tool('DeleteEditingProjectMaterials').preview).toBeTypeOf('function');
  });
});

describe('jobs', () => {
  it('JobType: GetJobDetail also takes workflow (SDK); ListJobInfo only the metadata three', () => {
    expect(published('GetJobDetail').properties.JobType!.enum).toEqual(['transcode', 'snapshot', 'ai', 'workflow']);
    expect(published('ListJobInfo').properties.JobType!.enum).toEqual(['transcode', 'snapshot', 'ai']);
    accepts('GetJobDetail', { JobId: 'j1', JobType: 'workflow' });
    refuses('ListJobInfo', { JobType: 'workflow', MediaId: 'v1' });
    refuses('GetJobDetail', { JobId: 'j1', JobType: 'Transcode' });
    refuses('GetJobDetail', { JobType: 'ai' });
    expect(published('GetJobDetail').required?.sort()).toEqual(['JobId', 'JobType']);
  });

  it('MediaId is one ID', () => {
    accepts('ListJobInfo', { JobType: 'ai', MediaId: 'v1' });
    refuses('ListJobInfo', { JobType: 'ai', MediaId: 'v1,v2' });
    refuses('SubmitDigitalWatermarkExtractJob', { ExtractType: 'TraceMark', MediaId: 'v1 v2' });
  });

  it('ExtractType is TraceMark or CopyrightMark; JobId is optional and sent only when given', () => {
    expect(published('SubmitDigitalWatermarkExtractJob').properties.ExtractType!.enum).toEqual(['TraceMark', 'CopyrightMark']);
    refuses('SubmitDigitalWatermarkExtractJob', { ExtractType: 'tracemark', MediaId: 'v1' });
    refuses('GetDigitalWatermarkExtractResult', { MediaId: 'v1' });
    expect(tool('GetDigitalWatermarkExtractResult').toParams({ ExtractType: 'CopyrightMark', MediaId: 'v1' })).toEqual({ ExtractType: 'CopyrightMark', MediaId: 'v1' });
    expect(tool('GetDigitalWatermarkExtractResult').toParams({ ExtractType: 'CopyrightMark', MediaId: 'v1', JobId: 'j' })).toEqual({ ExtractType: 'CopyrightMark', MediaId: 'v1', JobId: 'j' });
  });
});

describe('editing materials', () => {
  const ids = (n: number) => Array.from({ length: n }, (_, i) => `m${i}`);

  it('adds at most 10 IDs (metadata), of a MaterialType video, audio or image, sent comma-joined', () => {
    accepts('AddEditingProjectMaterials', { ProjectId: 'p', MaterialIds: ids(10), MaterialType: 'image' });
    refuses('AddEditingProjectMaterials', { ProjectId: 'p', MaterialIds: ids(11), MaterialType: 'image' });
    refuses('AddEditingProjectMaterials', { ProjectId: 'p', MaterialIds: [], MaterialType: 'image' });
    refuses('AddEditingProjectMaterials', { ProjectId: 'p', MaterialIds: ['a,b'], MaterialType: 'video' });
    refuses('AddEditingProjectMaterials', { ProjectId: 'p', MaterialIds: ['a'], MaterialType: 'subtitle' });
    refuses('AddEditingProjectMaterials', { ProjectId: 'p', MaterialIds: ['a'] });
    expect(published('AddEditingProjectMaterials').properties.MaterialIds!.maxItems).toBe(10);
    expect(tool('AddEditingProjectMaterials').toParams({ ProjectId: 'p', MaterialIds: ['a', 'b'], MaterialType: 'video' })).toEqual({ ProjectId: 'p', MaterialIds: 'a,b', MaterialType: 'video' });
  });

  it('removes materials with the same rules, up to the tool cap of 100', () => {
    accepts('DeleteEditingProjectMaterials', { ProjectId: 'p', MaterialIds: ids(100), MaterialType: 'audio' });
    refuses('DeleteEditingProjectMaterials', { ProjectId: 'p', MaterialIds: ids(101), MaterialType: 'audio' });
    refuses('DeleteEditingProjectMaterials', { ProjectId: 'p', MaterialIds: ['a'], MaterialType: 'Video' });
  });
});

describe('editing usage', () => {
  it('needs nothing; sends only what is given; EndTime after StartTime', () => {
    accepts('DescribeVodEditingUsageData', {});
    expect(tool('DescribeVodEditingUsageData').toParams({})).toEqual({});
    accepts('DescribeVodEditingUsageData', { StartTime: '2026-01-01T00:00:00Z' });
    accepts('DescribeVodEditingUsageData', { EndTime: '2026-01-01T00:00:00Z' });
    refuses('DescribeVodEditingUsageData', { StartTime: '2026-01-02T00:00:00Z', EndTime: '2026-01-01T00:00:00Z' });
    refuses('DescribeVodEditingUsageData', { StartTime: '2026-01-01' });
  });

  it('Region is a list of the usage regions, sent comma-joined; Specification is one value', () => {
    expect(tool('DescribeVodEditingUsageData').toParams({ Region: ['cn-shanghai', 'cn-beijing'], Specification: 'H264.SD' })).toEqual({ Region: 'cn-shanghai,cn-beijing', Specification: 'H264.SD' });
    refuses('DescribeVodEditingUsageData', { Region: ['mars-1'] });
    refuses('DescribeVodEditingUsageData', { Specification: 'H264.SD,H264.HD' });
  });
});

describe('removal preview', () => {
  let sandbox: Sandbox;
  let context: { api: VodClient };
  let projectId: string;
  let keynote: string;
  let tutorial: string;

  beforeAll(async () => {
    sandbox = await startSandbox({ enforceQps: false });
    context = { api: new VodClient({ endpoint: sandbox.url, credentials: staticCredentials(sandbox.credentials, 'test'), timeoutMs: 5_000, sleep: async () => {} }) };
    const projects = (sandbox.state.data.slices.editing as { projects: Record<string, { Title: string }> }).projects;
    projectId = Object.keys(projects).find((id) => projects[id]!.Title === 'Launch highlights (draft)')!;
    const videos = Object.values(sandbox.state.data.videos);
    keynote = videos.find((video) => video.Title === 'Product launch keynote 2026')!.VideoId;
    tutorial = videos.find((video) => video.Title === 'Getting started with ApsaraVideo VOD')!.VideoId;
  });
  afterAll(async () => {
    await sandbox?.close();
  });

  it('names the project and the materials to remove, counts the IDs not on the list, and changes nothing', async () => {
    const preview = await tool('DeleteEditingProjectMaterials').preview!({ ProjectId: projectId, MaterialIds: [keynote, 'not-there'], MaterialType: 'video' }, context);
    expect(preview.summary).toBe(`Remove 1 video material(s) from editing project ${projectId}; 1 ID(s) are not on its video list. The media are kept.`);
    expect(preview.items).toEqual([
      { ProjectId: projectId, Title: 'Launch highlights (draft)', Status: 'Normal' },
      expect.objectContaining({ MaterialId: keynote, Title: 'Product launch keynote 2026', MaterialType: 'video' }),
    ]);
    const still = await context.api.call('GetEditingProjectMaterials', { ProjectId: projectId, Type: 'video' }, { idempotent: true });
    expect((still.MaterialList as { MaterialId: string }[]).map((item) => item.MaterialId).sort()).toEqual([keynote, tutorial].sort());
  });

  it('then removes them when run', async () => {
    await tool('DeleteEditingProjectMaterials').run({ ProjectId: projectId, MaterialIds: [keynote], MaterialType: 'video' }, context);
    const after = await context.api.call('GetEditingProjectMaterials', { ProjectId: projectId, Type: 'video' }, { idempotent: true });
    expect((after.MaterialList as { MaterialId: string }[]).map((item) => item.MaterialId)).toEqual([tutorial]);
  });
});
