import type { ActionModule } from '../../action-context.js';
import { describeVodMediaPlayData } from './describe-vod-media-play-data.js';
import { describeVodPlayerCollectData } from './describe-vod-player-collect-data.js';
import { describeVodPlayerDimensionData } from './describe-vod-player-dimension-data.js';
import { describeVodPlayerMetricData } from './describe-vod-player-metric-data.js';
import { getDailyPlayRegionStatis } from './get-daily-play-region-statis.js';

/**
 * Player SDK analytics and per-media play data, answered from the account family's play model (playback-model.ts)
 * so that they agree with DescribePlayTopVideos, DescribePlayUserTotal and DescribePlayUserAvg. Read-only.
 */
export const playerStatsActions: ActionModule = {
  handlers: {
    DescribeVodPlayerCollectData: describeVodPlayerCollectData,
    DescribeVodPlayerDimensionData: describeVodPlayerDimensionData,
    DescribeVodPlayerMetricData: describeVodPlayerMetricData,
    DescribeVodMediaPlayData: describeVodMediaPlayData,
    GetDailyPlayRegionStatis: getDailyPlayRegionStatis,
  },
};
