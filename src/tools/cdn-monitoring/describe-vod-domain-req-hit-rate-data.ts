import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';
import { seriesWindow } from './monitoring-input.js';
import { domainNames, httpsPoint, interval, seriesInput } from './series-inputs.js';

export const describeVodDomainReqHitRateData = defineTool({
  action: 'DescribeVodDomainReqHitRateData',
  title: 'Get CDN request hit rate',
  toolset: 'cdn_monitoring',
  tier: 'read',
  tierReason: 'Reads monitoring data; changes nothing.',
  view: 'usage',
  description: 'Get the request hit ratio (percent of requests answered from cache) per interval for domains, overall and for HTTPS. Default the last 24 hours; up to 90 days.',
  input: seriesInput(90, { DomainName: domainNames(), Interval: interval() }),
  output: response({ ...seriesWindow, Data: out.list(httpsPoint) }),
});
