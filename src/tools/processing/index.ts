import type { AnyTool } from '../define-tool.js';
import { submitPreprocessJobs } from './submit-preprocess-jobs.js';
import { submitSnapshotJob } from './submit-snapshot-job.js';
import { submitTranscodeJobs } from './submit-transcode-jobs.js';
import { submitWorkflowJob } from './submit-workflow-job.js';

export const processingTools: AnyTool[] = [submitTranscodeJobs, submitSnapshotJob, submitPreprocessJobs, submitWorkflowJob];
