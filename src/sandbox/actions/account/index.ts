import type { ActionModule } from '../../action-context.js';

export const accountActions: ActionModule = {
  handlers: {},
};
