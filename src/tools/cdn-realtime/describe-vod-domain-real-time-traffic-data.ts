import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';
import { filters, GRANULARITY_TEXT, seriesInput, seriesWindow } from './realtime-input.js';

export const describeVodDomainRealTimeTrafficData = defineTool({
  action: 'DescribeVodDomainRealTimeTrafficData',
  title: 'Get real-time CDN traffic',
  toolset: 'cdn_monitoring',
  tier: 'read',
  tierReason: 'Reads monitoring data; changes nothing.',
  description: `Get CDN traffic (bytes) per point for up to 500 domains (merged), optionally for one ISP or region. ${GRANULARITY_TEXT}`,
  input: seriesInput(500, filters()),
  output: response({
    ...seriesWindow,
    RealTimeTrafficDataPerInterval: out.list(out.obj({ TimeStamp: out.str(), Value: out.long() })),
  }),
});
