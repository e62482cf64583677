import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, pageNo, pageSize, response } from '../schema-helpers.js';
import { appInfoOutput } from './app-schema.js';
import { resourceGroupId } from '../spec-shapes.js';

export const listAppInfo = defineTool({
  action: 'ListAppInfo',
  title: 'List apps',
  toolset: 'apps',
  tier: 'read',
  tierReason: 'Lists apps.',
  description: 'List the apps you can access, optionally only Normal or Disable ones, page by page.',
  input: z.strictObject({
    Status: z.enum(['Normal', 'Disable']).optional().describe('App status.'),
    PageNo: pageNo().optional(),
    PageSize: pageSize(100, 10).optional(),
    ResourceGroupId: resourceGroupId().optional(),
  }),
  output: response({ Total: out.long(), AppInfoList: out.list(appInfoOutput) }),
});
