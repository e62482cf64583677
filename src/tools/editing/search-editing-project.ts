import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, pageNo, pageSize, response, utcTime } from '../schema-helpers.js';
import { PROJECT_STATUSES, projectOutput } from './editing-schemas.js';

export const searchEditingProject = defineTool({
  action: 'SearchEditingProject',
  title: 'Search editing projects',
  toolset: 'editing',
  tier: 'read',
  tierReason: 'Lists projects.',
  description: 'List editing projects by title, status and creation time, newest first by default, paged. Timelines are not included: use get_editing_project.',
  input: z.strictObject({
    Title: z.string().min(1).optional().describe('Title contains.'),
    Status: z.array(z.enum(PROJECT_STATUSES)).min(1).optional().describe('Statuses.'),
    StartTime: utcTime('Created from (UTC).').optional(),
    EndTime: utcTime('Created until (UTC).').optional(),
    PageNo: pageNo().optional(),
    PageSize: pageSize(100, 10).optional(),
    SortBy: z.enum(['CreationTime:Desc', 'CreationTime:Asc']).optional(),
  }),
  output: response({
    Total: out.long(),
    ProjectList: out.list(projectOutput),
  }),
});
