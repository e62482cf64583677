import type { ActionHandler } from '../../action-context.js';
import { DETAIL_FIELD, JOB_TYPES, jobsOfType } from './job-records.js';
import { jobNotFound } from './jobs-state.js';

/** One job of the given type by its ID (a transcode job's JobId, not its task's ID: that is GetTranscodeTask's). */
export const getJobDetail: ActionHandler = (context) => {
  const jobId = context.required('JobId');
  const type = context.oneOf('JobType', JOB_TYPES)!;
  const job = jobsOfType(context, type).find((entry) => entry.jobId === jobId);
  if (!job) throw jobNotFound();
  return { JobType: type, [DETAIL_FIELD[type]]: job.detail };
};
