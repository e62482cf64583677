import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { TIME_PAIR, out, pageNo, pageSize, response } from '../schema-helpers.js';
import { domainName, rangeTimes, timeRangeRule } from '../cdn-domains/cdn-schemas.js';

const task = out.obj({ TaskId: out.str(), ObjectPath: out.str(), ObjectType: out.str(), Status: out.str(), Process: out.str(), Description: out.str(), CreationTime: out.str() });

export const describeVodRefreshTasks = defineTool({
  action: 'DescribeVodRefreshTasks',
  title: 'List CDN refresh tasks',
  toolset: 'cdn_refresh',
  tier: 'read',
  tierReason: 'Reads task status; changes nothing.',
  description: 'Get refresh/preload task status (Refreshing, Complete, Failed) and progress by task ID, URL, domain or type. Last 3 days only; paged.',
  input: z
    .strictObject({
      TaskId: z.string().regex(/^\d+$/).optional().describe('Task ID.'),
      ObjectPath: z.string().min(1).optional().describe('Exact URL.'),
      ObjectType: z.enum(['file', 'directory', 'preload']).optional().describe('Required with DomainName or Status.'),
      DomainName: domainName().optional(),
      Status: z.enum(['Complete', 'Refreshing', 'Failed']).optional(),
      PageNumber: pageNo().optional(),
      PageSize: pageSize(50, 20).optional(),
      ...rangeTimes(3),
    })
    .refine((args) => (args.DomainName === undefined && args.Status === undefined) || args.ObjectType !== undefined, {
      message: 'ObjectType is required with DomainName or Status',
      path: ['ObjectType'],
    })
    .meta({ dependentRequired: { ...TIME_PAIR.dependentRequired, DomainName: ['ObjectType'], Status: ['ObjectType'] } })
    .refine(timeRangeRule(3), { message: 'StartTime and EndTime go together, within 3 days', path: ['EndTime'] }),
  output: response({
    PageNumber: out.long(),
    PageSize: out.long(),
    TotalCount: out.long(),
    Tasks: out.list(task),
  }),
});
