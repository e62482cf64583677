import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { lookUpForPreview } from '../preview-lookup.js';
import { response } from '../schema-helpers.js';
import { appId } from '../spec-shapes.js';

export const deleteAppInfo = defineTool({
  action: 'DeleteAppInfo',
  title: 'Delete app',
  toolset: 'apps',
  tier: 'destructive',
  tierReason: 'Deletes an app with its settings and grants; cannot be undone.',
  idempotent: true,
  description: 'Delete an empty app. Fails while it still holds media (move them with move_app_resource first); the default app cannot be deleted.',
  input: z.strictObject({ AppId: appId('App ID.') }),
  output: response({}),
  preview: async ({ AppId }, context) => ({
    summary: `Delete application ${AppId}.`,
    items: await lookUpForPreview(context, 'GetAppInfos', { AppIds: AppId }, 'AppInfoList[]', ['AppId', 'AppName', 'Type', 'Status']),
  }),
});
