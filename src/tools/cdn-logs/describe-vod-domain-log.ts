import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { TIME_PAIR, out, pageNo, response } from '../schema-helpers.js';
import { domainName, rangeTimes, timeRangeRule } from '../cdn-domains/cdn-schemas.js';

const logInfo = out.obj({ LogName: out.str(), LogPath: out.str(), LogSize: out.long(), StartTime: out.str(), EndTime: out.str() });
const detail = out.obj({
  DomainName: out.str(),
  LogCount: out.long(),
  LogInfos: out.list(logInfo),
  PageInfos: out.obj({ PageNumber: out.long(), PageSize: out.long(), Total: out.long() }).optional(),
});

export const describeVodDomainLog = defineTool({
  action: 'DescribeVodDomainLog',
  title: 'Get CDN access log files',
  toolset: 'cdn_logs',
  tier: 'read',
  tierReason: 'Lists log download links; changes nothing.',
  description: 'List hourly raw CDN access log files of one domain with time-limited download paths. Default the last 24 hours; range up to 1 year. Paged.',
  input: z
    .strictObject({
      DomainName: domainName('One domain.'),
      PageSize: z.number().int().min(1).max(1000).optional().describe('1-1000 (default 300).'),
      PageNumber: pageNo().optional(),
      ...rangeTimes(366),
    })
    .meta(TIME_PAIR)
    .refine(timeRangeRule(366), { message: 'StartTime and EndTime go together, end after start, within 1 year', path: ['EndTime'] }),
  output: response({ DomainLogDetails: out.list(detail) }),
});
