import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';
import { seriesWindow } from './monitoring-input.js';
import { domainNames, interval, ispNameEn, locationNameEn, seriesInput } from './series-inputs.js';

/** One interval: mean QPS and request count (Acc...), split domestic/overseas and HTTPS. */
const qpsPoint = out.obj({
  TimeStamp: out.str(),
  Value: out.str(),
  DomesticValue: out.str(),
  OverseasValue: out.str(),
  AccValue: out.str(),
  AccDomesticValue: out.str(),
  AccOverseasValue: out.str(),
  HttpsValue: out.str(),
  HttpsDomesticValue: out.str(),
  HttpsOverseasValue: out.str(),
  HttpsAccValue: out.str(),
  HttpsAccDomesticValue: out.str(),
  HttpsAccOverseasValue: out.str(),
});

export const describeVodDomainQpsData = defineTool({
  action: 'DescribeVodDomainQpsData',
  title: 'Get CDN QPS',
  toolset: 'cdn_monitoring',
  tier: 'read',
  tierReason: 'Reads monitoring data; changes nothing.',
  view: 'usage',
  description: 'Get requests per second (mean of each interval) and request counts (Acc*) for domains, split domestic/overseas and HTTPS; optional ISP/region filter. Default the last 24 hours; up to 366 days.',
  input: seriesInput(366, { DomainName: domainNames(), Interval: interval(), IspNameEn: ispNameEn(), LocationNameEn: locationNameEn() }),
  output: response({ ...seriesWindow, QpsDataInterval: out.list(qpsPoint) }),
});
