import type { ActionModule } from '../../action-context.js';

export const uploadPlaybackActions: ActionModule = {
  handlers: {},
};
