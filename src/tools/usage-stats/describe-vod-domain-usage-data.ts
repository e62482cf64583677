import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { idList, out, response } from '../schema-helpers.js';
import { checkWindow, usageTimeFields } from './usage-schema.js';

export const describeVodDomainUsageData = defineTool({
  action: 'DescribeVodDomainUsageData',
  title: 'Get CDN traffic/bandwidth usage',
  toolset: 'usage_stats',
  tier: 'read',
  tierReason: 'Reads usage statistics.',
  view: 'usage',
  description:
    'Get CDN bandwidth (bps) or traffic (traf) usage of accelerated domains over time. Span up to 3 months within the last year; ' +
    '5-minute points up to 1 day, hourly up to 4 days, then daily.',
  input: z
    .strictObject({
      DomainName: idList(100, 'Accelerated domains; omit for all.').optional(),
      ...usageTimeFields(93),
      Type: z.enum(['static', 'dynamic', 'all']).optional().describe('Usage type.'),
      Area: z.enum(['CN', 'OverSeas']).optional().describe('Area (default CN).'),
      Field: z.enum(['bps', 'traf']).describe('bps = bandwidth, traf = traffic.'),
      Interval: z.enum(['300', '3600', '86400']).optional().describe('Seconds between points; 300 spans at most 3 days.'),
    })
    .superRefine((args, context) => checkWindow(args.Interval === '300' ? 3 : 93)(args, context)),
  output: response({
    StartTime: out.str(),
    EndTime: out.str(),
    Area: out.str(),
    Type: out.str(),
    DomainName: out.str(),
    DataInterval: out.long(),
    UsageDataPerInterval: out.list(out.obj({ TimeStamp: out.str(), Value: out.long() })),
  }),
});
