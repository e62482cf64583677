import type { ActionHandler } from '../../action-context.js';
import { invalidParameter } from '../../errors.js';
import { appFor } from './app-lookup.js';

/** SDK model SetAppPlayKeyRequest: letters and digits, 8-20 characters. */
const PLAY_KEY = /^[A-Za-z0-9]{8,20}$/;

export const setAppPlayKey: ActionHandler = (context) => {
  const app = appFor(context);
  // Optional in the metadata, but a call without it has nothing to set.
  const key = context.required('PlayKey');
  if (!PLAY_KEY.test(key)) throw invalidParameter('PlayKey', 'It must be 8-20 letters and digits.');
  const now = context.clock.nowIso();
  app.PlayKey = { PlayKey: key, CreationTime: app.PlayKey?.CreationTime ?? now, ModificationTime: now };
  return {};
};
