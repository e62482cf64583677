import type { ActionHandler } from '../../action-context.js';
import { figureSeries, windowFields } from './figure-series.js';
import { MAX_SERIES_DOMAINS } from './monitoring-origin.js';
import { readDomains, readWindow } from './monitoring-window.js';
import { filterFactor } from './traffic-model.js';

const rate = (value: number) => String(Math.round(value * 100) / 100);

/**
 * Requests per second (mean of the interval) and requests in the interval ("Acc"), split domestic/overseas and
 * HTTPS: the edge bytes of DescribeVodDomainBpsData over the domain's mean response size. With an ISP or region
 * filter the domestic/overseas split is left empty, as DescribeVodDomainBpsData does. Up to 366 days.
 */
export const describeVodDomainQpsData: ActionHandler = (context) => {
  const domains = readDomains(context, MAX_SERIES_DOMAINS);
  const window = readWindow(context, 366);
  const isp = context.str('IspNameEn');
  const location = context.str('LocationNameEn');
  const filtered = isp !== undefined || location !== undefined;
  const split = (value: number) => (filtered ? '' : rate(value));
  const count = (value: number) => Math.round(value * window.interval);
  const splitCount = (value: number) => (filtered ? '' : String(count(value)));
  return {
    ...windowFields(domains, window),
    QpsDataInterval: figureSeries(context, domains, window, filterFactor(isp, location)).map((point) => ({
      TimeStamp: point.TimeStamp,
      Value: rate(point.qps),
      DomesticValue: split(point.qps - point.overseasQps),
      OverseasValue: split(point.overseasQps),
      AccValue: String(count(point.qps)),
      AccDomesticValue: splitCount(point.qps - point.overseasQps),
      AccOverseasValue: splitCount(point.overseasQps),
      HttpsValue: rate(point.httpsQps),
      HttpsDomesticValue: split(point.httpsQps - point.httpsOverseasQps),
      HttpsOverseasValue: split(point.httpsOverseasQps),
      HttpsAccValue: String(count(point.httpsQps)),
      HttpsAccDomesticValue: splitCount(point.httpsQps - point.httpsOverseasQps),
      HttpsAccOverseasValue: splitCount(point.httpsOverseasQps),
    })),
  };
};
