import type { AnyTool } from '../define-tool.js';
import { reviewAudit } from './review-audit.js';
import { uploadMedia } from './upload-media.js';
import { waitForJob } from './wait-for-job.js';
import { waitForMedia } from './wait-for-media.js';

/** Task-level tools: jobs built from several API calls (toolset tasks). */
export const taskTools: AnyTool[] = [uploadMedia, waitForMedia, waitForJob, reviewAudit];
