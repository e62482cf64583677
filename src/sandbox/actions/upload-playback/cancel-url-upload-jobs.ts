import type { ActionHandler } from '../../action-context.js';
import { lookUpUrlJobs } from './url-job-lookup.js';

/** Only queued (PENDING) jobs can be cancelled; running or finished ones are left as they are. */
export const cancelUrlUploadJobs: ActionHandler = (context) => {
  const { jobs, missing } = lookUpUrlJobs(context, 'UploadUrls');
  const canceled: string[] = [];
  for (const job of jobs) {
    if (job.Status !== 'PENDING') continue;
    job.Status = 'CANCELED';
    job.CompleteTime = context.clock.nowIso();
    canceled.push(job.JobId);
  }
  return { CanceledJobs: canceled, NonExists: missing };
};
