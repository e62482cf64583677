import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';
import { tieringInput, tieringPoint } from './storage-schema.js';

export const describeVodTieringStorageRetrievalData = defineTool({
  action: 'DescribeVodTieringStorageRetrievalData',
  title: 'Get tiered storage retrievals',
  toolset: 'storage',
  tier: 'read',
  tierReason: 'Reads storage usage statistics.',
  description:
    'Get hourly bytes retrieved from IA, Archive and Cold Archive per region (restores, changes out of a class); Cold Archive split by restore priority. Default the last 24 hours; 5 minutes to 31 days.',
  input: tieringInput({ minMinutes: 5 }),
  output: response({
    RetrievalData: out.list(
      out.obj({ ...tieringPoint, RetrievalData: out.long(), CAHighPriorRetrievalData: out.long(), CAStdRetrievalData: out.long(), CABulkRetrievalData: out.long() }),
    ),
  }),
});
