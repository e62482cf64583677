import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';
import { auditTemplateId, mediaAuditConfiguration } from './audit-schemas.js';

export const submitAIImageAuditJob = defineTool({
  action: 'SubmitAIImageAuditJob',
  title: 'Submit AI image audit',
  toolset: 'audit',
  tier: 'write',
  tierReason: 'Starts a moderation job; images are not changed.',
  billable: true,
  description: 'Start AI moderation of an uploaded image. Asynchronous: poll get_ai_media_audit_job, then read get_media_audit_result with the image ID.',
  input: z.strictObject({
    MediaId: z.string().min(1).describe('Image ID.'),
    TemplateId: auditTemplateId(),
    MediaAuditConfiguration: mediaAuditConfiguration().optional(),
  }),
  output: response({ JobId: out.str() }),
});
