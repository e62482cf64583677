import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, pageNo, response } from '../schema-helpers.js';
import { frameDetail } from './audit-schemas.js';

export const getMediaAuditResultDetail = defineTool({
  action: 'GetMediaAuditResultDetail',
  title: 'Get AI audit frame details',
  toolset: 'audit_details',
  tier: 'read',
  tierReason: 'Reads audit results.',
  description: 'List the flagged (block or review) frames of a video’s AI audit with per-scene labels, scores and screenshot URLs, 20 per page.',
  input: z.strictObject({
    MediaId: z.string().min(1).describe('Video ID.'),
    PageNo: pageNo().default(1),
  }),
  output: response({
    MediaAuditResultDetail: out.obj({ Total: out.long(), List: out.list(frameDetail) }).optional(),
  }),
});
