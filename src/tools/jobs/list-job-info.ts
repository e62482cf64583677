import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';
import { jobInfo, LISTED_JOB_TYPES, singleMediaId } from './job-schemas.js';

export const listJobInfo = defineTool({
  action: 'ListJobInfo',
  title: 'List jobs of a media',
  toolset: 'jobs',
  tier: 'read',
  tierReason: 'Lists job history.',
  description: 'List the jobs of one type (transcode, snapshot or ai) run on a media asset in the last 6 months, newest first, with status and times. Details: get_job_detail.',
  input: z.strictObject({
    JobType: z.enum(LISTED_JOB_TYPES).describe('Job type.'),
    MediaId: singleMediaId('Media ID.'),
  }),
  output: response({ JobType: out.str(), MediaId: out.str(), JobInfoList: out.list(jobInfo) }),
});
