import type { ActionModule } from '../../action-context.js';

export const aiActions: ActionModule = {
  handlers: {},
};
