import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { response } from '../schema-helpers.js';
import { resourceGroupId } from '../spec-shapes.js';

export const changeResourceGroup = defineTool({
  action: 'ChangeResourceGroup',
  title: 'Move an app to another resource group',
  toolset: 'apps',
  tier: 'write',
  tierReason: 'Moves the resource between resource groups; it can be moved back.',
  idempotent: true,
  description: 'Move a resource (an app: ResourceType AppInfo, ResourceId app-...) to another resource group, changing which resource-group permissions apply. The app and its media stay as they are.',
  input: z.strictObject({
    ResourceGroupId: resourceGroupId(),
    ResourceId: z.string().min(1).describe('Resource ID, e.g. app-1000001.'),
    ResourceRegionId: z.string().regex(/^[a-z]{2,}-[a-z0-9-]+$/, 'must be a region ID such as cn-shanghai').describe('Region of the resource, e.g. cn-shanghai.'),
    ResourceType: z.enum(['AppInfo']).optional().describe('Resource type: AppInfo.'),
  }),
  output: response({}),
});
