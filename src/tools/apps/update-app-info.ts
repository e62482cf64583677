import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { response } from '../schema-helpers.js';
import { appDescription, appName } from './app-schema.js';
import { appId } from '../spec-shapes.js';

export const updateAppInfo = defineTool({
  action: 'UpdateAppInfo',
  title: 'Update app',
  toolset: 'apps',
  tier: 'write',
  tierReason: 'Changes an app’s name, description or status; can be changed back.',
  idempotent: true,
  description: 'Rename an app, change its description, or enable/disable it (Normal/Disable). The default app cannot be disabled.',
  input: z.strictObject({
    AppId: appId('App ID.'),
    AppName: appName().optional(),
    Description: appDescription().optional(),
    Status: z.enum(['Normal', 'Disable']).optional().describe('App status.'),
  }),
  output: response({}),
});
