import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { response } from '../schema-helpers.js';
import { watermarkConfig, watermarkId, watermarkInfoOutput, watermarkName } from './watermark-schema.js';

export const updateWatermark = defineTool({
  action: 'UpdateWatermark',
  title: 'Update watermark',
  toolset: 'watermarks',
  tier: 'write',
  tierReason: 'Changes a watermark’s name and config; the previous values can be set again.',
  idempotent: true,
  description: 'Change a watermark’s name and config (same type as before; the file and type cannot change).',
  input: z.strictObject({
    WatermarkId: watermarkId(),
    Name: watermarkName(),
    WatermarkConfig: watermarkConfig(),
  }),
  output: response({ WatermarkInfo: watermarkInfoOutput }),
});
