import type { ActionModule } from '../../action-context.js';

export const templatesProcessingActions: ActionModule = {
  handlers: {},
};
