import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';

export const describeVodRefreshQuota = defineTool({
  action: 'DescribeVodRefreshQuota',
  title: 'Get CDN refresh quota',
  toolset: 'cdn_refresh',
  tier: 'read',
  tierReason: 'Reads quotas; changes nothing.',
  description: 'Get today’s refresh/preload limits and what remains: URL refreshes, directory refreshes, preloads.',
  input: z.strictObject({}),
  output: response({
    UrlQuota: out.long(),
    UrlRemain: out.long(),
    DirQuota: out.long(),
    DirRemain: out.long(),
    PreloadQuota: out.long(),
    PreloadRemain: out.long(),
    BlockQuota: out.long(),
    blockRemain: out.long(),
  }),
});
