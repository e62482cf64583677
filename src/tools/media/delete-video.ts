import { z } from 'zod';
import { defineTool, toApiParams } from '../define-tool.js';
import { lookUpForPreview, megabytes, VIDEO_PREVIEW_FIELDS, videosForPreview } from '../preview-lookup.js';
import { exactlyOneOf, referenceIds } from '../spec-shapes.js';
import { idList, out, response } from '../schema-helpers.js';
import { batchResults, runBatchedDelete, TOOL_BATCH_MAX, type BatchedDelete } from '../batched-delete.js';

const API_BATCH = 20;
const BATCHES: BatchedDelete<'NonExistVideoIds' | 'ForbiddenVideoIds'> = {
  action: 'DeleteVideo',
  listParam: 'VideoIds',
  idKey: 'VideoId',
  apiMax: API_BATCH,
  lists: { NonExistVideoIds: 'not_found', ForbiddenVideoIds: 'forbidden' },
  noneFoundCode: 'InvalidVideo.NotFound',
};


export const deleteVideo = defineTool({
  action: 'DeleteVideo',
  title: 'Delete videos',
  toolset: 'media',
  tier: 'destructive',
  tierReason: 'Permanently deletes videos with their source files, streams and snapshots.',
  idempotent: true,
  description:
    'Permanently delete whole videos: source file, streams, snapshots, metadata. Cannot be undone. Over 20 IDs are deleted in batches of 20 after one confirmation; reports each ID as deleted, not_found, forbidden or failed.',
  input: exactlyOneOf(
    z.strictObject({
      VideoIds: idList(TOOL_BATCH_MAX, 'Video IDs to delete.').optional(),
      ReferenceIds: referenceIds(API_BATCH).optional(),
    }),
    'VideoIds',
    'ReferenceIds',
  ),
  output: response({
    NonExistVideoIds: out.list(z.string()),
    ForbiddenVideoIds: out.list(z.string()),
    Results: batchResults('VideoId', ['not_found', 'forbidden']),
  }),
  preview: async ({ VideoIds, ReferenceIds }, context) => {
    const items = ReferenceIds
      ? await lookUpForPreview(context, 'GetVideoInfos', { ReferenceIds: ReferenceIds.join(',') }, 'VideoList', [...VIDEO_PREVIEW_FIELDS, 'ReferenceId'])
      : await videosForPreview(VideoIds ?? [], context);
    const minutes = items.reduce((sum, video) => sum + (Number(video.Duration) || 0), 0) / 60;
    const missing = (VideoIds ?? ReferenceIds ?? []).length - items.length;
    return {
      summary: `Delete ${items.length} video(s): ${minutes.toFixed(1)} min, ${megabytes(items)} MB in all${missing ? `; ${missing} ID(s) not found` : ''}.`,
      items,
    };
  },
  // ReferenceIds (at most 20, the API's own limit) go in one call; the API answers NonExistReferenceIds.
  handler: async (args, context) =>
    args.ReferenceIds
      ? context.api.call('DeleteVideo', toApiParams(args), { idempotent: true, signal: context.signal }) as Promise<{ RequestId: string }>
      : runBatchedDelete(BATCHES, args.VideoIds ?? [], {}, context),
});
