import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';
import { aiJobOutput, jobIds } from './ai-job-schemas.js';

export const listAIJob = defineTool({
  action: 'ListAIJob',
  title: 'List AI jobs',
  toolset: 'ai_jobs',
  tier: 'read',
  tierReason: 'Reads job status.',
  description: 'Get AI jobs (tagging, DNA) by ID: status (init, processing, success, fail), error code and result Data (JSON string). Unknown IDs are listed apart.',
  input: z.strictObject({ JobIds: jobIds('AI job IDs.') }),
  output: response({
    NonExistAIJobIds: out.list(z.string()),
    AIJobList: out.list(aiJobOutput),
  }),
});
