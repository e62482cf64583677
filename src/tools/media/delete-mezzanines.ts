import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { batchResults, runBatchedDelete, TOOL_BATCH_MAX } from '../batched-delete.js';
import { megabytes, videosForPreview } from '../preview-lookup.js';
import { idList, out, response } from '../schema-helpers.js';

export const deleteMezzanines = defineTool({
  action: 'DeleteMezzanines',
  title: 'Delete source files',
  toolset: 'media',
  tier: 'destructive',
  tierReason: 'Permanently deletes source files; no further transcoding or snapshots are possible.',
  idempotent: true,
  description:
    'Permanently delete the source files of videos (over 20 are done in batches after one confirmation); streams stay playable but no reprocessing is possible. Videos played from their source (no-transcode) are UnRemoveable unless Force is true.',
  input: z.strictObject({
    VideoIds: idList(TOOL_BATCH_MAX, 'Audio/video IDs.'),
    Force: z.boolean().describe('Also delete sources used for playback.').optional(),
  }),
  output: response({
    NonExistVideoIds: out.list(z.string()),
    UnRemoveableVideoIds: out.list(z.string()),
    Results: batchResults('VideoId', ['not_found', 'unremovable']),
  }),
  preview: async ({ VideoIds, Force }, context) => {
    const items = await videosForPreview(VideoIds, context);
    return { summary: `Delete the source files of ${items.length} video(s), ${megabytes(items)} MB of media${Force ? ', including sources used for playback' : ''}.`, items };
  },
  handler: async ({ VideoIds, Force }, context) =>
    runBatchedDelete(
      { action: 'DeleteMezzanines', listParam: 'VideoIds', idKey: 'VideoId', apiMax: 20, lists: { NonExistVideoIds: 'not_found', UnRemoveableVideoIds: 'unremovable' } },
      VideoIds,
      Force === undefined ? {} : { Force: String(Force) },
      context,
    ),
});
