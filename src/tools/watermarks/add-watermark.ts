import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { httpUrl, ifChain, response, whenEquals } from '../schema-helpers.js';
import { isImageConfig, watermarkConfig, watermarkInfoOutput, watermarkName } from './watermark-schema.js';

export const addWatermark = defineTool({
  action: 'AddWatermark',
  title: 'Add watermark',
  toolset: 'watermarks',
  tier: 'write',
  tierReason: 'Creates a watermark template; it can be changed or deleted later.',
  description:
    'Create an image or text watermark template to reference from transcode templates (WatermarkIds). ' +
    'Image watermarks need FileUrl (PNG, GIF, APNG or MOV uploaded with create_upload_attached_media).',
  input: z
    .strictObject({
      Type: z.enum(['Image', 'Text']),
      Name: watermarkName(),
      WatermarkConfig: watermarkConfig(),
      FileUrl: httpUrl('Watermark file OSS URL; required for Image.').optional(),
      AppId: z.string().min(1).optional().describe('App ID (default app-1000000).'),
    })
    .meta(
      ifChain([
        whenEquals('Type', 'Image', { properties: { WatermarkConfig: { required: ['ReferPos'] } }, required: ['FileUrl'] }),
        whenEquals('Type', 'Text', { properties: { WatermarkConfig: { required: ['Content'] } } }),
      ]),
    )
    .superRefine((args, ctx) => {
      if (args.Type === 'Image' && !args.FileUrl) ctx.addIssue({ code: 'custom', path: ['FileUrl'], message: 'FileUrl is required for Image watermarks' });
      if ((args.Type === 'Image') !== isImageConfig(args.WatermarkConfig)) ctx.addIssue({ code: 'custom', path: ['WatermarkConfig'], message: `WatermarkConfig must be a ${args.Type} config` });
    }),
  output: response({ WatermarkInfo: watermarkInfoOutput }),
});
