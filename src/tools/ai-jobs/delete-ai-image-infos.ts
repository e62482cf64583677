import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { idList, response } from '../schema-helpers.js';

export const deleteAIImageInfos = defineTool({
  action: 'DeleteAIImageInfos',
  title: 'Delete smart cover records',
  toolset: 'ai_jobs',
  tier: 'destructive',
  tierReason: 'Permanently deletes AI image records.',
  idempotent: true,
  description: 'Delete AI image records (from list_ai_image_info). The image files themselves are not deleted.',
  input: z.strictObject({ AIImageInfoIds: idList(10, 'AI image info IDs.') }),
  output: response({}),
});
