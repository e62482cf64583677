import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';
import { userData } from '../spec-shapes.js';
import { auditTemplateId, mediaAuditConfiguration } from './audit-schemas.js';

export const submitAIMediaAuditJob = defineTool({
  action: 'SubmitAIMediaAuditJob',
  title: 'Submit AI video audit',
  toolset: 'audit',
  tier: 'write',
  tierReason: 'Starts a moderation job; media are not changed.',
  billable: true,
  description:
    'Start AI moderation of a video (frames, title, cover, audio: porn, terrorism, ads, bad scenes, logos). Asynchronous: ' +
    'poll get_ai_media_audit_job, then read get_media_audit_result.',
  input: z.strictObject({
    MediaId: z.string().min(1).describe('Video ID.'),
    TemplateId: auditTemplateId().optional().describe('AI audit template ID (default: the default AI template).'),
    MediaType: z.enum(['video']).optional(),
    UserData: userData().optional(),
    MediaAuditConfiguration: mediaAuditConfiguration().optional(),
  }),
  output: response({ MediaId: out.str(), JobId: out.str() }),
});
