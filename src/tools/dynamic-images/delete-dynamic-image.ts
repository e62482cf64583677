import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { idList, response } from '../schema-helpers.js';

export const deleteDynamicImage = defineTool({
  action: 'DeleteDynamicImage',
  title: 'Delete animated images',
  toolset: 'dynamic_images',
  tier: 'destructive',
  tierReason: 'Removes animated images from the video; they can no longer be listed.',
  idempotent: true,
  description:
    'Remove animated images from a video, by ID (max 10) or all of them when DynamicImageIds is omitted (refused if the video has more than 10).',
  input: z.strictObject({
    VideoId: z.string().min(1).describe('Video ID.'),
    DynamicImageIds: idList(10, 'Animated image IDs; omit for all.').optional(),
  }),
  output: response({}),
});
