import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';
import { cateId, coverUrl, description, tagsString, title } from '../spec-shapes.js';

const videoUpdate = z.strictObject({
  VideoId: z.string().min(1).describe('Audio/video ID.'),
  Title: title().optional(),
  Description: description().optional(),
  Tags: tagsString().optional(),
  CoverURL: coverUrl().optional(),
  CateId: cateId().optional(),
});

export const updateVideoInfos = defineTool({
  action: 'UpdateVideoInfos',
  title: 'Update several videos',
  toolset: 'media',
  tier: 'write',
  tierReason: 'Changes editable metadata; can be set back.',
  idempotent: true,
  description: 'Change title, description, tags, cover or category of up to 20 audios/videos in one call; only given fields change. Unknown IDs come back in NonExistVideoIds.',
  input: z.strictObject({
    UpdateContent: z.array(videoUpdate).min(1).max(20).describe('One entry per video.'),
  }),
  output: response({
    NonExistVideoIds: out.list(z.string()),
    ForbiddenVideoIds: out.list(z.string()),
  }),
});
