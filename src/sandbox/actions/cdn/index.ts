import type { ActionModule } from '../../action-context.js';

export const cdnActions: ActionModule = {
  handlers: {},
};
