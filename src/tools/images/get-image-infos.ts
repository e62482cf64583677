import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { authTimeout, checkOssTimeout, outputType } from '../media/media-fields.js';
import { idList, out, response } from '../schema-helpers.js';
import { imageInfoOutput } from './image-output.js';

export const getImageInfos = defineTool({
  action: 'GetImageInfos',
  title: 'Get several images',
  toolset: 'images',
  tier: 'read',
  tierReason: 'Reads image metadata.',
  description: 'Get metadata, access URLs and source file details of up to 20 images at once; unknown IDs are listed in NonExistImageIds.',
  input: z
    .strictObject({
      ImageIds: idList(20, 'Image IDs.'),
      AuthTimeout: authTimeout().optional(),
      OutputType: outputType().optional(),
    })
    .superRefine(checkOssTimeout),
  output: response({
    ImageInfo: out.list(imageInfoOutput),
    NonExistImageIds: out.list(z.string()),
  }),
});
