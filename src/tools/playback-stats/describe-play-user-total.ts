import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';
import { checkPlaybackWindow, playbackTimeFields } from './playback-schema.js';

const perPlatform = out.obj({ Android: out.long(), iOS: out.long(), HTML5: out.long(), Flash: out.long() }).optional();

export const describePlayUserTotal = defineTool({
  action: 'DescribePlayUserTotal',
  title: 'Get daily playback totals',
  toolset: 'playback_stats',
  tier: 'read',
  tierReason: 'Reads playback statistics.',
  description: 'Get per-day playback totals: play time, watch-length distribution, plays and viewers per platform. Span up to 180 days; player SDK plays only.',
  input: z.strictObject({ ...playbackTimeFields }).superRefine(checkPlaybackWindow),
  output: response({
    UserPlayStatisTotals: out.list(out.obj({ Date: out.str(), PlayDuration: out.long(), PlayRange: out.str(), VV: perPlatform, UV: perPlatform })),
  }),
});
