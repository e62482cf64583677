import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';

export const listAIImageInfo = defineTool({
  action: 'ListAIImageInfo',
  title: 'List smart cover images',
  toolset: 'ai_jobs',
  tier: 'read',
  tierReason: 'Lists image records.',
  description: 'List the AI images (smart covers) generated for one video: URL, format, score and job. Use the IDs with delete_ai_image_infos.',
  input: z.strictObject({ VideoId: z.string().min(1).describe('Video ID.') }),
  output: response({
    AIImageInfoList: out.list(
      out.obj({
        AIImageInfoId: out.str(),
        JobId: out.str(),
        VideoId: out.str(),
        FileURL: out.str(),
        Format: out.str(),
        Score: out.long(),
        Version: out.str(),
        CreationTime: out.str(),
      }),
    ),
  }),
});
