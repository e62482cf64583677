import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';
import { timelinePoint } from './audit-schemas.js';

export const getMediaAuditResultTimeline = defineTool({
  action: 'GetMediaAuditResultTimeline',
  title: 'Get AI audit timeline',
  toolset: 'audit_details',
  tier: 'read',
  tierReason: 'Reads audit results.',
  description: 'Get the timestamps of flagged content in a video’s AI audit, per scene (Porn, Terrorism, Ad, Live, Logo).',
  input: z.strictObject({
    MediaId: z.string().min(1).describe('Video ID.'),
  }),
  output: response({
    MediaAuditResultTimeline: out
      .obj({
        Porn: out.list(timelinePoint),
        Terrorism: out.list(timelinePoint),
        Ad: out.list(timelinePoint),
        Live: out.list(timelinePoint),
        Logo: out.list(timelinePoint),
      })
      .optional(),
  }),
});
