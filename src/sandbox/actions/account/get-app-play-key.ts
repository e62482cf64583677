import type { ActionHandler } from '../../action-context.js';
import { appFor } from './app-lookup.js';

/** An app without a key answers its AppId only (the sources do not say; see docs/spec-decisions.md). */
export const getAppPlayKey: ActionHandler = (context) => {
  const app = appFor(context);
  return { AppPlayKey: { AppId: app.AppId, ...app.PlayKey } };
};
