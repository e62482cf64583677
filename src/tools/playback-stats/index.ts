import type { AnyTool } from '../define-tool.js';
import { describePlayTopVideos } from './describe-play-top-videos.js';
import { describePlayUserAvg } from './describe-play-user-avg.js';
import { describePlayUserTotal } from './describe-play-user-total.js';
import { describePlayVideoStatis } from './describe-play-video-statis.js';

export const playbackStatsTools: AnyTool[] = [describePlayTopVideos, describePlayUserAvg, describePlayUserTotal, describePlayVideoStatis];
