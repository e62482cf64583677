import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';

const job = out.obj({
  MediaRefreshJobId: out.str(),
  MediaId: out.str(),
  TaskType: out.str(),
  Status: out.str(),
  FilterPolicy: out.str(),
  SuccessPlayUrls: out.str(),
  TaskIds: out.str(),
  ErrorCode: out.str(),
  ErrorMessage: out.str(),
  UserData: out.str(),
  GmtCreate: out.str(),
  GmtModified: out.str(),
});

export const getMediaRefreshJobs = defineTool({
  action: 'GetMediaRefreshJobs',
  title: 'Get media refresh jobs',
  toolset: 'cdn_refresh',
  tier: 'read',
  tierReason: 'Reads job status; changes nothing.',
  description: 'Get a media refresh/preload job per video: status, filter policy, URLs submitted and their task IDs (for describe_vod_refresh_tasks).',
  input: z.strictObject({
    MediaRefreshJobId: z.string().min(1).describe('From refresh_media_play_urls.'),
    MediaId: z.string().min(1).optional().describe('Only this video.'),
  }),
  output: response({ MediaRefreshJobs: out.list(job) }),
});
