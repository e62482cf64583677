import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { atLeastOneOf, httpUrl, idList, out, response } from '../schema-helpers.js';

export const cancelUrlUploadJobs = defineTool({
  action: 'CancelUrlUploadJobs',
  title: 'Cancel URL upload jobs',
  toolset: 'upload',
  tier: 'write',
  tierReason: 'Cancels queued pull-upload jobs; they can be submitted again.',
  idempotent: true,
  description: 'Cancel URL pull-upload jobs that are still queued (PENDING), by JobIds or source URLs (JobIds win). Jobs already running cannot be cancelled.',
  input: z
    .strictObject({
      JobIds: idList(10, 'Job IDs.').optional(),
      UploadUrls: z.array(httpUrl('Source URL.')).min(1).max(10).optional().describe('Source URLs, 1-10.'),
    })
    .meta(atLeastOneOf('JobIds', 'UploadUrls'))
    .refine((args) => args.JobIds !== undefined || args.UploadUrls !== undefined, 'give JobIds or UploadUrls'),
  output: response({
    CanceledJobs: out.list(z.string()),
    NonExists: out.list(z.string()),
  }),
});
