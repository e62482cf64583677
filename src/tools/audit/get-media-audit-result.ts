import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { response } from '../schema-helpers.js';
import { auditResultOutput } from './audit-schemas.js';

export const getMediaAuditResult = defineTool({
  action: 'GetMediaAuditResult',
  title: 'Get AI audit result',
  toolset: 'audit',
  tier: 'read',
  tierReason: 'Reads audit results.',
  description:
    'Get the latest AI audit summary of a video or image: overall Suggestion (pass, review, block), labels and per-scene results. ' +
    'Use get_media_audit_result_detail for flagged frames.',
  input: z.strictObject({
    MediaId: z.string().min(1).describe('Video or image ID.'),
  }),
  output: response({ MediaAuditResult: auditResultOutput.optional() }),
});
