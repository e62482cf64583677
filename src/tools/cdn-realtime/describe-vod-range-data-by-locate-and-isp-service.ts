import { z } from 'zod';
import { domainName } from '../cdn-domains/cdn-schemas.js';
import { defineTool } from '../define-tool.js';
import { COMMA_LIST_ITEM, idList, out, response } from '../schema-helpers.js';
import { fixedSpanRule, fixedTimes } from './realtime-input.js';

export const describeVodRangeDataByLocateAndIspService = defineTool({
  action: 'DescribeVodRangeDataByLocateAndIspService',
  title: 'Get CDN access data by region and ISP',
  toolset: 'cdn_monitoring',
  tier: 'read',
  tierReason: 'Reads monitoring data; changes nothing.',
  description:
    'Get one domain’s CDN access data by region and ISP in 5-minute points: status codes, response time, bandwidth, average speed, page views, byte and request hit ratios. Window at most 1 hour within the last 93 days. JsonResult is a JSON text: {unix time: {region: {ISP: {http_codes, rt, bandwidth, avg_speed, pv, hit_rate, request_hit_rate}}}}.',
  input: z
    .strictObject({
      DomainName: domainName('One domain.'),
      ...fixedTimes(60, '2026-05-29T03:00:00Z'),
      IspNameEn: z.string().min(1).max(64).check(COMMA_LIST_ITEM).optional().describe('One ISP, e.g. unicom; default all.'),
      LocationNameEn: idList(50, 'Regions, e.g. shanghai; default all.', z.string().min(1).max(64)).optional(),
    })
    .refine(fixedSpanRule(60), { message: 'EndTime must be after StartTime, within 1 hour', path: ['EndTime'] }),
  output: response({ JsonResult: out.str() }),
});
