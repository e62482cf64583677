import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { httpUrl, response } from '../schema-helpers.js';
import { categoryId, description, tagList, title } from './media-fields.js';

export const updateVideoInfo = defineTool({
  action: 'UpdateVideoInfo',
  title: 'Update a video',
  toolset: 'media',
  tier: 'write',
  tierReason: 'Changes editable metadata; can be set back.',
  idempotent: true,
  description: 'Change one audio/video’s title, description, tags, cover URL or category; only the fields given change. Use update_video_infos for up to 20 at once.',
  input: z.strictObject({
    VideoId: z.string().min(1).describe('Audio/video ID.'),
    Title: title().optional(),
    Tags: tagList().optional(),
    Description: description().optional(),
    CoverURL: httpUrl('Cover image URL.').optional(),
    CateId: categoryId().optional(),
  }),
  output: response({}),
});
