import type { ActionModule } from '../../action-context.js';
import { getDigitalWatermarkExtractResult } from './get-digital-watermark-extract-result.js';
import { getJobDetail } from './get-job-detail.js';
import { listJobInfo } from './list-job-info.js';
import { submitDigitalWatermarkExtractJob } from './submit-digital-watermark-extract-job.js';
import { resumeWatermarkJobs } from './watermark-extract-jobs.js';

/** Job details across the families' job records, and digital watermark extraction. */
export const jobsActions: ActionModule = {
  handlers: {
    GetJobDetail: getJobDetail,
    ListJobInfo: listJobInfo,
    SubmitDigitalWatermarkExtractJob: submitDigitalWatermarkExtractJob,
    GetDigitalWatermarkExtractResult: getDigitalWatermarkExtractResult,
  },
  resume: resumeWatermarkJobs,
};
