import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { idList, out, response } from '../schema-helpers.js';

export const deleteVideo = defineTool({
  action: 'DeleteVideo',
  title: 'Delete videos',
  toolset: 'media',
  tier: 'destructive',
  tierReason: 'Permanently deletes videos with their source files, streams and snapshots.',
  idempotent: true,
  description:
    'Permanently delete whole videos: source file, transcoded streams, snapshots and metadata. Cannot be undone. ' +
    'Reports IDs that do not exist or are forbidden; fails with 404 when none exist.',
  input: z.strictObject({
    VideoIds: idList(20, 'Video IDs to delete.'),
  }),
  output: response({
    NonExistVideoIds: out.list(z.string()),
    ForbiddenVideoIds: out.list(z.string()),
  }),
});
