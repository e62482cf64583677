import type { AnyTool } from '../define-tool.js';
import { describePlayTopVideos } from './describe-play-top-videos.js';
import { describePlayUserAvg } from './describe-play-user-avg.js';
import { describePlayUserTotal } from './describe-play-user-total.js';
import { describePlayVideoStatis } from './describe-play-video-statis.js';
import { describeVodMediaPlayData } from './describe-vod-media-play-data.js';
import { describeVodPlayerCollectData } from './describe-vod-player-collect-data.js';
import { describeVodPlayerDimensionData } from './describe-vod-player-dimension-data.js';
import { describeVodPlayerMetricData } from './describe-vod-player-metric-data.js';
import { getDailyPlayRegionStatis } from './get-daily-play-region-statis.js';

export const playbackStatsTools: AnyTool[] = [describePlayTopVideos, describePlayUserAvg, describePlayUserTotal, describePlayVideoStatis];

/** The newer player analytics and per-media play data (same toolset), apart so the manual's four stay one list. */
export const playerStatsTools: AnyTool[] = [
  describeVodPlayerCollectData,
  describeVodPlayerMetricData,
  describeVodPlayerDimensionData,
  describeVodMediaPlayData,
  getDailyPlayRegionStatis,
];
