import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { authTimeout, checkOssTimeout, outputType } from '../media/media-fields.js';
import { response } from '../schema-helpers.js';
import { imageInfoOutput } from './image-output.js';

export const getImageInfo = defineTool({
  action: 'GetImageInfo',
  title: 'Get image info',
  toolset: 'images',
  tier: 'read',
  tierReason: 'Reads one image’s metadata.',
  description: 'Get one image’s metadata, access URL and source file details (size, width, height). Use search_media with SearchType image to find images.',
  input: z
    .strictObject({
      ImageId: z.string().min(1).describe('Image ID.'),
      AuthTimeout: authTimeout().optional(),
      OutputType: outputType().optional(),
    })
    .superRefine(checkOssTimeout),
  output: response({
    ImageInfo: imageInfoOutput.optional(),
  }),
});
