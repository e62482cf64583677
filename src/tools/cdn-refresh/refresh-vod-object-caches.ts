import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';
import { objectPaths, withNewlinePaths } from './object-paths.js';

export const refreshVodObjectCaches = defineTool({
  action: 'RefreshVodObjectCaches',
  title: 'Refresh CDN cache',
  toolset: 'cdn_refresh',
  tier: 'destructive',
  tierReason: 'Purges cached content; a Directory refresh purges a whole tree and sends its load to the origin.',
  description:
    'Purge cached files or whole directories so the CDN fetches them again from the origin. Daily quota 2000 URLs and 100 directories. ' +
    'Track with describe_vod_refresh_tasks.',
  input: z
    .strictObject({
      ObjectPath: objectPaths(1000, 'URLs (File) or directories (Directory).'),
      ObjectType: z.enum(['File', 'Directory']).optional().describe('Default File.'),
      Force: z.boolean().optional().describe('Directory: purge all, not only changed files (default false).'),
    })
    .refine((args) => args.ObjectType !== 'Directory' || args.ObjectPath.length <= 100, { message: 'at most 100 directories', path: ['ObjectPath'] }),
  output: response({ RefreshTaskId: out.str() }),
  toParams: withNewlinePaths,
  preview: async ({ ObjectPath, ObjectType }) => ({
    summary:
      `Purge ${ObjectPath.length} ${ObjectType === 'Directory' ? 'director(ies) and everything under them' : 'file(s)'} from the CDN cache; ` +
      'the next requests go to the origin and count against today\'s refresh quota.',
    items: ObjectPath.map((path) => ({ ObjectPath: path, ObjectType: ObjectType ?? 'File' })),
  }),
});
