import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';
import { aiJobDetail, JOB_TYPES, snapshotJobDetail, transcodeJobDetail, workflowTaskDetail } from './job-schemas.js';

export const getJobDetail = defineTool({
  action: 'GetJobDetail',
  title: 'Get job detail',
  toolset: 'jobs',
  tier: 'read',
  tierReason: 'Reads one job.',
  description:
    'Get one job by ID and type: transcode (a transcode job ID, not a task ID), snapshot, ai (tags, DNA, moderation, smart covers) or workflow (the TaskId of submit_workflow_job). ' +
    'Returns status, times and the type’s detail.',
  input: z.strictObject({
    JobId: z.string().min(1).max(128).describe('Job ID.'),
    JobType: z.enum(JOB_TYPES).describe('Job type.'),
  }),
  output: response({
    JobType: out.str(),
    TranscodeJobDetail: transcodeJobDetail.optional(),
    SnapshotJobDetail: snapshotJobDetail.optional(),
    AIJobDetail: aiJobDetail.optional(),
    WorkflowTaskDetail: workflowTaskDetail.optional(),
  }),
});
