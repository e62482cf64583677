import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';
import { appDescription, appName } from './app-schema.js';
import { resourceGroupId } from '../spec-shapes.js';

export const createAppInfo = defineTool({
  action: 'CreateAppInfo',
  title: 'Create app',
  toolset: 'apps',
  tier: 'write',
  tierReason: 'Creates an empty app; it can be deleted.',
  description: 'Create an app to isolate media, settings and permissions. Up to 10 apps per account. Then grant access with attach_app_policy_to_identity.',
  input: z.strictObject({
    AppName: appName(),
    Description: appDescription().optional(),
    ResourceGroupId: resourceGroupId().optional(),
  }),
  output: response({ AppId: out.str() }),
});
