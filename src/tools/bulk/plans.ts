import type { ToolContext } from '../define-tool.js';
import { TaskError } from '../tasks/task-error.js';
import { DiskPlans } from './plan-files.js';
import { SharedPlans } from './plan-shared.js';
import type { PlanStore } from './plan-store.js';

/** The replica group's shared store when the server has one (--redis), else files under the state directory. */
export function plansOf(context: ToolContext): PlanStore {
  const host = context.host;
  if (!host) throw new TaskError('bulk plans need the server\'s state directory, which this server was started without.');
  return host.sharedStore ? new SharedPlans(host.sharedStore) : new DiskPlans(host.stateDir);
}
