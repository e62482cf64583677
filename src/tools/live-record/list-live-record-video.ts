import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, pageNo, pageSize, response, utcTime } from '../schema-helpers.js';
import { videoOutput } from '../media/video-schema.js';

export const listLiveRecordVideo = defineTool({
  action: 'ListLiveRecordVideo',
  title: 'List live-to-VOD recordings',
  toolset: 'live_record',
  tier: 'read',
  tierReason: 'Lists recordings.',
  description:
    'List videos recorded from live streams, filtered by live domain, app, stream and recording start time; each with its video. First 5000 matches only.',
  input: z
    .strictObject({
      StreamName: z.string().min(1).optional().describe('Live stream name.'),
      DomainName: z.string().min(1).optional().describe('Live domain.'),
      AppName: z.string().min(1).optional().describe('Live app name.'),
      PageNo: pageNo().optional(),
      PageSize: pageSize(100, 10).optional(),
      SortBy: z.enum(['CreationTime:Desc', 'CreationTime:Asc']).optional().describe('Sort order.'),
      StartTime: utcTime('Recording started at or after, UTC.').optional(),
      EndTime: utcTime('Recording started at or before (UTC), after StartTime.').optional(),
    })
    .refine((args) => !args.StartTime || !args.EndTime || Date.parse(args.EndTime) > Date.parse(args.StartTime), {
      path: ['EndTime'],
      message: 'must be after StartTime',
    }),
  output: response({
    Total: out.long(),
    LiveRecordVideoList: out.list(
      out.obj({
        PlaylistId: out.str(),
        DomainName: out.str(),
        AppName: out.str(),
        StreamName: out.str(),
        RecordStartTime: out.str(),
        RecordEndTime: out.str(),
        Video: videoOutput.extend({ ModifyTime: out.str(), Duration: out.long() }).optional(),
      }),
    ),
  }),
});
