import type { ActionModule } from '../../action-context.js';

export const editingAuditActions: ActionModule = {
  handlers: {},
};
