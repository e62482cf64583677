import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';
import { checkWindow, namedSeries, regionList, usageTimeFields } from './usage-schema.js';

const AI_TYPES = ['AIVideoCensor', 'AIVideoFPShot', 'AIVideoTag'] as const;

export const describeVodAIData = defineTool({
  action: 'DescribeVodAIData',
  title: 'Get AI processing usage',
  toolset: 'usage_stats',
  tier: 'read',
  tierReason: 'Reads usage statistics.',
  view: 'usage',
  description:
    'Get AI processing usage (seconds processed) per type: AIVideoCensor (moderation), AIVideoFPShot (video DNA), AIVideoTag (tags). Span up to 31 days.',
  input: z
    .strictObject({
      ...usageTimeFields(31),
      Region: regionList().optional(),
      AIType: z.array(z.enum(AI_TYPES)).min(1).max(AI_TYPES.length).optional().describe('AI types; omit for all.'),
    })
    .superRefine(checkWindow(31)),
  output: response({
    DataInterval: out.str(),
    AIData: namedSeries('Usage per interval.'),
  }),
});
