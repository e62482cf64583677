import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { response, out } from '../schema-helpers.js';
import { bucketList, checkWindow, namedSeries, regionList, usageTimeFields } from './usage-schema.js';
import { appId } from '../spec-shapes.js';

export const describeVodTranscodeData = defineTool({
  action: 'DescribeVodTranscodeData',
  title: 'Get transcode usage',
  toolset: 'usage_stats',
  tier: 'read',
  tierReason: 'Reads usage statistics.',
  view: 'usage',
  description:
    'Get transcoding usage (seconds transcoded) per specification (e.g. H264.SD, Audio) over time, with an All total. Span up to 31 days.',
  input: z
    .strictObject({
      ...usageTimeFields(31),
      AppId: appId('App ID; omit for all apps.').optional(),
      Region: regionList().optional(),
      Interval: z.enum(['day', 'hour']).optional().describe('Granularity.'),
      Storage: bucketList().optional(),
      Specification: z
        .array(z.string().regex(/^(Audio|Segmentation|H26[45]\.[A-Z0-9]+)$/, 'e.g. Audio, Segmentation, H264.SD, H265.4K'))
        .min(1)
        .max(50)
        .optional()
        .describe('Specifications such as H264.HD; omit for all.'),
    })
    .superRefine(checkWindow(31)),
  output: response({
    DataInterval: out.str(),
    TranscodeData: namedSeries('Usage per interval.'),
  }),
});
