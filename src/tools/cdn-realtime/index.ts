import type { AnyTool } from '../define-tool.js';
import { describeVodDomainRealTimeBpsData } from './describe-vod-domain-real-time-bps-data.js';
import { describeVodDomainRealTimeByteHitRateData } from './describe-vod-domain-real-time-byte-hit-rate-data.js';
import { describeVodDomainRealTimeDetailData } from './describe-vod-domain-real-time-detail-data.js';
import { describeVodDomainRealTimeHttpCodeData } from './describe-vod-domain-real-time-http-code-data.js';
import { describeVodDomainRealTimeQpsData } from './describe-vod-domain-real-time-qps-data.js';
import { describeVodDomainRealTimeReqHitRateData } from './describe-vod-domain-real-time-req-hit-rate-data.js';
import { describeVodDomainRealTimeTrafficData } from './describe-vod-domain-real-time-traffic-data.js';
import { describeVodRangeDataByLocateAndIspService } from './describe-vod-range-data-by-locate-and-isp-service.js';
import { describeVodUserVipsByDomain } from './describe-vod-user-vips-by-domain.js';

/** Real-time CDN monitoring (toolset cdn_monitoring): minute-level series, per-region detail, node IPs. */
export const cdnRealtimeTools: AnyTool[] = [
  describeVodDomainRealTimeBpsData,
  describeVodDomainRealTimeTrafficData,
  describeVodDomainRealTimeQpsData,
  describeVodDomainRealTimeByteHitRateData,
  describeVodDomainRealTimeReqHitRateData,
  describeVodDomainRealTimeHttpCodeData,
  describeVodDomainRealTimeDetailData,
  describeVodRangeDataByLocateAndIspService,
  describeVodUserVipsByDomain,
];
