import type { AnyTool } from '../define-tool.js';
import { deleteAIImageInfos } from './delete-ai-image-infos.js';
import { getAIImageJobs } from './get-ai-image-jobs.js';
import { getAIVideoTagResult } from './get-ai-video-tag-result.js';
import { getMediaDNAResult } from './get-media-dna-result.js';
import { listAIImageInfo } from './list-ai-image-info.js';
import { listAIJob } from './list-ai-job.js';
import { submitAIImageJob } from './submit-ai-image-job.js';
import { submitAIJob } from './submit-ai-job.js';
import { submitMediaDNADeleteJob } from './submit-media-dna-delete-job.js';

export const aiJobsTools: AnyTool[] = [
  submitAIJob,
  listAIJob,
  getAIVideoTagResult,
  getMediaDNAResult,
  submitMediaDNADeleteJob,
  submitAIImageJob,
  getAIImageJobs,
  listAIImageInfo,
  deleteAIImageInfos,
];
