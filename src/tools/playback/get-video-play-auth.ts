import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';
import { exactlyOneOf, videoOrReferenceId } from '../spec-shapes.js';

export const getVideoPlayAuth = defineTool({
  action: 'GetVideoPlayAuth',
  title: 'Get play auth',
  toolset: 'playback',
  tier: 'read',
  tierReason: 'Issues a short-lived play credential without changing anything.',
  description: 'Get a short-lived PlayAuth credential for the ApsaraVideo Player (VideoId + PlayAuth playback), with basic video metadata. Use get_play_info for plain URLs.',
  input: exactlyOneOf(
    z.strictObject({
      ...videoOrReferenceId(),
      AuthInfoTimeout: z.number().int().min(100).max(3000).optional().describe('Validity in seconds (default 100).'),
      ApiVersion: z.enum(['1.0.0']).optional().describe('API version.'),
    }),
    'VideoId',
    'ReferenceId',
  ),
  output: response({
    PlayAuth: out.str(),
    VideoMeta: out
      .obj({
        VideoId: out.str(),
        Title: out.str(),
        Duration: out.num(),
        CoverURL: out.str(),
        Status: out.str(),
      })
      .optional(),
  }),
});
