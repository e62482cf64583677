import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';

export const listDynamicImage = defineTool({
  action: 'ListDynamicImage',
  title: 'List animated images',
  toolset: 'dynamic_images',
  tier: 'read',
  tierReason: 'Reads animated image outputs.',
  description: 'List the finished animated images (GIF/WebP) of a video: URL, format, size, fps. Create them with submit_dynamic_image_job.',
  input: z.strictObject({
    VideoId: z.string().min(1).describe('Video ID.'),
  }),
  output: response({
    DynamicImageList: out.list(
      out.obj({
        DynamicImageId: out.str(),
        VideoId: out.str(),
        JobId: out.str(),
        Format: out.str(),
        FileURL: out.str(),
        FileSize: out.str(),
        Width: out.str(),
        Height: out.str(),
        Fps: out.str(),
        Duration: out.str(),
        CreationTime: out.str(),
      }),
    ),
  }),
});
