import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';
import { seriesWindow } from './monitoring-input.js';
import { domainNames, httpsPoint, interval, seriesInput } from './series-inputs.js';

export const describeVodDomainSrcTrafficData = defineTool({
  action: 'DescribeVodDomainSrcTrafficData',
  title: 'Get CDN origin traffic',
  toolset: 'cdn_monitoring',
  tier: 'read',
  tierReason: 'Reads monitoring data; changes nothing.',
  view: 'usage',
  description: 'Get back-to-origin traffic (bytes) per interval for domains, with its HTTPS part and the total: the load the CDN put on your origin. Default the last 24 hours; up to 366 days.',
  input: seriesInput(366, { DomainName: domainNames(), Interval: interval() }),
  output: response({ ...seriesWindow, TotalTraffic: out.long(), SrcTrafficDataPerInterval: out.list(httpsPoint) }),
});
