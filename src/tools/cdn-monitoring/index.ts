import type { AnyTool } from '../define-tool.js';
import { describeVodDomainBpsData } from './describe-vod-domain-bps-data.js';
import { describeVodDomainTrafficData } from './describe-vod-domain-traffic-data.js';

export const cdnMonitoringTools: AnyTool[] = [describeVodDomainTrafficData, describeVodDomainBpsData];
