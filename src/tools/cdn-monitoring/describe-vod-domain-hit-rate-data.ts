import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';
import { seriesWindow } from './monitoring-input.js';
import { domainNames, httpsPoint, interval, seriesInput } from './series-inputs.js';

export const describeVodDomainHitRateData = defineTool({
  action: 'DescribeVodDomainHitRateData',
  title: 'Get CDN byte hit rate',
  toolset: 'cdn_monitoring',
  tier: 'read',
  tierReason: 'Reads monitoring data; changes nothing.',
  view: 'usage',
  description: 'Get the byte hit ratio (percent of bytes served from cache) per interval for domains, overall and for HTTPS. Default the last 24 hours; up to 90 days.',
  input: seriesInput(90, { DomainName: domainNames(), Interval: interval() }),
  output: response({ ...seriesWindow, HitRateInterval: out.list(httpsPoint) }),
});
