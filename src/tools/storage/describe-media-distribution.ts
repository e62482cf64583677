import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, response, TIME_PAIR, utcTime } from '../schema-helpers.js';
import { MEDIA_STORAGE_CLASSES } from './storage-schema.js';

const MAX_MONTHS = 6;

/** Both or neither; end after start and at most six calendar months later. */
function withinSixMonths(value: { StartTime?: string | undefined; EndTime?: string | undefined }): boolean {
  if (value.StartTime === undefined && value.EndTime === undefined) return true;
  if (value.StartTime === undefined || value.EndTime === undefined) return false;
  const start = new Date(value.StartTime);
  const latest = new Date(start);
  latest.setUTCMonth(latest.getUTCMonth() + MAX_MONTHS);
  const end = Date.parse(value.EndTime);
  return end > start.getTime() && end <= latest.getTime();
}

export const describeMediaDistribution = defineTool({
  action: 'DescribeMediaDistribution',
  title: 'Count media by period',
  toolset: 'storage',
  tier: 'read',
  tierReason: 'Reads media statistics.',
  description:
    'Count audios/videos created per natural hour, day, week or month, optionally only those now in one storage class such as ColdArchive or Changing. Default the last 24 hours by day; up to 6 months.',
  input: z
    .strictObject({
      StartTime: utcTime('Start (UTC, inclusive); with EndTime.').optional(),
      EndTime: utcTime('End (UTC, exclusive), after StartTime, within 6 months.').optional(),
      Interval: z.enum(['hour', 'day', 'week', 'month']).optional().describe('Period (default day).'),
      StorageClass: z.enum(MEDIA_STORAGE_CLASSES).optional().describe('Only media now in this class.'),
    })
    .meta(TIME_PAIR)
    .refine(withinSixMonths, { message: 'StartTime and EndTime go together, end after start, within 6 months', path: ['EndTime'] }),
  output: response({
    Total: out.long(),
    MediaDistributionList: out.list(out.obj({ StartTime: out.str(), EndTime: out.str(), Count: out.long() })),
  }),
});
