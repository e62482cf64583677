import type { SandboxEnv } from '../../action-context.js';
import { storageLocation } from '../../state/media-lifecycle.js';
import { auditVideo } from './audit-findings.js';
import { auditSlice, type AuditJobRecord } from './audit-store.js';
import { allAuditSettings, defaultAuditTemplateId } from './audit-template.js';
import { editingSlice } from './editing-store.js';
import { seedDemoEditingUsage } from './editing-usage.js';
import { AUDITOR } from './manual-audit.js';
import { securityGroups } from './security-ips.js';

const DEMO_AUDIT_TEMPLATE_ID = 'VOD-0003-00AUDIT';

/**
 * Demo data for editing and audit. The demo catalog is seeded after the action modules, so the parts that
 * reference demo videos run from a timer due at once: the catalog's first clock advance fires it, after the
 * videos exist.
 */
export function seedEditingAuditDemo(env: SandboxEnv): void {
  const now = env.clock.nowIso();
  securityGroups(env).Default = { SecurityGroupName: 'Default', Ips: ['10.10.0.0/24', '192.168.1.15'], CreationTime: now, ModifyTime: now };
  seedDemoEditingUsage(env);
}

export function seedFromDemoVideos(env: SandboxEnv): void {
  const videos = Object.values(env.state.data.videos);
  const byTitle = (title: string) => videos.find((video) => video.Title === title);
  const reported = byTitle('Reported clip');
  const tutorial = byTitle('Getting started with ApsaraVideo VOD');
  const keynote = byTitle('Product launch keynote 2026');
  const templateId = defaultAuditTemplateId(env) ?? DEMO_AUDIT_TEMPLATE_ID;
  for (const video of [reported, tutorial]) {
    if (!video) continue;
    const job = finishedJob(env, video.VideoId, templateId);
    const slice = auditSlice(env);
    slice.jobs[job.JobId] = job;
    slice.results[job.JobId] = auditVideo(env, video, job.JobId, job.Settings);
    slice.latest[video.VideoId] = job.JobId;
  }
  // The core seed blocks this video itself once it is transcoded; here only the review that did it is recorded.
  if (reported) {
    auditSlice(env).history[reported.VideoId] = [
      { Seq: env.state.nextNumber('manualAudit', 1), CreationTime: env.clock.nowIso(), Status: 'Blocked', Reason: 'Pornographic content', Comment: 'Confirmed after the AI audit flagged it.', Auditor: AUDITOR },
    ];
  }
  if (tutorial && keynote) {
    const now = env.clock.nowIso();
    const id = env.state.nextId('editingProject');
    editingSlice(env).projects[id] = {
      ProjectId: id,
      Title: 'Launch highlights (draft)',
      Description: 'Intro from the tutorial followed by the keynote opening.',
      Timeline: {
        VideoTracks: [
          {
            VideoTrackClips: [
              { MediaId: tutorial.VideoId, In: 0, Out: 12, TimelineIn: 0, TimelineOut: 12 },
              { MediaId: keynote.VideoId, In: 5, Out: 25, TimelineIn: 12, TimelineOut: 32, Effects: [{ Type: 'Text', Content: 'Launch 2026', TimelineIn: 12, TimelineOut: 16, FontSize: 48, FontColor: '#ffffff' }] },
            ],
          },
        ],
      },
      Status: 'Normal',
      CreationTime: now,
      ModifiedTime: now,
      RegionId: env.region,
      StorageLocation: storageLocation(env),
      MaterialIds: [tutorial.VideoId, keynote.VideoId],
      ProducedMediaIds: [],
    };
  }
}

/** The demo audits examine every scene, whatever the default template asks for. */
function finishedJob(env: SandboxEnv, mediaId: string, templateId: string): AuditJobRecord {
  const now = env.clock.nowIso();
  return {
    Settings: allAuditSettings(templateId),
    DueAt: env.clock.now(),
    JobId: env.state.nextId('auditJob'),
    MediaId: mediaId,
    MediaKind: 'video',
    Type: 'AIMediaAudit',
    TemplateId: templateId,
    Status: 'success',
    Code: '0',
    Message: 'OK',
    CreationTime: now,
    CompleteTime: now,
  };
}
