import type { ActionHandler } from '../../action-context.js';
import { appFor } from './app-lookup.js';
import { forbiddenOperateApp } from './apps.js';
import { resourceGroupOf } from './resource-groups.js';

/** Apps are the only VOD resources with a resource group (CreateAppInfo, ListAppInfo); ResourceType AppInfo (SDK). */
export const changeResourceGroup: ActionHandler = (context) => {
  const groupId = resourceGroupOf(context, 'ResourceGroupId', { required: true })!;
  const region = context.required('ResourceRegionId');
  context.oneOf('ResourceType', ['AppInfo'] as const, 'AppInfo');
  const app = appFor(context, { name: 'ResourceId', required: true });
  // The app lives in the sandbox's region; in any other region it does not exist.
  if (region !== context.region) throw forbiddenOperateApp();
  app.ResourceGroupId = groupId;
  return {};
};
