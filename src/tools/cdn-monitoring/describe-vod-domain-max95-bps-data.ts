import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, response, utcTime } from '../schema-helpers.js';
import { domainName } from '../cdn-domains/cdn-schemas.js';
import { seriesInput } from './series-inputs.js';

/** The 95th percentile of one area in one cycle. */
const detail = out.obj({ Area: out.str(), TimeStamp: out.str(), Max95Bps: out.num(), Max95BpsPeakTime: out.str() });

export const describeVodDomainMax95BpsData = defineTool({
  action: 'DescribeVodDomainMax95BpsData',
  title: 'Get CDN 95th percentile bandwidth',
  toolset: 'cdn_monitoring',
  tier: 'read',
  tierReason: 'Reads monitoring data; changes nothing.',
  description:
    'Get the 95th percentile bandwidth (bit/s; total, domestic, overseas) of one domain or all. TimePoint+Cycle: that cycle; StartTime+EndTime: the day of StartTime (span <=24h) or its month, or per Cycle with Cycle; default the last 24 hours. Up to 90 days.',
  input: seriesInput(90, {
    DomainName: domainName('One domain (no lists); default all, merged.').optional(),
    TimePoint: utcTime('A time (UTC) in the cycle to get.').optional(),
    Cycle: z.enum(['day', 'month']).optional().describe('Cycle; default day.'),
  }),
  output: response({
    DomainName: out.str(),
    StartTime: out.str(),
    EndTime: out.str(),
    Max95Bps: out.str(),
    DomesticMax95Bps: out.str(),
    OverseasMax95Bps: out.str(),
    DetailData: out.list(detail),
  }),
});
