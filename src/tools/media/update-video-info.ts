import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { response } from '../schema-helpers.js';
import { cateId, coverUrl, description, exactlyOneOf, tags, title, userData, videoOrReferenceId } from '../spec-shapes.js';

export const updateVideoInfo = defineTool({
  action: 'UpdateVideoInfo',
  title: 'Update a video',
  toolset: 'media',
  tier: 'write',
  tierReason: 'Changes editable metadata; can be set back.',
  idempotent: true,
  description: 'Change one audio/video’s title, description, tags, cover URL or category; only the fields given change. Use update_video_infos for up to 20 at once.',
  input: exactlyOneOf(
    z.strictObject({
    ...videoOrReferenceId(),
    Title: title().optional(),
    Tags: tags().optional(),
    Description: description().optional(),
    CoverURL: coverUrl().optional(),
    CateId: cateId().optional(),
    UserData: userData().optional(),
    }),
    'VideoId',
    'ReferenceId',
  ),
  output: response({}),
});
