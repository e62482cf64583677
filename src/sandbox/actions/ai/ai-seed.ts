import type { SandboxEnv } from '../../action-context.js';
import type { VideoRecord } from '../../state/records.js';
import { completeAIImageJob, startAIImageJob } from './ai-image-lifecycle.js';
import { completeAIJob, startAIJob } from './ai-job-lifecycle.js';
import { aiSlice, SYSTEM_AUDIT_TEMPLATE_ID, SYSTEM_IMAGE_TEMPLATE_ID, type AISlice, type AITemplateRecord } from './ai-state.js';
import { fingerprintOf } from './media-dna.js';

/** Every account has a system default template per type; the demo adds two custom ones and, later, a few finished jobs. */
export function seedAI(env: SandboxEnv, options: { demo: boolean }): void {
  const slice = aiSlice(env);
  const now = env.clock.nowIso();
  const template = (init: Omit<AITemplateRecord, 'CreationTime' | 'ModifyTime'>) => {
    slice.templates[init.TemplateId] = { ...init, CreationTime: now, ModifyTime: now };
  };
  template({
    TemplateId: SYSTEM_AUDIT_TEMPLATE_ID,
    TemplateType: 'AIMediaAudit',
    TemplateName: 'System default audit template',
    TemplateConfig: JSON.stringify({ AuditItem: ['terrorism', 'porn'], AuditRange: ['video', 'image-cover', 'text-title'], AuditContent: ['screen'], AuditAutoBlock: 'no' }),
    Source: 'System',
    IsDefault: 'Default',
  });
  template({
    TemplateId: SYSTEM_IMAGE_TEMPLATE_ID,
    TemplateType: 'AIImage',
    TemplateName: 'System default smart cover template',
    TemplateConfig: JSON.stringify({ Format: 'gif', SetDefaultCover: 'false' }),
    Source: 'System',
    IsDefault: 'Default',
  });
  if (!options.demo) return;
  template({
    TemplateId: env.state.nextId('aiTemplate'),
    TemplateType: 'AIMediaAudit',
    TemplateName: 'Strict UGC audit (auto block)',
    TemplateConfig: JSON.stringify({ AuditItem: ['terrorism', 'porn', 'ad', 'logo', 'live'], AuditRange: ['video', 'image-cover', 'text-title'], AuditContent: ['screen'], AuditAutoBlock: 'yes' }),
    Source: 'Custom',
    IsDefault: 'NotDefault',
  });
  template({
    TemplateId: env.state.nextId('aiTemplate'),
    TemplateType: 'AIImage',
    TemplateName: 'PNG smart cover (sets cover)',
    TemplateConfig: JSON.stringify({ Format: 'png', SetDefaultCover: 'true' }),
    Source: 'Custom',
    IsDefault: 'NotDefault',
  });
  slice.demoPending = true;
}

/**
 * Finished demo jobs on the demo catalog: tags for two videos, a smart cover, and a DNA library in which the
 * UGC re-upload "user-upload-7731.mp4" duplicates the reported clip.
 */
export function seedAIDemoJobs(env: SandboxEnv, slice: AISlice): void {
  const byFile = (name: string): VideoRecord | undefined => Object.values(env.state.data.videos).find((video) => video.FileName === name);
  const gettingStarted = byFile('getting-started.mp4');
  const keynote = byFile('keynote-2026.mov');
  const reported = byFile('reported-clip.mp4');
  const reupload = byFile('user-upload-7731.mp4');
  if (reported && reupload) slice.fingerprintOverrides[reupload.VideoId] = fingerprintOf(slice, reported);
  for (const video of [gettingStarted, reported, reupload]) {
    if (video) completeAIJob(env, startAIJob(env, 'AIMediaDNA', video, undefined, undefined).JobId, { quiet: true });
  }
  for (const video of [gettingStarted, keynote]) {
    if (video) completeAIJob(env, startAIJob(env, 'AIVideoTag', video, undefined, undefined).JobId, { quiet: true });
  }
  const imageTemplate = slice.templates[SYSTEM_IMAGE_TEMPLATE_ID];
  if (keynote && imageTemplate) completeAIImageJob(env, startAIImageJob(env, keynote, imageTemplate, {}).JobId);
}
