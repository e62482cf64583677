import { z } from 'zod';
import { rangeTimes, timeRangeRule } from '../cdn-domains/cdn-schemas.js';
import { defineTool } from '../define-tool.js';
import { out, response, TIME_PAIR } from '../schema-helpers.js';
import { PLAYER_DIMENSIONS, playerAppId } from './player-schema.js';

export const describeVodPlayerDimensionData = defineTool({
  action: 'DescribeVodPlayerDimensionData',
  title: 'List player dimension values',
  toolset: 'playback_stats',
  tier: 'read',
  tierReason: 'Reads player analytics; changes nothing.',
  description:
    'List the values a player dimension took in an app’s plays (OS, app/SDK version, codec, format, network, ISP, definition, domain, country/province codes, error code, hardware decoding): ' +
    'the values to use in describe_vod_player_metric_data Filters. Range up to 31 days.',
  input: z
    .strictObject({
      AppId: playerAppId(),
      Dimension: z.enum(PLAYER_DIMENSIONS).describe('Dimension type.'),
      ...rangeTimes(31),
      Region: z.enum(['ALL', 'CN', 'OVERSEAS']).optional().describe('Province and Isp only: ALL (default), CN or OVERSEAS.'),
    })
    .meta(TIME_PAIR)
    .refine(timeRangeRule(31), { message: 'StartTime and EndTime go together, end after start, within 31 days', path: ['EndTime'] }),
  output: response({ DataList: out.list(z.string()) }),
});
