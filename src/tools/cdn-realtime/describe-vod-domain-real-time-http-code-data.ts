import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';
import { filters, GRANULARITY_TEXT, seriesInput, seriesWindow } from './realtime-input.js';

const code = out.obj({ Code: out.str(), Count: out.long(), Proportion: out.str() });

export const describeVodDomainRealTimeHttpCodeData = defineTool({
  action: 'DescribeVodDomainRealTimeHttpCodeData',
  title: 'Get real-time CDN HTTP status codes',
  toolset: 'cdn_monitoring',
  tier: 'read',
  tierReason: 'Reads monitoring data; changes nothing.',
  description: `Get CDN responses per HTTP status code (count and percentage) per point for up to 100 domains (merged), optionally for one ISP or region. ${GRANULARITY_TEXT}`,
  input: seriesInput(100, filters()),
  output: response({
    ...seriesWindow,
    RealTimeHttpCodeData: out.list(out.obj({ TimeStamp: out.str(), Value: out.list(code) })),
  }),
});
