import { z } from 'zod';
import { asList, idsOf } from '../../client/response-shapes.js';
import { defineTool, type ToolContext } from '../define-tool.js';
import { idList, out, response } from '../schema-helpers.js';
import { eachBatch } from './batches.js';

/** The API takes 20 IDs per call; the tool takes more, confirms the whole set once, then deletes in batches. */
const API_BATCH = 20;
const TOOL_MAX = 200;

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
    VideoIds: idList(TOOL_MAX, 'Video IDs to delete.'),
  }),
  output: response({
    NonExistVideoIds: out.list(z.string()),
    ForbiddenVideoIds: out.list(z.string()),
    Results: out.list(z.object({ VideoId: z.string(), Result: z.enum(['deleted', 'not_found', 'forbidden', 'failed']), Error: z.string().optional() })),
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
  handler: async ({ VideoIds }, context) => {
    const outcomes = await eachBatch(VideoIds, API_BATCH, (batch) => context.api.call('DeleteVideo', { VideoIds: batch.join(',') }, { idempotent: true, signal: context.signal }));
    const results: { VideoId: string; Result: 'deleted' | 'not_found' | 'forbidden' | 'failed'; Error?: string }[] = [];
    let requestId = '';
    for (const { batch, result, error } of outcomes) {
      if (result) requestId = String(result.RequestId ?? requestId);
      const missing = new Set(error?.code === 'InvalidVideo.NotFound' ? batch : idsOf(result?.NonExistVideoIds));
      const forbidden = new Set(idsOf(result?.ForbiddenVideoIds));
      for (const id of batch) {
        if (missing.has(id)) results.push({ VideoId: id, Result: 'not_found' });
        else if (forbidden.has(id)) results.push({ VideoId: id, Result: 'forbidden' });
        else if (error) results.push({ VideoId: id, Result: 'failed', Error: `${error.code}: ${error.message}${error.requestId ? ` (RequestId ${error.requestId})` : ''}` });
        else results.push({ VideoId: id, Result: 'deleted' });
      }
    }
    return {
      RequestId: requestId || (outcomes.find((outcome) => outcome.error)?.error?.requestId ?? ''),
      NonExistVideoIds: results.filter((r) => r.Result === 'not_found').map((r) => r.VideoId),
      ForbiddenVideoIds: results.filter((r) => r.Result === 'forbidden').map((r) => r.VideoId),
      Results: results,
    };
  },
});
