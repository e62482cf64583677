import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, pageNo, pageSize, response } from '../schema-helpers.js';
import { dateText, MEDIA_REGIONS } from './player-schema.js';

const ORDER_NAMES = ['PlaySuccessVv', 'PlayPerVv', 'PlayDuration', 'PlayDurationPerUv'] as const;

export const describeVodMediaPlayData = defineTool({
  action: 'DescribeVodMediaPlayData',
  title: 'Get per-video play data of a day',
  toolset: 'playback_stats',
  tier: 'read',
  tierReason: 'Reads playback statistics.',
  description:
    'Get one day’s playback per video (plays, viewers, play time in s, per-viewer averages), filterable by video, OS, player SDK type and media region, ' +
    'sortable by a metric. Days within the last 30; player SDK plays only.',
  input: z
    .strictObject({
      PageNo: pageNo(),
      PageSize: pageSize(100),
      PlayDate: dateText(false, 'Day as yyyyMMdd, within the last 30 days.').optional(),
      MediaId: z.string().min(1).optional().describe('One video ID.'),
      OrderName: z.enum(ORDER_NAMES).optional().describe('Sort metric; with OrderType.'),
      OrderType: z.enum(['ASC', 'DESC']).optional().describe('Sort order; with OrderName.'),
      Os: z.enum(['Android', 'iOS', 'Windows', 'macOS', 'Linux']).optional().describe('Player OS.'),
      TerminalType: z.enum(['Native', 'Web']).optional().describe('Native: Android/iOS player SDK; Web: Web player SDK.'),
      Region: z.enum(MEDIA_REGIONS).optional().describe('Media region.'),
    })
    .meta({ dependentRequired: { OrderName: ['OrderType'], OrderType: ['OrderName'] } })
    .refine((args) => (args.OrderName === undefined) === (args.OrderType === undefined), { message: 'OrderName and OrderType go together', path: ['OrderType'] }),
  output: response({
    PageNo: out.long(),
    PageSize: out.long(),
    TotalCount: out.long(),
    QoeInfoList: out.list(
      out.obj({
        MediaId: out.str(),
        VideoTitle: out.str(),
        VideoDuration: out.num(),
        PlaySuccessVv: out.num(),
        DAU: out.num(),
        PlayDuration: out.num(),
        PlayPerVv: out.num(),
        PlayDurationPerUv: out.num(),
      }),
    ),
  }),
});
