import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { authTimeout, checkOssTimeout, outputType } from '../media/media-fields.js';
import { out, response } from '../schema-helpers.js';

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
    ImageInfo: out
      .obj({
        ImageId: out.str(),
        Title: out.str(),
        Description: out.str(),
        Tags: out.str(),
        ImageType: out.str(),
        Status: out.str(),
        CateId: out.long(),
        CateName: out.str(),
        AppId: out.str(),
        URL: out.str(),
        StorageLocation: out.str(),
        CreationTime: out.str(),
        Mezzanine: out
          .obj({ FileURL: out.str(), OriginalFileName: out.str(), Width: out.long(), Height: out.long(), FileSize: out.long() })
          .optional(),
      })
      .optional(),
  }),
});
