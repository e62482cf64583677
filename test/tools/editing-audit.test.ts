import { describe, expect, it } from 'vitest';
import type { AnyTool } from '../../src/tools/define-tool.js';
import { auditSettingsTools } from '../../src/tools/audit-settings/index.js';
import { auditTools } from '../../src/tools/audit/index.js';
import { editingTools } from '../../src/tools/editing/index.js';
import { manualActions } from '../helpers/manual-data.js';
import { expectResponseExample, expectRoundTrip, requestExampleOf } from '../helpers/spec-data.js';

// The manual's actions of the group; the newer ones (issue 13) have no manual examples: test/tools/jobs-editing.test.ts.
const MANUAL = new Set(manualActions());
const TOOLS: AnyTool[] = [...editingTools, ...auditTools, ...auditSettingsTools].filter((tool) => MANUAL.has(tool.action));

describe('editing, audit and audit settings tools', () => {
  it('covers every action of the group', () => {
    expect(TOOLS.map((tool) => tool.action).sort()).toEqual(
      [
        'ProduceEditingProjectVideo', 'AddEditingProject', 'UpdateEditingProject', 'DeleteEditingProject', 'GetEditingProject', 'SearchEditingProject',
        'SetEditingProjectMaterials', 'GetEditingProjectMaterials', 'SubmitAIMediaAuditJob', 'SubmitAIImageAuditJob', 'GetAIMediaAuditJob',
        'GetMediaAuditResult', 'GetMediaAuditResultDetail', 'GetMediaAuditResultTimeline', 'GetMediaAuditAudioResultDetail', 'CreateAudit',
        'GetAuditHistory', 'SetAuditSecurityIp', 'ListAuditSecurityIp',
      ].sort(),
    );
  });

  for (const tool of TOOLS) {
    describe(tool.name, () => {
      it('round-trips the spec request example', () => expectRoundTrip(tool, requestExampleOf(tool.action)));

      it('accepts the spec response example', () => expectResponseExample(tool));

      it('has a tier that matches its verb', () => {
        if (/^(Get|List|Search|Describe)/.test(tool.action)) expect(tool.tier).toBe('read');
        if (tool.action.startsWith('Delete')) expect(tool.tier).toBe('destructive');
      });
    });
  }
});

const byAction = (action: string): AnyTool => TOOLS.find((tool) => tool.action === action)!;
const refuses = (action: string, args: Record<string, unknown>) => expect(byAction(action).input.safeParse(args).success, JSON.stringify(args)).toBe(false);
const accepts = (action: string, args: Record<string, unknown>) => expect(byAction(action).input.safeParse(args).error?.issues ?? []).toEqual([]);

