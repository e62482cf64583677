import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { response } from '../schema-helpers.js';
import { watermarkId } from './watermark-schema.js';

export const setDefaultWatermark = defineTool({
  action: 'SetDefaultWatermark',
  title: 'Set default watermark',
  toolset: 'watermarks',
  tier: 'write',
  tierReason: 'Changes which watermark USER_DEFAULT_WATERMARK means; the previous one can be set again.',
  idempotent: true,
  description: 'Make a watermark the default one (what USER_DEFAULT_WATERMARK refers to in transcode templates).',
  input: z.strictObject({ WatermarkId: watermarkId() }),
  output: response({}),
});
