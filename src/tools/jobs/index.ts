import type { AnyTool } from '../define-tool.js';
import { getDigitalWatermarkExtractResult } from './get-digital-watermark-extract-result.js';
import { getJobDetail } from './get-job-detail.js';
import { listJobInfo } from './list-job-info.js';
import { submitDigitalWatermarkExtractJob } from './submit-digital-watermark-extract-job.js';

export const jobsTools: AnyTool[] = [getJobDetail, listJobInfo, submitDigitalWatermarkExtractJob, getDigitalWatermarkExtractResult];
