import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';
import { bucketList, checkWindow, regionList, usageTimeFields } from './usage-schema.js';
import { appId } from '../spec-shapes.js';

export const describeVodStorageData = defineTool({
  action: 'DescribeVodStorageData',
  title: 'Get storage usage',
  toolset: 'usage_stats',
  tier: 'read',
  tierReason: 'Reads usage statistics.',
  view: 'usage',
  description:
    'Get media storage usage (bytes stored) and direct storage outbound traffic over time. Span up to 31 days; hourly up to 7 days, daily beyond.',
  input: z
    .strictObject({
      ...usageTimeFields(31),
      AppId: appId().optional(),
      Region: regionList().optional(),
      StorageType: z.enum(['OSS']).optional().describe('Storage type.'),
      Storage: bucketList().optional(),
    })
    .superRefine(checkWindow(31)),
  output: response({
    DataInterval: out.str(),
    StorageData: out.list(out.obj({ TimeStamp: out.str(), StorageUtilization: out.long(), NetworkOut: out.long() })),
  }),
});
