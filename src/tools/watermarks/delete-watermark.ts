import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { lookUpForPreview } from '../preview-lookup.js';
import { response } from '../schema-helpers.js';
import { watermarkId } from './watermark-schema.js';

export const deleteWatermark = defineTool({
  action: 'DeleteWatermark',
  title: 'Delete watermark',
  toolset: 'watermarks',
  tier: 'destructive',
  tierReason: 'Deletes the watermark and its file permanently.',
  idempotent: true,
  description: 'Delete a watermark and physically delete its file. The default watermark cannot be deleted. Cannot be undone.',
  input: z.strictObject({ WatermarkId: watermarkId() }),
  output: response({}),
  preview: async ({ WatermarkId }, context) => ({
    summary: `Delete watermark ${WatermarkId}.`,
    items: await lookUpForPreview(context, 'GetWatermark', { WatermarkId }, 'WatermarkInfo', ['WatermarkId', 'Name', 'Type', 'IsDefault']),
  }),
});
