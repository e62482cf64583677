import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';
import { checkPlaybackWindow, playbackTimeFields } from './playback-schema.js';

export const describePlayUserAvg = defineTool({
  action: 'DescribePlayUserAvg',
  title: 'Get daily average plays per user',
  toolset: 'playback_stats',
  tier: 'read',
  tierReason: 'Reads playback statistics.',
  description: 'Get per-day averages per viewer: plays and play time (ms). Span up to 180 days, data from 2018-01-01; player SDK plays only.',
  input: z.strictObject({ ...playbackTimeFields }).superRefine(checkPlaybackWindow),
  output: response({
    UserPlayStatisAvgs: out.list(out.obj({ Date: out.str(), AvgPlayDuration: out.long(), AvgPlayCount: out.long() })),
  }),
});
