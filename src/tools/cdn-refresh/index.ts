import type { AnyTool } from '../define-tool.js';
import { describeVodRefreshQuota } from './describe-vod-refresh-quota.js';
import { describeVodRefreshTasks } from './describe-vod-refresh-tasks.js';
import { getMediaRefreshJobs } from './get-media-refresh-jobs.js';
import { preloadVodObjectCaches } from './preload-vod-object-caches.js';
import { refreshMediaPlayUrls } from './refresh-media-play-urls.js';
import { refreshVodObjectCaches } from './refresh-vod-object-caches.js';

export const cdnRefreshTools: AnyTool[] = [
  refreshVodObjectCaches,
  preloadVodObjectCaches,
  describeVodRefreshTasks,
  describeVodRefreshQuota,
  refreshMediaPlayUrls,
  getMediaRefreshJobs,
];
