import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';
import { userData } from '../spec-shapes.js';

export const submitAIImageJob = defineTool({
  action: 'SubmitAIImageJob',
  title: 'Submit smart cover job',
  toolset: 'ai_jobs',
  tier: 'write',
  tierReason: 'Starts an image job; results can be deleted and the job rerun.',
  billable: true,
  description:
    'Generate AI images (smart covers) from a video with an AIImage template; may set the video cover. Runs asynchronously: poll get_ai_image_jobs, then list_ai_image_info.',
  input: z.strictObject({
    VideoId: z.string().min(1).describe('Video ID.'),
    AITemplateId: z.string().min(1).describe('AIImage template ID.'),
    UserData: userData({ maxBytes: 512 }).optional(),
    AIPipelineId: z.string().min(1).optional().describe('AI pipeline ID; default pipeline if omitted.'),
  }),
  output: response({ JobId: out.str() }),
});
