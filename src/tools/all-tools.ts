import type { AnyTool } from './define-tool.js';
import { uploadTools } from './upload/index.js';
import { playbackTools } from './playback/index.js';
import { mediaTools } from './media/index.js';
import { imagesTools } from './images/index.js';
import { attachedMediaTools } from './attached-media/index.js';
import { dynamicImagesTools } from './dynamic-images/index.js';
import { categoriesTools } from './categories/index.js';
import { processingTools } from './processing/index.js';
import { transcodeTemplatesTools } from './transcode-templates/index.js';
import { snapshotTemplatesTools } from './snapshot-templates/index.js';
import { watermarksTools } from './watermarks/index.js';
import { transcodeTasksTools } from './transcode-tasks/index.js';
import { editingTools } from './editing/index.js';
import { auditTools } from './audit/index.js';
import { auditSettingsTools } from './audit-settings/index.js';
import { aiTemplatesTools } from './ai-templates/index.js';
import { aiJobsTools } from './ai-jobs/index.js';
import { liveRecordTools } from './live-record/index.js';
import { cdnDomainsTools } from './cdn-domains/index.js';
import { cdnDomainConfigTools } from './cdn-domain-config/index.js';
import { cdnRefreshTools } from './cdn-refresh/index.js';
import { cdnLogsTools } from './cdn-logs/index.js';
import { cdnMonitoringTools } from './cdn-monitoring/index.js';
import { cdnRealtimeTools } from './cdn-realtime/index.js';
import { usageStatsTools } from './usage-stats/index.js';
import { playbackStatsTools } from './playback-stats/index.js';
import { playerStatsTools } from './playback-stats/index.js';
import { appsTools } from './apps/index.js';
import { settingsTools } from './settings/index.js';
import { storageTools } from './storage/index.js';
import { jobsTools } from './jobs/index.js';
import { encryptionTools } from './encryption/index.js';
import { taskTools } from './tasks/index.js';
import { bulkTools } from './bulk/index.js';

/** Every API tool, family by family; each family folder holds one file per action. */
export const API_TOOLS: readonly AnyTool[] = [
  ...uploadTools,
  ...playbackTools,
  ...mediaTools,
  ...imagesTools,
  ...attachedMediaTools,
  ...dynamicImagesTools,
  ...categoriesTools,
  ...processingTools,
  ...transcodeTemplatesTools,
  ...snapshotTemplatesTools,
  ...watermarksTools,
  ...transcodeTasksTools,
  ...editingTools,
  ...auditTools,
  ...auditSettingsTools,
  ...aiTemplatesTools,
  ...aiJobsTools,
  ...liveRecordTools,
  ...cdnDomainsTools,
  ...cdnDomainConfigTools,
  ...cdnRefreshTools,
  ...cdnLogsTools,
  ...cdnMonitoringTools,
  ...cdnRealtimeTools,
  ...usageStatsTools,
  ...playbackStatsTools,
  ...playerStatsTools,
  ...appsTools,
  ...settingsTools,
  ...storageTools,
  ...jobsTools,
  ...encryptionTools,
];

/** The task-level tools, built from several calls each (upload, wait, review, bulk). */
export const TASK_TOOLS: readonly AnyTool[] = [...taskTools, ...bulkTools];

/** Every tool: task-level tools first, as they are what most jobs start with. */
export const ALL_TOOLS: readonly AnyTool[] = [...TASK_TOOLS, ...API_TOOLS];
