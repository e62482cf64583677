import { z } from 'zod';
import { domainName } from '../cdn-domains/cdn-schemas.js';
import { defineTool } from '../define-tool.js';
import { idList, out, response } from '../schema-helpers.js';
import { fixedSpanRule, fixedTimes, ispNameEn, locationNameEn } from './realtime-input.js';

const flag = (description: string) => z.enum(['true', 'false']).optional().describe(description);

export const describeVodDomainRealTimeDetailData = defineTool({
  action: 'DescribeVodDomainRealTimeDetailData',
  title: 'Get real-time CDN detail by region and ISP',
  toolset: 'cdn_monitoring',
  tier: 'read',
  tierReason: 'Reads monitoring data; changes nothing.',
  description:
    'Get per-minute CDN QPS, bandwidth (bit/s) and/or HTTP status-code counts for up to 20 domains, one row per domain, region and ISP. Window at most 10 minutes within the last 7 days. Data is a JSON text: [{time_stp, domain_name, location, isp, qps, bps, http_code: {code: count}}]; absent fields are not returned.',
  input: z
    .strictObject({
      DomainName: idList(20, 'Domains.', domainName()),
      ...fixedTimes(10, '2026-01-23T12:30:00Z'),
      Field: z.array(z.enum(['qps', 'bps', 'http_code'])).min(1).max(3).describe('Data types: qps, bps, http_code.'),
      IspNameEn: ispNameEn().optional(),
      LocationNameEn: locationNameEn().optional(),
      Merge: flag('true: one row across all domains (no domain_name). Default false.'),
      MergeLocIsp: flag('true: one row per domain across regions and ISPs (no location/isp). Default false.'),
    })
    .refine(fixedSpanRule(10), { message: 'EndTime must be after StartTime, within 10 minutes', path: ['EndTime'] }),
  output: response({ Data: out.str() }),
});
