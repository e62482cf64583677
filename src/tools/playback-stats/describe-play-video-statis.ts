import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';
import { checkPlaybackWindow, playbackTimeFields } from './playback-schema.js';

export const describePlayVideoStatis = defineTool({
  action: 'DescribePlayVideoStatis',
  title: 'Get one video’s daily playback',
  toolset: 'playback_stats',
  tier: 'read',
  tierReason: 'Reads playback statistics.',
  description: 'Get one video’s per-day plays, viewers, play time (ms) and watch-length distribution. Span up to 180 days; player SDK plays only.',
  input: z
    .strictObject({
      ...playbackTimeFields,
      VideoId: z.string().min(1).describe('Video ID.'),
    })
    .superRefine(checkPlaybackWindow),
  output: response({
    VideoPlayStatisDetails: out.list(out.obj({ Date: out.str(), Title: out.str(), VV: out.long(), UV: out.long(), PlayDuration: out.long(), PlayRange: out.str() })),
  }),
});
