import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { response } from '../schema-helpers.js';
import { watermarkId, watermarkInfoOutput } from './watermark-schema.js';

export const getWatermark = defineTool({
  action: 'GetWatermark',
  title: 'Get watermark',
  toolset: 'watermarks',
  tier: 'read',
  tierReason: 'Reads one watermark.',
  description: 'Get one watermark: type, file URL, config (JSON string) and whether it is the default.',
  input: z.strictObject({ WatermarkId: watermarkId() }),
  output: response({ WatermarkInfo: watermarkInfoOutput }),
});
