import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { httpUrl, out, response } from '../schema-helpers.js';
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
    TemplateId: auditTemplateId(),
    MediaType: z.enum(['video']).optional(),
    UserData: z
      .strictObject({
        MessageCallback: z.strictObject({ CallbackURL: httpUrl('Callback URL.'), CallbackType: z.enum(['http', 'HTTP']).optional() }).optional(),
        Extend: z.record(z.string(), z.unknown()).optional(),
      })
      .optional()
      .describe('Callback override and pass-through.'),
    MediaAuditConfiguration: mediaAuditConfiguration().optional(),
  }),
  output: response({ MediaId: out.str(), JobId: out.str() }),
});
