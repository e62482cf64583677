import { describe, expect, it } from 'vitest';
import type { AnyTool } from '../../src/tools/define-tool.js';
import { aiJobsTools } from '../../src/tools/ai-jobs/index.js';
import { aiTemplatesTools } from '../../src/tools/ai-templates/index.js';
import { expectResponseExample, expectRoundTrip, requestExampleOf } from '../helpers/spec-data.js';

const tools: AnyTool[] = [...aiTemplatesTools, ...aiJobsTools];
const byAction = new Map(tools.map((tool) => [tool.action, tool]));
const tool = (action: string): AnyTool => byAction.get(action)!;

const AUDIT_CONFIG = { AuditItem: ['porn'], AuditRange: ['video'], AuditContent: ['screen'], AuditAutoBlock: 'no' };
const IMAGE_CONFIG = { Format: 'gif', SetDefaultCover: 'true' };

describe('ai tools: spec examples', () => {
  it('covers the 16 actions of the group', () => {
    expect(tools.map((t) => t.action).sort()).toEqual(
      [
        'AddAITemplate', 'DeleteAITemplate', 'UpdateAITemplate', 'GetAITemplate', 'ListAITemplate', 'SetDefaultAITemplate', 'GetDefaultAITemplate',
        'SubmitAIJob', 'ListAIJob', 'GetMediaDNAResult', 'SubmitMediaDNADeleteJob', 'GetAIVideoTagResult', 'SubmitAIImageJob', 'GetAIImageJobs',
        'ListAIImageInfo', 'DeleteAIImageInfos',
      ].sort(),
    );
  });

  it.each(tools.map((t) => [t.action, t] as const))('%s: request example round-trips', (action, t) => expectRoundTrip(t, requestExampleOf(action)));

  it.each(tools.map((t) => [t.action, t] as const))('%s: JSON response example passes the output schema', (_action, t) => expectResponseExample(t));

  it('assigns the tiers', () => {
    const tiers = Object.fromEntries(tools.map((t) => [t.action, `${t.tier}${t.billable ? '+billable' : ''}`]));
    expect(tiers).toEqual({
      AddAITemplate: 'write', UpdateAITemplate: 'write', SetDefaultAITemplate: 'write', DeleteAITemplate: 'destructive',
      GetAITemplate: 'read', ListAITemplate: 'read', GetDefaultAITemplate: 'read',
      SubmitAIJob: 'write+billable', SubmitAIImageJob: 'write+billable', SubmitMediaDNADeleteJob: 'destructive',
      ListAIJob: 'read', GetMediaDNAResult: 'read', GetAIVideoTagResult: 'read', GetAIImageJobs: 'read', ListAIImageInfo: 'read',
      DeleteAIImageInfos: 'destructive',
    });
  });
});

describe('ai tools: invalid input is refused', () => {
  const refuses = (action: string, args: Record<string, unknown>) => expect(tool(action).input.safeParse(args).success, JSON.stringify(args)).toBe(false);
  const accepts = (action: string, args: Record<string, unknown>) => expect(tool(action).input.safeParse(args).success, JSON.stringify(args)).toBe(true);

  it('AddAITemplate', () => {
    accepts('AddAITemplate', { TemplateName: 'a', TemplateType: 'AIImage', TemplateConfig: IMAGE_CONFIG });
    refuses('AddAITemplate', { TemplateName: 'a', TemplateType: 'AIImage', TemplateConfig: AUDIT_CONFIG });
    refuses('AddAITemplate', { TemplateName: 'a', TemplateType: 'AIAudit', TemplateConfig: AUDIT_CONFIG });
    refuses('AddAITemplate', { TemplateName: '模'.repeat(43), TemplateType: 'AIMediaAudit', TemplateConfig: AUDIT_CONFIG });
    refuses('AddAITemplate', { TemplateName: 'a', TemplateType: 'AIMediaAudit', TemplateConfig: { ...AUDIT_CONFIG, AuditItem: ['nudity'] } });
    refuses('AddAITemplate', { TemplateName: 'a', TemplateType: 'AIMediaAudit', TemplateConfig: { ...AUDIT_CONFIG, AuditItem: [] } });
  });

  it('UpdateAITemplate', () => {
    refuses('UpdateAITemplate', { TemplateId: 't', TemplateConfig: IMAGE_CONFIG });
    refuses('UpdateAITemplate', { TemplateId: 't', TemplateName: 'a', TemplateConfig: { Format: 'jpg', SetDefaultCover: 'true' } });
  });

  it('template reads and writes need their IDs and types', () => {
    for (const action of ['DeleteAITemplate', 'GetAITemplate', 'SetDefaultAITemplate']) refuses(action, {});
    refuses('ListAITemplate', { TemplateType: 'AIVideoTag' });
    refuses('GetDefaultAITemplate', { TemplateType: 'AIImage' });
  });

  it('SubmitAIJob', () => {
    accepts('SubmitAIJob', { MediaId: 'v', Types: ['AIVideoTag', 'AIMediaDNA'], Config: { AIVideoTag: { AnalyseTypes: 'Face,OCR,Category', OrigASRData: true } } });
    refuses('SubmitAIJob', { Types: ['AIVideoTag'] });
    refuses('SubmitAIJob', { MediaId: 'v', Types: ['AIMediaAudit'] });
    refuses('SubmitAIJob', { MediaId: 'v', Config: { AIVideoTag: { AnalyseTypes: 'Face,Smell' } } });
    refuses('SubmitAIJob', { MediaId: 'v', UserData: {} });
  });

  it('job ID lists hold at most 10', () => {
    const eleven = Array.from({ length: 11 }, (_, i) => `job${i}`);
    refuses('ListAIJob', { JobIds: eleven });
    refuses('GetAIImageJobs', { JobIds: eleven });
    refuses('DeleteAIImageInfos', { AIImageInfoIds: eleven });
    refuses('ListAIJob', { JobIds: [] });
  });

  it('SubmitAIImageJob', () => {
    refuses('SubmitAIImageJob', { VideoId: 'v' });
    refuses('SubmitAIImageJob', { VideoId: 'v', AITemplateId: 't', UserData: { Extend: { note: 'x'.repeat(600) } } });
    refuses('SubmitAIImageJob', { VideoId: 'v', AITemplateId: 't', UserData: { MessageCallback: { CallbackURL: 'ftp://host/x' } } });
  });

  it('media ID reads', () => {
    for (const action of ['GetMediaDNAResult', 'SubmitMediaDNADeleteJob', 'GetAIVideoTagResult']) refuses(action, { MediaId: '' });
    refuses('ListAIImageInfo', {});
  });
});
