import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';
import { AI_JOB_TYPES, aiJobConfig, aiJobOutput, mediaId } from './ai-job-schemas.js';
import { userData } from '../spec-shapes.js';

export const submitAIJob = defineTool({
  action: 'SubmitAIJob',
  title: 'Submit AI job',
  toolset: 'ai_jobs',
  tier: 'write',
  tierReason: 'Starts an analysis job; it can be run again.',
  billable: true,
  description:
    'Start smart tagging (AIVideoTag) and/or video DNA (AIMediaDNA, duplicate detection) on a video; runs asynchronously. ' +
    'Poll list_ai_job, then get_ai_video_tag_result or get_media_dna_result.',
  input: z.strictObject({
    MediaId: mediaId(),
    Types: z.array(z.enum(AI_JOB_TYPES)).min(1).max(2).optional().describe('Job types.'),
    Config: aiJobConfig.optional(),
    UserData: userData().optional(),
  }),
  output: response({ AIJobList: out.list(aiJobOutput) }),
});
