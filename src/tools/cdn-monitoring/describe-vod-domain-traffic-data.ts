import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';
import { monitoringInput, series, seriesWindow } from './monitoring-input.js';

export const describeVodDomainTrafficData = defineTool({
  action: 'DescribeVodDomainTrafficData',
  title: 'Get CDN traffic',
  toolset: 'cdn_monitoring',
  tier: 'read',
  tierReason: 'Reads monitoring data; changes nothing.',
  view: 'usage',
  description: 'Get CDN traffic (bytes) per interval for domains, split domestic/overseas and HTTPS, with the total. Default the last 24 hours; up to 90 days.',
  input: monitoringInput,
  output: response({
    ...seriesWindow,
    TotalTraffic: out.long(),
    TrafficDataPerInterval: series,
  }),
});
