import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { batchResults, runBatchedDelete, TOOL_BATCH_MAX } from '../batched-delete.js';
import { lookUpForPreview } from '../preview-lookup.js';
import { idList, out, response } from '../schema-helpers.js';

export const deleteAttachedMedia = defineTool({
  action: 'DeleteAttachedMedia',
  title: 'Delete attached media',
  toolset: 'attached_media',
  tier: 'destructive',
  tierReason: 'Permanently deletes attached media files.',
  idempotent: true,
  description: 'Permanently delete attached media files (watermarks, subtitles, materials); over 20 go in batches after one confirmation. Cannot be undone. Unknown IDs come back in NonExistMediaIds.',
  input: z.strictObject({
    MediaIds: idList(TOOL_BATCH_MAX, 'Attached media IDs.'),
  }),
  output: response({ NonExistMediaIds: out.list(z.string()), Results: batchResults('MediaId', ['not_found']) }),
  preview: async ({ MediaIds }, context) => {
    const items: Record<string, unknown>[] = [];
    for (let i = 0; i < MediaIds.length; i += 20) {
      const batch = MediaIds.slice(i, i + 20).join(',');
      items.push(...(await lookUpForPreview(context, 'GetAttachedMediaInfo', { MediaIds: batch }, 'AttachedMediaList[]', ['MediaId', 'Title', 'BusinessType', 'Status', 'FileSize'])));
    }
    return { summary: `Delete ${items.length} attached media file(s)${items.length < MediaIds.length ? `; ${MediaIds.length - items.length} ID(s) not found` : ''}.`, items };
  },
  handler: async ({ MediaIds }, context) =>
    runBatchedDelete({ action: 'DeleteAttachedMedia', listParam: 'MediaIds', idKey: 'MediaId', apiMax: 20, lists: { NonExistMediaIds: 'not_found' } }, MediaIds, {}, context),
});
