import { defineTool } from '../define-tool.js';
import { response } from '../schema-helpers.js';
import { filters, GRANULARITY_TEXT, point, seriesInput } from './realtime-input.js';

export const describeVodDomainRealTimeQpsData = defineTool({
  action: 'DescribeVodDomainRealTimeQpsData',
  title: 'Get real-time CDN QPS',
  toolset: 'cdn_monitoring',
  tier: 'read',
  tierReason: 'Reads monitoring data; changes nothing.',
  description: `Get CDN requests per second per point for up to 500 domains (merged), optionally for one ISP or region. ${GRANULARITY_TEXT}`,
  input: seriesInput(500, filters()),
  output: response({ Data: point('Qps') }),
});
