import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { idList, out, response } from '../schema-helpers.js';

export const deleteAttachedMedia = defineTool({
  action: 'DeleteAttachedMedia',
  title: 'Delete attached media',
  toolset: 'attached_media',
  tier: 'destructive',
  tierReason: 'Permanently deletes attached media files.',
  idempotent: true,
  description: 'Permanently delete up to 20 attached media files (watermarks, subtitles, materials); cannot be undone. Unknown IDs come back in NonExistMediaIds.',
  input: z.strictObject({
    MediaIds: idList(20, 'Attached media IDs.'),
  }),
  output: response({ NonExistMediaIds: out.list(z.string()) }),
});
