import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';
import { tieringInput, tieringPoint } from './storage-schema.js';

export const describeVodTieringStorageData = defineTool({
  action: 'DescribeVodTieringStorageData',
  title: 'Get tiered storage usage',
  toolset: 'storage',
  tier: 'read',
  tierReason: 'Reads storage usage statistics.',
  description:
    'Get hourly bytes stored in IA, Archive and Cold Archive per region, with the bytes stored there for under a month (early-deletion fees). Default the last 24 hours; up to 31 days.',
  input: tieringInput(),
  output: response({
    StorageData: out.list(out.obj({ ...tieringPoint, StorageUtilization: out.long(), LessthanMonthDatasize: out.long() })),
  }),
});
