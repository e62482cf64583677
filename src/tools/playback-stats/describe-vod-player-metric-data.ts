import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, pageNo, pageSize, response } from '../schema-helpers.js';
import { checkPlayerQuery, interval, metrics, OS_BY_TERMINAL, playerAppId, playerOs, playerParams, playerWindowFields, terminalType } from './player-schema.js';
import { checkFilters, filters } from './player-filters.js';

const num = out.num;

export const describeVodPlayerMetricData = defineTool({
  action: 'DescribeVodPlayerMetricData',
  title: 'Get player SDK metric series',
  toolset: 'playback_stats',
  tier: 'read',
  tierReason: 'Reads player analytics; changes nothing.',
  description:
    'Get player SDK metrics per interval (5m/1h/1d) for an app’s web or native players, optionally per OS; Filters (up to 3 dimensions) split the series per dimension value ' +
    '(Dimension, e.g. H265_MP4_WIFI), Top keeps the N with most plays. Filters do not apply with Uv, AvgPerVv, AvgPerPlayDuration or AvgPerCompletionVv.',
  input: z
    .strictObject({
      AppId: playerAppId(),
      ...playerWindowFields,
      Interval: interval(),
      Metrics: metrics(),
      TerminalType: terminalType(),
      Os: playerOs().optional(),
      Filters: filters().optional(),
      Top: z.number().int().min(1).optional().describe('Only the N dimension values with the most plays.'),
      Language: z.enum(['zh', 'en']).optional().describe('Answer language (default zh).'),
      PageNumber: pageNo().optional(),
      PageSize: pageSize(5000, 5000).optional(),
    })
    .meta(OS_BY_TERMINAL)
    .superRefine(checkPlayerQuery)
    .superRefine(checkFilters),
  toParams: playerParams,
  output: response({
    PageNumber: out.long(),
    PageSize: out.long(),
    TotalCnt: out.long(),
    Extend: out.obj({ ActualStartTime: out.str(), ActualEndTime: out.str(), IntervalSeconds: num() }).optional(),
    DataList: out.list(
      out.obj({
        TimeStamp: out.str(),
        Dimension: out.str(),
        Vv: num(), RealVv: num(), Uv: num(), FirstFrame: num(), SecondPlayRate: num(), SlowPlayRate: num(), StuckCountRate: num(), SeekDuration: num(),
        StuckDuration100s: num(), StuckCount100s: out.long(), PlayFailRate: num(), SeedFailRate: num(), AvgPlayBitrate: num(), AvgStartBitrate: num(),
        ErrorCount100s: num(), AvgPerVv: num(), AvgVideoDuration: num(), AvgPerPlayDuration: num(), AvgPerCompletionVv: num(), CompletionVv: num(),
        CompletionRate: num(), AvgPlayDuration: num(), TotalPlayDuration: num(), JumpRate5s: num(),
      }),
    ),
  }),
});