describe('input rules', () => {
  const clip = { MediaId: 'v1', In: 0, Out: 5 };

  it('editing projects', () => {
    refuses('AddEditingProject', {});
    refuses('AddEditingProject', { Title: 'x'.repeat(129) });
    refuses('AddEditingProject', { Title: 't', CoverURL: 'not a url' });
    refuses('AddEditingProject', { Title: 't', Timeline: { VideoTracks: [{ VideoTrackClips: [{ In: 0, Out: 5 }] }] } });
    refuses('AddEditingProject', { Title: 't', Timeline: { VideoTracks: [{ VideoTrackClips: [{ MediaId: 'v1', In: 5, Out: 2 }] }] } });
    refuses('AddEditingProject', { Title: 't', Timeline: '{"VideoTracks":[]}' });
    accepts('AddEditingProject', {
      Title: 't',
      Timeline: {
        VideoTracks: [{ VideoTrackClips: [{ ...clip, Effects: [{ Type: 'Text', Content: 'Hi', FontColor: '#ffffff', X: 0.1 }] }] }],
        AudioTracks: [{ AudioTrackClips: [clip] }],
        SubtitleTracks: [{ SubtitleTrackClips: [{ Content: 'Hello', TimelineIn: 0, TimelineOut: 2 }] }],
      },
    });
    refuses('AddEditingProject', { Title: 't', Timeline: { VideoTracks: [{ VideoTrackClips: [{ ...clip, Effects: [{ Type: 'Blur' }] }] }] } });
    refuses('UpdateEditingProject', { Title: 'no id' });
    refuses('DeleteEditingProject', { ProjectIds: [] });
    refuses('DeleteEditingProject', { ProjectIds: 'a,b' });
    refuses('GetEditingProject', {});
    refuses('SearchEditingProject', { Status: ['Draft'] });
    refuses('SearchEditingProject', { PageSize: 101 });
    refuses('SearchEditingProject', { StartTime: '2024-01-01 00:00:00' });
    refuses('SearchEditingProject', { SortBy: 'Title:Asc' });
    refuses('SetEditingProjectMaterials', { ProjectId: 'p' });
    refuses('GetEditingProjectMaterials', { ProjectId: 'p' });
    refuses('GetEditingProjectMaterials', { ProjectId: 'p', Type: 'image' });
  });

  it('production', () => {
    refuses('ProduceEditingProjectVideo', {});
    refuses('ProduceEditingProjectVideo', { ProjectId: 'p', MediaMetadata: { Title: 'x'.repeat(129) } });
    refuses('ProduceEditingProjectVideo', { ProjectId: 'p', MediaMetadata: { Tags: Array.from({ length: 17 }, (_, i) => `t${i}`).join(',') } });
    refuses('ProduceEditingProjectVideo', { ProjectId: 'p', ProduceConfig: { Width: -1 } });
    refuses('ProduceEditingProjectVideo', { ProjectId: 'p', ProduceConfig: { Unknown: 1 } });
    refuses('ProduceEditingProjectVideo', { ProjectId: 'p', UserData: { MessageCallback: { CallbackURL: 'ftp://x' } } });
    accepts('ProduceEditingProjectVideo', { Timeline: { VideoTracks: [{ VideoTrackClips: [clip] }] }, MediaMetadata: { Title: 'Out', CateId: 1000001 } });
  });

  it('AI audit', () => {
    accepts('SubmitAIMediaAuditJob', { MediaId: 'v' });
    refuses('SubmitAIMediaAuditJob', { MediaId: 'v', TemplateId: 't', MediaType: 'audio' });
    refuses('SubmitAIMediaAuditJob', { MediaId: 'v', TemplateId: 't', MediaAuditConfiguration: { ResourceType: 'my-movie' } });
    refuses('SubmitAIImageAuditJob', { TemplateId: 't' });
    refuses('GetAIMediaAuditJob', {});
    refuses('GetMediaAuditResult', {});
    refuses('GetMediaAuditResultDetail', {});
    refuses('GetMediaAuditResultDetail', { MediaId: 'v', PageNo: 0 });
    refuses('GetMediaAuditResultTimeline', {});
    refuses('GetMediaAuditAudioResultDetail', { MediaId: 'v', PageNo: 1.5 });
  });

  it('manual audit', () => {
    const item = { VideoId: 'v', Status: 'Blocked' };
    refuses('CreateAudit', { AuditContent: [] });
    refuses('CreateAudit', { AuditContent: Array.from({ length: 21 }, () => item) });
    refuses('CreateAudit', { AuditContent: [{ VideoId: 'v', Status: 'Deleted' }] });
    refuses('CreateAudit', { AuditContent: [{ ...item, Reason: 'x'.repeat(129) }] });
    refuses('CreateAudit', { AuditContent: [{ ...item, Comment: '审'.repeat(171) }] });
    accepts('CreateAudit', { AuditContent: Array.from({ length: 20 }, () => item) });
    refuses('GetAuditHistory', {});
    refuses('GetAuditHistory', { VideoId: 'v', PageSize: 101 });
    refuses('GetAuditHistory', { VideoId: 'v', SortBy: 'CreationTime' });
  });

  it('security IPs', () => {
    refuses('SetAuditSecurityIp', { Ips: [] });
    refuses('SetAuditSecurityIp', { Ips: ['10.0.0.256'] });
    refuses('SetAuditSecurityIp', { Ips: ['10.0.0.0/33'] });
    refuses('SetAuditSecurityIp', { Ips: Array.from({ length: 101 }, (_, i) => `10.0.0.${i % 250}`) });
    refuses('SetAuditSecurityIp', { Ips: ['10.0.0.1'], OperateMode: 'Replace' });
    accepts('SetAuditSecurityIp', { Ips: ['10.0.0.1', '192.168.0.0/24'], OperateMode: 'Delete' });
    refuses('ListAuditSecurityIp', { SecurityGroupName: '' });
  });

  it('tiers', () => {
    expect(byAction('CreateAudit').tier).toBe('destructive');
    expect(byAction('SetAuditSecurityIp').tier).toBe('destructive');
    expect(byAction('ProduceEditingProjectVideo').billable).toBe(true);
    expect(byAction('SubmitAIMediaAuditJob').billable).toBe(true);
    expect(byAction('SubmitAIImageAuditJob').billable).toBe(true);
    expect(byAction('SetAuditSecurityIp').toolset).toBe('audit_settings');
  });
});
