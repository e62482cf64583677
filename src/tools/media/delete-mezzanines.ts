import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { idList, out, response } from '../schema-helpers.js';

export const deleteMezzanines = defineTool({
  action: 'DeleteMezzanines',
  title: 'Delete source files',
  toolset: 'media',
  tier: 'destructive',
  tierReason: 'Permanently deletes source files; no further transcoding or snapshots are possible.',
  idempotent: true,
  description:
    'Permanently delete the source files of up to 20 videos; streams stay playable but no reprocessing is possible. Videos played from their source (no-transcode) are UnRemoveable unless Force is true.',
  input: z.strictObject({
    VideoIds: idList(20, 'Audio/video IDs.'),
    Force: z.boolean().describe('Also delete sources used for playback.').optional(),
  }),
  output: response({
    NonExistVideoIds: out.list(z.string()),
    UnRemoveableVideoIds: out.list(z.string()),
  }),
});
