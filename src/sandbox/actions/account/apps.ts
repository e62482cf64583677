import type { ActionContext, ActionHandler } from '../../action-context.js';
import { invalidParameter, SandboxError } from '../../errors.js';
import type { AppRecord } from '../../state/records.js';
import { DEFAULT_RESOURCE_GROUP_ID, resourceGroupOf } from './resource-groups.js';
import { accountSlice } from './slice.js';

/** Chinese characters, letters, digits, '.', '-' and '@'; at most 128 characters. */
const APP_NAME = /^[\p{Script=Han}A-Za-z0-9.@-]{1,128}$/u;
const MAX_DESCRIPTION_CHARS = 512;
/** Apps a user may create, besides the system default app. */
const MAX_CUSTOM_APPS = 10;
const MAX_APP_IDS = 10;

export const forbiddenOperateApp = () => new SandboxError('Forbidden.OperateApp', 'User not authorized to operate app.', 403);

function appName(context: ActionContext, required: boolean, exceptAppId?: string): string | undefined {
  const name = required ? context.required('AppName') : context.str('AppName');
  if (name === undefined) return undefined;
  if (!APP_NAME.test(name)) throw invalidParameter('AppName', "Up to 128 Chinese characters, letters, digits, '.', '-' or '@'.");
  const taken = Object.values(context.state.data.apps).some((app) => app.AppName === name && app.AppId !== exceptAppId);
  if (taken) throw invalidParameter('AppName', 'An app with this name already exists.');
  return name;
}

function description(context: ActionContext): string | undefined {
  const text = context.str('Description');
  if (text !== undefined && [...text].length > MAX_DESCRIPTION_CHARS) throw invalidParameter('Description', `At most ${MAX_DESCRIPTION_CHARS} characters.`);
  return text;
}

export function appView(app: AppRecord): Record<string, unknown> {
  return {
    AppId: app.AppId,
    AppName: app.AppName,
    Description: app.Description ?? '',
    Type: app.Type,
    Status: app.Status,
    CreationTime: app.CreationTime,
    ModificationTime: app.ModificationTime ?? app.CreationTime,
    ResourceGroupId: app.ResourceGroupId ?? DEFAULT_RESOURCE_GROUP_ID,
  };
}

export const createAppInfo: ActionHandler = (context) => {
  const name = appName(context, true);
  const text = description(context);
  const groupId = resourceGroupOf(context);
  const custom = Object.values(context.state.data.apps).filter((app) => app.Type === 'Custom').length;
  if (custom >= MAX_CUSTOM_APPS) throw new SandboxError('Forbidden.AppQuotaExceeded', `An account can create at most ${MAX_CUSTOM_APPS} apps.`, 403);
  const appId = `app-${context.state.nextNumber('app', 1_000_001)}`;
  const now = context.clock.nowIso();
  context.state.data.apps[appId] = { AppId: appId, AppName: name ?? appId, Description: text, Status: 'Normal', Type: 'Custom', CreationTime: now, ModificationTime: now, ...(groupId ? { ResourceGroupId: groupId } : {}) };
  return { AppId: appId };
};

export const getAppInfos: ActionHandler = (context) => {
  const ids = context.list('AppIds', { required: true, max: MAX_APP_IDS });
  const apps = context.state.data.apps;
  return {
    AppInfoList: ids.filter((id) => apps[id]).map((id) => appView(apps[id]!)),
    NonExistAppIds: ids.filter((id) => !apps[id]),
  };
};

export const listAppInfo: ActionHandler = (context) => {
  const status = context.oneOf('Status', ['Normal', 'Disable'] as const);
  const groupId = resourceGroupOf(context);
  const pageNo = context.int('PageNo', { min: 1, default: 1 }) ?? 1;
  const pageSize = context.int('PageSize', { min: 1, max: 100, default: 10 }) ?? 10;
  const apps = Object.values(context.state.data.apps)
    .filter((app) => !status || app.Status === status)
    .filter((app) => !groupId || (app.ResourceGroupId ?? DEFAULT_RESOURCE_GROUP_ID) === groupId)
    .sort((a, b) => a.CreationTime.localeCompare(b.CreationTime) || a.AppId.localeCompare(b.AppId));
  return { Total: apps.length, AppInfoList: apps.slice((pageNo - 1) * pageSize, pageNo * pageSize).map(appView) };
};

export const updateAppInfo: ActionHandler = (context) => {
  const app = context.state.data.apps[context.required('AppId')];
  if (!app) throw forbiddenOperateApp();
  const name = appName(context, false, app.AppId);
  const text = description(context);
  const status = context.oneOf('Status', ['Normal', 'Disable'] as const);
  // The system default app always stays enabled.
  if (app.Type === 'System' && status === 'Disable') throw forbiddenOperateApp();
  if (name !== undefined) app.AppName = name;
  if (text !== undefined) app.Description = text;
  if (status !== undefined) app.Status = status;
  app.ModificationTime = context.clock.nowIso();
  return {};
};

function resourceCount(context: ActionContext, appId: string): number {
  const data = context.state.data;
  const owned = (records: Record<string, { AppId: string }>) => Object.values(records).filter((record) => record.AppId === appId).length;
  return owned(data.videos) + owned(data.images) + owned(data.attachedMedia) + owned(data.transcodeTemplateGroups);
}

export const deleteAppInfo: ActionHandler = (context) => {
  const appId = context.required('AppId');
  const app = context.state.data.apps[appId];
  if (!app || app.Type === 'System') throw forbiddenOperateApp();
  const resources = resourceCount(context, appId);
  if (resources > 0) throw new SandboxError('Forbidden.ResourceNotEmpty', `The App: ${appId} has ${resources} resource, can not be deleted.`, 403);
  delete context.state.data.apps[appId];
  const slice = accountSlice(context);
  delete slice.callbacks[appId];
  slice.appPolicies = slice.appPolicies.filter((grant) => grant.AppId !== appId);
  return {};
};
