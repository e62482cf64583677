import type { SandboxEnv } from '../../action-context.js';
import { cdnState, type RefreshObjectType, type RefreshTaskRecord } from './cdn-state.js';

const DURATION_MS: Record<RefreshObjectType, number> = { file: 10_000, directory: 30_000, preload: 60_000 };
/** Paths containing this marker end in Failed, as when the origin does not answer. */
export const ORIGIN_TIMEOUT_MARKER = 'origin-timeout';

/** `vod.example.com/a.mp4` -> `http://vod.example.com/a.mp4`; undefined when there is no usable host. */
export function normalizeObjectPath(raw: string): { url: string; host: string } | undefined {
  const trimmed = raw.trim();
  const withScheme = /^https?:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`;
  const match = /^(https?):\/\/([^/?#]+)(.*)$/i.exec(withScheme);
  if (!match) return undefined;
  const host = match[2]!.toLowerCase();
  return { url: `${match[1]!.toLowerCase()}://${host}${match[3] || '/'}`, host };
}

export function createRefreshTask(env: SandboxEnv, url: string, type: RefreshObjectType, domainName: string): RefreshTaskRecord {
  const state = cdnState(env);
  const task: RefreshTaskRecord = {
    TaskId: String(env.state.nextNumber('cdnRefreshTask', 704_222_904)),
    ObjectPath: url,
    ObjectType: type,
    DomainName: domainName,
    CreatedAt: env.clock.now(),
    CreationTime: env.clock.nowIso(),
    DurationMs: DURATION_MS[type],
    ...(url.includes(ORIGIN_TIMEOUT_MARKER) ? { FailureDescription: 'Origin Timeout' } : {}),
  };
  state.refreshTasks[task.TaskId] = task;
  return task;
}

/** A task as DescribeVodRefreshTasks shows it, its status derived from the simulation clock. */
export function taskView(task: RefreshTaskRecord, now: number): Record<string, unknown> {
  const elapsed = now - task.CreatedAt;
  const done = elapsed >= task.DurationMs;
  const status = !done ? 'Refreshing' : task.FailureDescription ? 'Failed' : 'Complete';
  const process = done ? 100 : Math.floor((Math.max(0, elapsed) / task.DurationMs) * 100);
  return {
    CreationTime: task.CreationTime,
    ObjectPath: task.ObjectPath,
    Status: status,
    TaskId: task.TaskId,
    ObjectType: task.ObjectType,
    Process: `${process}%`,
    ...(status === 'Failed' ? { Description: task.FailureDescription } : {}),
  };
}
