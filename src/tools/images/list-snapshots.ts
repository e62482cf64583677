import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, pageNo, pageSize, response } from '../schema-helpers.js';

export const listSnapshots = defineTool({
  action: 'ListSnapshots',
  title: 'List snapshots',
  toolset: 'images',
  tier: 'read',
  tierReason: 'Reads snapshot URLs.',
  description:
    'List the snapshot images of a video from its latest successful snapshot job of one type (default CoverSnapshot), paged. The video must be UploadSucc, Normal, Checking or Blocked.',
  input: z.strictObject({
    VideoId: z.string().min(1).describe('Video ID.'),
    SnapshotType: z
      .enum(['CoverSnapshot', 'NormalSnapshot', 'SpriteSnapshot', 'SpriteOriginSnapshot', 'WebVttSnapshot'])
      .describe('Snapshot type.')
      .optional(),
    AuthTimeout: z.number().int().min(3600).describe('URL validity in seconds.').optional(),
    PageSize: pageSize(100, 20).optional(),
    PageNo: pageNo().optional(),
  }),
  output: response({
    MediaSnapshot: out
      .obj({
        JobId: out.str(),
        CreationTime: out.str(),
        Regular: out.str(),
        Total: out.long(),
        Snapshots: out.list(out.obj({ Index: out.long(), Url: out.str() })),
      })
      .optional(),
  }),
});
