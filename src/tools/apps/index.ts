import type { AnyTool } from '../define-tool.js';
import { addVodStorageForApp } from './add-vod-storage-for-app.js';
import { attachAppPolicyToIdentity } from './attach-app-policy-to-identity.js';
import { changeResourceGroup } from './change-resource-group.js';
import { createAppInfo } from './create-app-info.js';
import { deleteAppInfo } from './delete-app-info.js';
import { detachAppPolicyFromIdentity } from './detach-app-policy-from-identity.js';
import { getAppInfos } from './get-app-infos.js';
import { getAppPlayKey } from './get-app-play-key.js';
import { listAppInfo } from './list-app-info.js';
import { listAppPoliciesForIdentity } from './list-app-policies-for-identity.js';
import { moveAppResource } from './move-app-resource.js';
import { setAppPlayKey } from './set-app-play-key.js';
import { updateAppInfo } from './update-app-info.js';

export const appsTools: AnyTool[] = [
  createAppInfo,
  getAppInfos,
  listAppInfo,
  updateAppInfo,
  deleteAppInfo,
  attachAppPolicyToIdentity,
  detachAppPolicyFromIdentity,
  listAppPoliciesForIdentity,
  moveAppResource,
  getAppPlayKey,
  setAppPlayKey,
  addVodStorageForApp,
  changeResourceGroup,
];
