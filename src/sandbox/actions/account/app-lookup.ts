import type { ActionContext } from '../../action-context.js';
import type { AppRecord } from '../../state/records.js';
import { DEFAULT_APP_ID } from '../../state/sandbox-state.js';
import { forbiddenOperateApp } from './apps.js';

/** The app named by `name` (the default app when the parameter is optional and absent); unknown apps are refused. */
export function appFor(context: ActionContext, options: { name?: string; required?: boolean } = {}): AppRecord {
  const name = options.name ?? 'AppId';
  const id = options.required ? context.required(name) : (context.str(name) ?? DEFAULT_APP_ID);
  const app = context.state.data.apps[id];
  if (!app) throw forbiddenOperateApp();
  return app;
}
