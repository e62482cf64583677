import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';
import { checkPlayerQuery, interval, metrics, OS_BY_TERMINAL, period, playerAppId, playerOs, playerParams, playerWindowFields, terminalType } from './player-schema.js';

export const describeVodPlayerCollectData = defineTool({
  action: 'DescribeVodPlayerCollectData',
  title: 'Get player SDK summary metrics',
  toolset: 'playback_stats',
  tier: 'read',
  tierReason: 'Reads player analytics; changes nothing.',
  description:
    'Get one total per metric (plays, viewers, first-frame time, stutter, failure, completion...) over a range for an app’s web or native player SDK, ' +
    'optionally per OS; with Period, also the value N days earlier and the change ratio. Range up to 31 days within the last year.',
  input: z
    .strictObject({
      AppId: playerAppId(),
      ...playerWindowFields,
      Interval: interval(),
      Metrics: metrics(),
      TerminalType: terminalType(),
      Os: playerOs().optional(),
      Period: period().optional(),
    })
    .meta(OS_BY_TERMINAL)
    .superRefine(checkPlayerQuery),
  toParams: playerParams,
  output: response({
    DataList: out.list(out.obj({ Metric: out.str(), Value: out.num(), ValueRefer: out.num(), ValueRatio: out.num() })),
  }),
});
