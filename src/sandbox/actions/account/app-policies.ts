import type { ActionContext, ActionHandler } from '../../action-context.js';
import { DEFAULT_APP_ID } from '../../state/sandbox-state.js';
import { forbiddenOperateApp } from './apps.js';
import { accountSlice, type AppPolicyGrant } from './slice.js';

const POLICIES: Record<string, { description: string; actions: string }> = {
  VODAppFullAccess: { description: 'App full access permission', actions: 'vod:*' },
  VODAppReadOnlyAccess: { description: 'App read only access permission', actions: 'vod:Get*,vod:List*,vod:Search*,vod:Describe*' },
  VODAppAdministratorAccess: { description: 'App administrator permission', actions: 'vod:*App*' },
};
const ADMINISTRATOR_POLICY = 'VODAppAdministratorAccess';
/** Each RAM user or role can be granted access to at most 10 apps. */
const MAX_APPS_PER_IDENTITY = 10;
/** ListAppPoliciesForIdentity returns at most the first 100. */
const MAX_LISTED = 100;

interface Request {
  identityType: AppPolicyGrant['IdentityType'];
  identityName: string;
  appId: string;
  known: string[];
  unknown: string[];
}

function readRequest(context: ActionContext): Request {
  const identityType = context.oneOf('IdentityType', ['RamUser', 'RamRole'] as const) ?? 'RamUser';
  const identityName = context.required('IdentityName');
  const names = [...new Set(context.list('PolicyNames', { required: true }))];
  // The manual: AppId defaults to app-1000000, and may be omitted only for VODAppAdministratorAccess.
  const appId = names.every((name) => name === ADMINISTRATOR_POLICY) ? (context.str('AppId') ?? DEFAULT_APP_ID) : context.required('AppId');
  if (!context.state.data.apps[appId]) throw forbiddenOperateApp();
  return { identityType, identityName, appId, known: names.filter((name) => name in POLICIES), unknown: names.filter((name) => !(name in POLICIES)) };
}

const sameGrant = (request: Request, name: string) => (grant: AppPolicyGrant) =>
  grant.IdentityType === request.identityType && grant.IdentityName === request.identityName && grant.AppId === request.appId && grant.PolicyName === name;

export const attachAppPolicyToIdentity: ActionHandler = (context) => {
  const request = readRequest(context);
  const slice = accountSlice(context);
  const now = context.clock.nowIso();
  const failed: string[] = [];
  for (const name of request.known) {
    if (slice.appPolicies.some(sameGrant(request, name))) continue;
    const apps = new Set(slice.appPolicies.filter((grant) => grant.IdentityType === request.identityType && grant.IdentityName === request.identityName).map((grant) => grant.AppId));
    if (!apps.has(request.appId) && apps.size >= MAX_APPS_PER_IDENTITY) {
      failed.push(name);
      continue;
    }
    slice.appPolicies.push({ IdentityType: request.identityType, IdentityName: request.identityName, AppId: request.appId, PolicyName: name, CreationTime: now, ModificationTime: now });
  }
  return { NonExistPolicyNames: request.unknown, FailedPolicyNames: failed };
};

export const detachAppPolicyFromIdentity: ActionHandler = (context) => {
  const request = readRequest(context);
  const slice = accountSlice(context);
  const failed = request.known.filter((name) => !slice.appPolicies.some(sameGrant(request, name)));
  slice.appPolicies = slice.appPolicies.filter((grant) => !request.known.some((name) => sameGrant(request, name)(grant)));
  return { NonExistPolicyNames: request.unknown, FailedPolicyNames: failed };
};

export const listAppPoliciesForIdentity: ActionHandler = (context) => {
  const identityType = context.oneOf('IdentityType', ['RamUser', 'RamRole'] as const);
  const identityName = context.required('IdentityName');
  const appId = context.str('AppId');
  const list = accountSlice(context)
    .appPolicies.filter((grant) => grant.IdentityType === identityType && grant.IdentityName === identityName && (!appId || grant.AppId === appId))
    .slice(0, MAX_LISTED)
    .map((grant) => {
      const policy = POLICIES[grant.PolicyName];
      return {
        AppId: grant.AppId,
        PolicyName: grant.PolicyName,
        PolicyType: 'System',
        Description: policy?.description ?? '',
        PolicyValue: JSON.stringify({ Version: '1', Statement: [{ Effect: 'Allow', Action: policy?.actions.split(',') ?? [], Resource: `acs:vod:*:*:app/${grant.AppId}` }] }),
        CreationTime: grant.CreationTime,
        ModificationTime: grant.ModificationTime,
      };
    });
  return { AppPolicyList: list };
};
