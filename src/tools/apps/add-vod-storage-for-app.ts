import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, response, whenEquals } from '../schema-helpers.js';
import { appId, storageLocation } from '../spec-shapes.js';

const USER_BUCKET = 'user_oss_bucket';

export const addVodStorageForApp = defineTool({
  action: 'AddVodStorageForApp',
  title: 'Enable a VOD bucket for an app',
  toolset: 'apps',
  tier: 'write',
  tierReason: 'Enables storage for an app; media and other apps are not touched.',
  // A repeat cannot add a second bucket: the API refuses it, so retrying a lost call is safe.
  idempotent: true,
  description:
    'Enable a VOD system bucket for an app (at most one per app; a second call fails) and return its StorageLocation, for uploads into that app. ' +
    'Needs app administrator rights.',
  input: z
    .strictObject({
      AppId: appId('App ID.'),
      StorageLocation: storageLocation().optional().describe('Bucket host; only with StorageType user_oss_bucket.'),
      StorageType: z.enum(['vod_oss_bucket', USER_BUCKET]).optional().describe('Default vod_oss_bucket.'),
    })
    .meta(whenEquals('StorageType', USER_BUCKET, { required: ['StorageLocation'] }))
    .superRefine((args, context) => {
      if (args.StorageType === USER_BUCKET && args.StorageLocation === undefined) {
        context.addIssue({ code: 'custom', path: ['StorageLocation'], message: 'user_oss_bucket needs StorageLocation' });
      }
    }),
  output: response({ StorageLocation: out.str() }),
});
