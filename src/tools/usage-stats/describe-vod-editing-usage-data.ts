import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, response, utcTime } from '../schema-helpers.js';
import { appId } from '../spec-shapes.js';
import { regionList } from './usage-schema.js';

export const describeVodEditingUsageData = defineTool({
  action: 'DescribeVodEditingUsageData',
  title: 'Get online editing usage',
  toolset: 'usage_stats',
  tier: 'read',
  tierReason: 'Reads usage statistics.',
  description:
    'Get online editing usage: seconds of video produced per day, region and output specification (e.g. H264.SD). Without StartTime, the 24 hours before EndTime (default now).',
  input: z
    .strictObject({
      StartTime: utcTime('Start, UTC; default 24 hours before EndTime.').optional(),
      EndTime: utcTime('End (UTC), after StartTime; default now.').optional(),
      Region: regionList().optional(),
      Specification: z.string().min(1).max(64).regex(/^[^\s,]+$/, 'one specification, e.g. H264.SD').optional().describe('Output specification, e.g. H264.SD; omit for all.'),
      AppId: appId('App ID; omit for all apps.').optional(),
    })
    .refine((args) => args.StartTime === undefined || args.EndTime === undefined || Date.parse(args.EndTime) > Date.parse(args.StartTime), {
      message: 'must be after StartTime',
      path: ['EndTime'],
    }),
  output: response({
    StartTime: out.str(),
    EndTime: out.str(),
    EditingData: out.list(out.obj({ TimeStamp: out.str(), Region: out.str(), Specification: out.str(), Duration: out.num() })).describe('Usage per day, region and specification.'),
  }),
});
