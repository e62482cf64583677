import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';
import { monitoringInput, series, seriesWindow } from './monitoring-input.js';

export const describeVodDomainBpsData = defineTool({
  action: 'DescribeVodDomainBpsData',
  title: 'Get CDN bandwidth',
  toolset: 'cdn_monitoring',
  tier: 'read',
  tierReason: 'Reads monitoring data; changes nothing.',
  view: 'usage',
  description: 'Get CDN bandwidth (bit/s) per interval for domains, split domestic/overseas and HTTPS; optional ISP/region filter. Default the last 24 hours; up to 90 days.',
  input: monitoringInput,
  output: response({
    ...seriesWindow,
    IspNameEn: out.str(),
    LocationNameEn: out.str(),
    BpsDataPerInterval: series,
  }),
});
