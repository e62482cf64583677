import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { integerText, out, response } from '../schema-helpers.js';
import { mediaIds, mediaOutcomes, restoreTier, scope } from './storage-schema.js';

export const restoreMedia = defineTool({
  action: 'RestoreMedia',
  title: 'Restore archived media',
  toolset: 'storage',
  tier: 'write',
  tierReason: 'Makes Archive/Cold Archive media readable for a while; retrieval and the temporary copy are billed.',
  billable: true,
  description:
    'Restore up to 20 Archive/Cold Archive audios/videos so they can play for RestoreDays (async; RestoreStatus Processing, then Success until RestoreExpiration, see get_video_info). ' +
    'Archive takes about 1 minute; Cold Archive by RestoreTier. Other media is ignored.',
  input: z.strictObject({
    MediaIds: mediaIds(),
    RestoreDays: integerText(1, 365).optional().describe('Days to stay restored (default 1; Archive at most 7, Cold Archive 365).'),
    RestoreTier: restoreTier().optional(),
    Scope: scope('restores').optional(),
  }),
  output: response({
    Success: out.bool().describe('Whether any media is being restored.'),
    ...mediaOutcomes,
  }),
});
