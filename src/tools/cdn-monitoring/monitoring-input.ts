import { z } from 'zod';
import { TIME_PAIR, idList, out } from '../schema-helpers.js';
import { domainName, rangeTimes, timeRangeRule } from '../cdn-domains/cdn-schemas.js';

/** Shared by traffic and bandwidth queries (spec 13.1): their input and one point of their series. */
export const monitoringInput = z
  .strictObject({
    DomainName: idList(100, 'Domains; default all, merged.', domainName()).optional(),
    ...rangeTimes(90),
    Interval: z.enum(['300', '3600', '86400']).optional().describe('Seconds; <3 days: 300+, <31 days: 3600+, else 86400.'),
    IspNameEn: z.string().min(1).optional().describe('ISP, e.g. Alibaba.'),
    LocationNameEn: z.string().min(1).optional().describe('Region, e.g. cn-shanghai.'),
  })
  .meta(TIME_PAIR)
    .refine(timeRangeRule(90), { message: 'StartTime and EndTime go together, end after start, within 90 days', path: ['EndTime'] });


/** One data point of the traffic and bandwidth series. */
const point = out.obj({
  TimeStamp: out.str(),
  Value: out.long(),
  DomesticValue: out.long(),
  OverseasValue: out.long(),
  HttpsValue: out.long(),
  HttpsDomesticValue: out.long(),
  HttpsOverseasValue: out.long(),
});

/** A series, one point per interval. */
export const series = out.list(point);

/** The window every series answer names. */
export const seriesWindow = { DomainName: out.str(), StartTime: out.str(), EndTime: out.str(), DataInterval: out.long() };
