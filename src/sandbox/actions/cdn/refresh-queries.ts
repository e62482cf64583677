import type { ActionHandler } from '../../action-context.js';
import { missingParameter } from '../../errors.js';
import { cdnError, cdnState } from './cdn-state.js';
import { normalizeObjectPath, taskView } from './refresh-tasks.js';

const THREE_DAYS_MS = 3 * 86_400_000;

export const describeVodRefreshTasks: ActionHandler = (context) => {
  const state = cdnState(context);
  const now = context.clock.now();
  const taskId = context.str('TaskId');
  if (taskId !== undefined && !/^\d+$/.test(taskId)) throw cdnError(context.action, 'InvalidTaskId.Malformed');
  const objectPath = context.str('ObjectPath');
  const objectType = context.oneOf('ObjectType', ['file', 'directory', 'preload']);
  const domainName = context.str('DomainName')?.toLowerCase();
  const status = context.oneOf('Status', ['Complete', 'Refreshing', 'Failed']);
  if ((domainName !== undefined || status !== undefined) && objectType === undefined) throw missingParameter('ObjectType');
  const pageSize = context.int('PageSize', { min: 1, max: 50, default: 20 })!;
  const pageNumber = context.int('PageNumber', { min: 1, default: 1 })!;
  const start = context.time('StartTime') ?? now - THREE_DAYS_MS;
  const end = context.time('EndTime') ?? now;
  const wantedPath = objectPath !== undefined ? normalizeObjectPath(objectPath)?.url : undefined;
  const views = Object.values(state.refreshTasks)
    .filter((task) => task.CreatedAt >= now - THREE_DAYS_MS && task.CreatedAt >= start && task.CreatedAt <= end)
    .filter((task) => (taskId === undefined || task.TaskId === taskId) && (objectPath === undefined || task.ObjectPath === objectPath || task.ObjectPath === wantedPath))
    .filter((task) => (objectType === undefined || task.ObjectType === objectType) && (domainName === undefined || task.DomainName === domainName))
    .sort((a, b) => b.CreatedAt - a.CreatedAt || Number(b.TaskId) - Number(a.TaskId))
    .map((task) => taskView(task, now))
    .filter((view) => status === undefined || view.Status === status);
  return {
    Tasks: views.slice((pageNumber - 1) * pageSize, pageNumber * pageSize),
    PageNumber: pageNumber,
    PageSize: pageSize,
    TotalCount: views.length,
  };
};
