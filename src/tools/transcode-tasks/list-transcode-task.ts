import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, pageNo, pageSize, response, utcTime } from '../schema-helpers.js';
import { transcodeTaskOutput } from './task-schema.js';

export const listTranscodeTask = defineTool({
  action: 'ListTranscodeTask',
  title: 'List transcode tasks',
  toolset: 'transcode_tasks',
  tier: 'read',
  tierReason: 'Reads transcode history.',
  description: 'List a video’s transcode tasks (newest first, without job details); use get_transcode_task for the jobs.',
  input: z
    .strictObject({
      VideoId: z.string().min(1).describe('Video ID.'),
      StartTime: utcTime('From (UTC).').optional(),
      EndTime: utcTime('To (UTC), after StartTime.').optional(),
      PageSize: pageSize(50, 10).optional(),
      PageNo: pageNo().optional(),
    })
    .refine((args) => !args.StartTime || !args.EndTime || args.EndTime > args.StartTime, 'EndTime must be after StartTime'),
  output: response({ TranscodeTaskList: out.list(transcodeTaskOutput) }),
});
