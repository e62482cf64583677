import { defineTool } from '../define-tool.js';
import { response } from '../schema-helpers.js';
import { GRANULARITY_TEXT, point, seriesInput } from './realtime-input.js';

export const describeVodDomainRealTimeByteHitRateData = defineTool({
  action: 'DescribeVodDomainRealTimeByteHitRateData',
  title: 'Get real-time CDN byte hit ratio',
  toolset: 'cdn_monitoring',
  tier: 'read',
  tierReason: 'Reads monitoring data; changes nothing.',
  description: `Get the CDN byte hit ratio (0-1, share of bytes served from cache) per point for up to 100 domains (merged). ${GRANULARITY_TEXT}`,
  input: seriesInput(100, {}),
  output: response({ Data: point('ByteHitRate') }),
});
