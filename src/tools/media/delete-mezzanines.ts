import { z } from 'zod';
import { defineTool, toApiParams } from '../define-tool.js';
import { batchResults, runBatchedDelete, TOOL_BATCH_MAX } from '../batched-delete.js';
import { lookUpForPreview, megabytes, VIDEO_PREVIEW_FIELDS, videosForPreview } from '../preview-lookup.js';
import { exactlyOneOf, referenceIds } from '../spec-shapes.js';
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
  input: exactlyOneOf(
    z.strictObject({
      VideoIds: idList(TOOL_BATCH_MAX, 'Audio/video IDs.').optional(),
      ReferenceIds: referenceIds(20).optional(),
      Force: z.boolean().describe('Also delete sources used for playback.').optional(),
    }),
    'VideoIds',
    'ReferenceIds',
  ),
  output: response({
    NonExistVideoIds: out.list(z.string()),
    UnRemoveableVideoIds: out.list(z.string()),
    Results: batchResults('VideoId', ['not_found', 'unremovable']),
  }),
  preview: async ({ VideoIds, ReferenceIds, Force }, context) => {
    const items = ReferenceIds
      ? await lookUpForPreview(context, 'GetVideoInfos', { ReferenceIds: ReferenceIds.join(',') }, 'VideoList', [...VIDEO_PREVIEW_FIELDS, 'ReferenceId'])
      : await videosForPreview(VideoIds ?? [], context);
    return { summary: `Delete the source files of ${items.length} video(s), ${megabytes(items)} MB of media${Force ? ', including sources used for playback' : ''}.`, items };
  },
  // ReferenceIds (at most 20, the API's own limit) go in one call.
  handler: async (args, context) =>
    args.ReferenceIds
      ? context.api.call('DeleteMezzanines', toApiParams(args), { idempotent: true, signal: context.signal }) as Promise<{ RequestId: string }>
      : runBatchedDelete(
      { action: 'DeleteMezzanines', listParam: 'VideoIds', idKey: 'VideoId', apiMax: 20, lists: { NonExistVideoIds: 'not_found', UnRemoveableVideoIds: 'unremovable' } },
      args.VideoIds ?? [],
      args.Force === undefined ? {} : { Force: String(args.Force) },
      context,
    ),
});
