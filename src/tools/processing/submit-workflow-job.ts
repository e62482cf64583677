import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';

export const submitWorkflowJob = defineTool({
  action: 'SubmitWorkflowJob',
  title: 'Submit workflow job',
  toolset: 'processing',
  tier: 'write',
  tierReason: 'Runs a processing workflow (transcode, snapshots...) on a video; adds outputs.',
  billable: true,
  description: 'Run a VOD workflow (e.g. transcode plus snapshots) on a video. Asynchronous: a WorkflowComplete callback reports the end; get_job_detail (workflow) takes the TaskId.',
  input: z.strictObject({
    WorkflowId: z.string().min(1).describe('Workflow ID (console).'),
    MediaId: z.string().min(1).optional().describe('Video ID.'),
  }),
  output: response({ TaskId: out.str() }),
});
