import type { AnyTool } from '../define-tool.js';
import { createAudit } from './create-audit.js';
import { getAIMediaAuditJob } from './get-ai-media-audit-job.js';
import { getAuditHistory } from './get-audit-history.js';
import { getMediaAuditAudioResultDetail } from './get-media-audit-audio-result-detail.js';
import { getMediaAuditResult } from './get-media-audit-result.js';
import { getMediaAuditResultDetail } from './get-media-audit-result-detail.js';
import { getMediaAuditResultTimeline } from './get-media-audit-result-timeline.js';
import { submitAIImageAuditJob } from './submit-ai-image-audit-job.js';
import { submitAIMediaAuditJob } from './submit-ai-media-audit-job.js';

export const auditTools: AnyTool[] = [
  submitAIMediaAuditJob,
  submitAIImageAuditJob,
  getAIMediaAuditJob,
  getMediaAuditResult,
  getMediaAuditResultDetail,
  getMediaAuditResultTimeline,
  getMediaAuditAudioResultDetail,
  createAudit,
  getAuditHistory,
];
