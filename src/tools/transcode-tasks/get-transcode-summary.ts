import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { idList, out, response } from '../schema-helpers.js';
import { jobSummaryOutput } from './task-schema.js';

export const getTranscodeSummary = defineTool({
  action: 'GetTranscodeSummary',
  title: 'Get transcode summaries',
  toolset: 'transcode_tasks',
  tier: 'read',
  tierReason: 'Reads transcode status.',
  description: 'Get the latest transcode status of up to 10 videos, with each output’s status, progress, size and format. Unknown IDs come back in NonExistVideoIds.',
  input: z.strictObject({
    VideoIds: idList(10, 'Video IDs.'),
  }),
  output: response({
    NonExistVideoIds: out.list(z.string()),
    TranscodeSummaryList: out.list(
      out.obj({
        VideoId: out.str(),
        TranscodeStatus: out.str(),
        TranscodeTemplateGroupId: out.str(),
        CreationTime: out.str(),
        CompleteTime: out.str(),
        TranscodeJobInfoSummaryList: out.list(jobSummaryOutput),
      }),
    ),
  }),
});
