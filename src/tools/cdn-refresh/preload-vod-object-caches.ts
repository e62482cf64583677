import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';
import { objectPaths, withNewlinePaths } from './object-paths.js';

export const preloadVodObjectCaches = defineTool({
  action: 'PreloadVodObjectCaches',
  title: 'Preload CDN cache',
  toolset: 'cdn_refresh',
  tier: 'write',
  tierReason: 'Warms CDN cache from the origin; uses daily quota but removes nothing.',
  description:
    'Preload files from the origin into CDN cache before traffic peaks. Files only, 500 URLs a day (see describe_vod_refresh_quota). ' +
    'Track with describe_vod_refresh_tasks.',
  input: z.strictObject({
    ObjectPath: objectPaths(1000, 'File URLs on your domains.'),
    Area: z.enum(['domestic', 'overseas']).optional().describe('Where to prefetch (default overseas).'),
    L2Preload: z.boolean().optional().describe('Also prefetch to L2 nodes.'),
    WithHeader: z.record(z.string(), z.array(z.string())).optional().describe('Headers of the prefetch requests, e.g. {"Accept-Encoding":["gzip"]}.'),
  }),
  output: response({ PreloadTaskId: out.str() }),
  toParams: withNewlinePaths,
});
