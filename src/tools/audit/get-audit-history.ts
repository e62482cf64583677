import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, pageNo, pageSize, response } from '../schema-helpers.js';

export const getAuditHistory = defineTool({
  action: 'GetAuditHistory',
  title: 'Get manual review history',
  toolset: 'audit',
  tier: 'read',
  tierReason: 'Reads review history.',
  description: 'List a video’s manual review records (status, reason, comment, reviewer), newest first by default, with its current review status.',
  input: z.strictObject({
    VideoId: z.string().min(1).describe('Video ID.'),
    PageNo: pageNo().optional(),
    PageSize: pageSize(100, 10).optional(),
    SortBy: z.enum(['CreationTime:Desc', 'CreationTime:Asc']).optional(),
  }),
  output: response({
    Status: out.str(),
    Total: out.long(),
    Histories: out.list(out.obj({ CreationTime: out.str(), Status: out.str(), Reason: out.str(), Comment: out.str(), Auditor: out.str() })),
  }),
});
