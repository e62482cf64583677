import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, pageNo, pageSize, response, utcTime } from '../schema-helpers.js';

export const describePlayTopVideos = defineTool({
  action: 'DescribePlayTopVideos',
  title: 'Get top played videos of a day',
  toolset: 'playback_stats',
  tier: 'read',
  tierReason: 'Reads playback statistics.',
  description:
    'Get one day’s top videos by plays (up to 1000) with plays, viewers and play time. Player SDK plays only; a day’s data is ready at 09:00 Beijing time next day.',
  input: z.strictObject({
    BizDate: utcTime('Day, UTC.'),
    PageNo: pageNo().optional(),
    PageSize: pageSize(1000, 100).optional(),
  }),
  output: response({
    PageNo: out.long(),
    PageSize: out.long(),
    TotalNum: out.long(),
    Total: out.long(),
    TopPlayVideos: out.list(out.obj({ VideoId: out.str(), Title: out.str(), VV: out.long(), UV: out.long(), PlayDuration: out.long() })),
  }),
});
