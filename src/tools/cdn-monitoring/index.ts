import type { AnyTool } from '../define-tool.js';
import { describeVodDomainBpsData } from './describe-vod-domain-bps-data.js';
import { describeVodDomainBpsDataByLayer } from './describe-vod-domain-bps-data-by-layer.js';
import { describeVodDomainHitRateData } from './describe-vod-domain-hit-rate-data.js';
import { describeVodDomainMax95BpsData } from './describe-vod-domain-max95-bps-data.js';
import { describeVodDomainQpsData } from './describe-vod-domain-qps-data.js';
import { describeVodDomainReqHitRateData } from './describe-vod-domain-req-hit-rate-data.js';
import { describeVodDomainSrcBpsData } from './describe-vod-domain-src-bps-data.js';
import { describeVodDomainSrcTrafficData } from './describe-vod-domain-src-traffic-data.js';
import { describeVodDomainTrafficData } from './describe-vod-domain-traffic-data.js';

export const cdnMonitoringTools: AnyTool[] = [
  describeVodDomainTrafficData,
  describeVodDomainBpsData,
  describeVodDomainBpsDataByLayer,
  describeVodDomainSrcTrafficData,
  describeVodDomainSrcBpsData,
  describeVodDomainHitRateData,
  describeVodDomainReqHitRateData,
  describeVodDomainQpsData,
  describeVodDomainMax95BpsData,
];
