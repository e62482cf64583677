import { z } from 'zod';
import { asList } from '../../client/index.js';
import { defineTool, type ToolContext } from '../define-tool.js';
import { idList, out, response } from '../schema-helpers.js';
import { batchResults, eachBatch, runBatchedDelete, TOOL_BATCH_MAX, type BatchedDelete } from '../batched-delete.js';

const API_BATCH = 20;
const BATCHES: BatchedDelete<'NonExistVideoIds' | 'ForbiddenVideoIds'> = {
  action: 'DeleteVideo',
  listParam: 'VideoIds',
  idKey: 'VideoId',
  apiMax: API_BATCH,
  lists: { NonExistVideoIds: 'not_found', ForbiddenVideoIds: 'forbidden' },
  noneFoundCode: 'InvalidVideo.NotFound',
};

async function lookUp(ids: string[], context: ToolContext) {
  const outcomes = await eachBatch(ids, API_BATCH, (batch) => context.api.call('GetVideoInfos', { VideoIds: batch.join(',') }, { idempotent: true, signal: context.signal }));
  return outcomes.flatMap((outcome) => asList(outcome.result?.VideoList));
}

export const deleteVideo = defineTool({
  action: 'DeleteVideo',
  title: 'Delete videos',
  toolset: 'media',
  tier: 'destructive',
  tierReason: 'Permanently deletes videos with their source files, streams and snapshots.',
  idempotent: true,
  description:
    'Permanently delete whole videos: source file, streams, snapshots, metadata. Cannot be undone. Over 20 IDs are deleted in batches of 20 after one confirmation; reports each ID as deleted, not_found, forbidden or failed.',
  input: z.strictObject({
    VideoIds: idList(TOOL_BATCH_MAX, 'Video IDs to delete.'),
  }),
  output: response({
    NonExistVideoIds: out.list(z.string()),
    ForbiddenVideoIds: out.list(z.string()),
    Results: batchResults('VideoId', ['not_found', 'forbidden']),
  }),
  preview: async ({ VideoIds }, context) => {
    const found = await lookUp(VideoIds, context);
    const items = found.map(({ VideoId, Title, Duration, Size, Status }) => ({ VideoId, Title, Duration, Size, Status }));
    const seconds = found.reduce((sum, video) => sum + (Number(video.Duration) || 0), 0);
    const bytes = found.reduce((sum, video) => sum + (Number(video.Size) || 0), 0);
    const missing = VideoIds.length - found.length;
    return {
      summary: `Delete ${found.length} video(s): ${(seconds / 60).toFixed(1)} min, ${(bytes / 1e6).toFixed(1)} MB in all${missing ? `; ${missing} ID(s) not found` : ''}.`,
      items,
    };
  },
  handler: async ({ VideoIds }, context) => runBatchedDelete(BATCHES, VideoIds, {}, context),
});
