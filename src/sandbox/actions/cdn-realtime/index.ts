import type { ActionModule } from '../../action-context.js';
import { describeVodDomainRealTimeDetailData } from './detail-data.js';
import { describeVodRangeDataByLocateAndIspService } from './range-data.js';
import {
  describeVodDomainRealTimeBpsData,
  describeVodDomainRealTimeByteHitRateData,
  describeVodDomainRealTimeHttpCodeData,
  describeVodDomainRealTimeQpsData,
  describeVodDomainRealTimeReqHitRateData,
  describeVodDomainRealTimeTrafficData,
} from './series.js';
import { describeVodUserVipsByDomain } from './vips.js';

/** Real-time CDN data: answered from the CDN family's domains and traffic model (src/sandbox/actions/cdn/). */
export const cdnRealtimeActions: ActionModule = {
  handlers: {
    DescribeVodDomainRealTimeBpsData: describeVodDomainRealTimeBpsData,
    DescribeVodDomainRealTimeTrafficData: describeVodDomainRealTimeTrafficData,
    DescribeVodDomainRealTimeQpsData: describeVodDomainRealTimeQpsData,
    DescribeVodDomainRealTimeByteHitRateData: describeVodDomainRealTimeByteHitRateData,
    DescribeVodDomainRealTimeReqHitRateData: describeVodDomainRealTimeReqHitRateData,
    DescribeVodDomainRealTimeHttpCodeData: describeVodDomainRealTimeHttpCodeData,
    DescribeVodDomainRealTimeDetailData: describeVodDomainRealTimeDetailData,
    DescribeVodRangeDataByLocateAndIspService: describeVodRangeDataByLocateAndIspService,
    DescribeVodUserVipsByDomain: describeVodUserVipsByDomain,
  },
};
