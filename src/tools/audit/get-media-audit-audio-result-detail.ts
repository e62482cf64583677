import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, pageNo, response } from '../schema-helpers.js';

export const getMediaAuditAudioResultDetail = defineTool({
  action: 'GetMediaAuditAudioResultDetail',
  title: 'Get AI audio audit details',
  toolset: 'audit_details',
  tier: 'read',
  tierReason: 'Reads audit results.',
  description: 'List the flagged speech segments of a video’s AI audit (start/end, text, label). Without PageNo all segments are returned.',
  input: z.strictObject({
    MediaId: z.string().min(1).describe('Video ID.'),
    PageNo: pageNo().optional(),
  }),
  output: response({
    MediaAuditAudioResultDetail: out
      .obj({
        Total: out.long(),
        PageTotal: out.long(),
        List: out.list(out.obj({ StartTime: out.long(), EndTime: out.long(), Text: out.str(), Label: out.str() })),
      })
      .optional(),
  }),
});
