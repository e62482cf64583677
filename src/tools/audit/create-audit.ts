import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { videosForPreview } from '../preview-lookup.js';
import { response, utf8String } from '../schema-helpers.js';

export const createAudit = defineTool({
  action: 'CreateAudit',
  title: 'Review videos manually',
  toolset: 'audit',
  tier: 'destructive',
  tierReason: 'Blocking a video stops its playback for viewers at once.',
  description:
    'Record a manual review for up to 20 videos: Blocked stops playback (except from audit security IPs), Normal restores it. ' +
    'History is in get_audit_history.',
  input: z.strictObject({
    AuditContent: z
      .array(
        z.strictObject({
          VideoId: z.string().min(1).describe('Video ID.'),
          Status: z.enum(['Normal', 'Blocked']),
          Reason: utf8String(128, 'Why blocked.').optional(),
          Comment: utf8String(512, 'Reviewer note.', { multiline: true }).optional(),
        }),
      )
      .min(1)
      .max(20)
      .describe('Reviews, 1-20.'),
  }),
  output: response({}),
  preview: async ({ AuditContent }, context) => {
    const videos = new Map((await videosForPreview(AuditContent.map((entry) => entry.VideoId), context)).map((video) => [video.VideoId, video]));
    const items = AuditContent.map((entry) => ({ ...videos.get(entry.VideoId), VideoId: entry.VideoId, NewStatus: entry.Status, Reason: entry.Reason }));
    const blocking = AuditContent.filter((entry) => entry.Status === 'Blocked').length;
    return { summary: `Block ${blocking} video(s) and mark ${AuditContent.length - blocking} Normal; blocked videos stop playing at once.`, items };
  },
});
