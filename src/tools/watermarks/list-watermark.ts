import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';
import { watermarkInfoOutput } from './watermark-schema.js';

export const listWatermark = defineTool({
  action: 'ListWatermark',
  title: 'List watermarks',
  toolset: 'watermarks',
  tier: 'read',
  tierReason: 'Reads watermarks.',
  description: 'List an app’s watermark templates, image and text.',
  input: z.strictObject({
    AppId: z.string().min(1).optional().describe('App ID (default app-1000000).'),
  }),
  output: response({ WatermarkInfos: out.list(watermarkInfoOutput) }),
});
