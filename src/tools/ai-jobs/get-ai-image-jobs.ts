import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';
import { jobIds } from './ai-job-schemas.js';

export const getAIImageJobs = defineTool({
  action: 'GetAIImageJobs',
  title: 'Get smart cover jobs',
  toolset: 'ai_jobs',
  tier: 'read',
  tierReason: 'Reads job status.',
  description: 'Get AI image jobs by ID: status, template config snapshot and result images (JSON string of Score and Url).',
  input: z.strictObject({ JobIds: jobIds('AI image job IDs.') }),
  output: response({
    AIImageJobList: out.list(
      out.obj({
        JobId: out.str(),
        VideoId: out.str(),
        Status: out.str(),
        CreationTime: out.str(),
        AIImageResult: out.str(),
        UserData: out.str(),
        Code: out.str(),
        Message: out.str(),
        TemplateId: out.str(),
        TemplateConfig: out.str(),
      }),
    ),
  }),
});
