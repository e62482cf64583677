import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';
import { seriesWindow } from './monitoring-input.js';
import { domainNames, httpsPoint, interval, seriesInput } from './series-inputs.js';

export const describeVodDomainSrcBpsData = defineTool({
  action: 'DescribeVodDomainSrcBpsData',
  title: 'Get CDN origin bandwidth',
  toolset: 'cdn_monitoring',
  tier: 'read',
  tierReason: 'Reads monitoring data; changes nothing.',
  view: 'usage',
  description: 'Get back-to-origin bandwidth (bit/s) per interval for domains, with its HTTPS part: what the CDN fetched from your origin on cache misses. Default the last 24 hours; up to 366 days.',
  input: seriesInput(366, { DomainName: domainNames(), Interval: interval() }),
  output: response({ ...seriesWindow, SrcBpsDataPerInterval: out.list(httpsPoint) }),
});
