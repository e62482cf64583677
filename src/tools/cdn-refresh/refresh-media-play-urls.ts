import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { idList, out, response } from '../schema-helpers.js';
import { userData } from '../spec-shapes.js';

const DEFINITIONS = ['FD', 'LD', 'SD', 'HD', '2K', '4K', 'OD', 'SQ', 'HQ', 'AUTO'] as const;

export const refreshMediaPlayUrls = defineTool({
  action: 'RefreshMediaPlayUrls',
  title: 'Refresh or preload media play URLs',
  toolset: 'cdn_refresh',
  tier: 'write',
  tierReason: 'Refreshes or preloads individual play URLs (file level); the CDN refetches them.',
  description:
    'Refresh or preload the CDN play URLs of up to 20 videos, filtered by format, definition and stream type. ' +
    'Check with get_media_refresh_jobs; per-URL status via describe_vod_refresh_tasks.',
  input: z.strictObject({
    MediaIds: idList(20, 'Video/audio IDs.'),
    TaskType: z.enum(['Refresh', 'Preload']),
    Formats: z.array(z.enum(['mp4', 'm3u8', 'mp3', 'flv', 'webm', 'ts'])).min(1).optional().describe('Default all.'),
    Definitions: z.array(z.enum(DEFINITIONS)).min(1).optional().describe('Default all.'),
    StreamType: z.array(z.enum(['video', 'audio'])).min(1).optional().describe('Default all.'),
    ResultType: z.enum(['Single', 'Multiple']).optional().describe('Single: newest stream per definition+format (default).'),
    SliceFlag: z.boolean().optional().describe('Also M3U8 TS segments.'),
    SliceCount: z.number().int().min(1).max(20).optional().describe('TS segments per M3U8 (default 5).'),
    UserData: userData().optional(),
  }),
  output: response({ MediaRefreshJobId: out.str(), NonExistMediaIds: out.str(), ForbiddenMediaIds: out.str() }),
});
