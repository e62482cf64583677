import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ToolContext } from '../define-tool.js';
import { TaskError } from '../tasks/task-error.js';

/** What a bulk job does to each video. */
export type BulkOperation = { Type: 'Delete' } | { Type: 'SetCategory'; CateId: number } | { Type: 'AddTags'; Tags: string[] };

export type ItemState = 'pending' | 'changed' | 'unchanged' | 'not_found' | 'failed';

export interface PlanItem {
  VideoId: string;
  Title?: string | undefined;
  /** The values seen when planning. */
  CateId?: number | undefined;
  Tags?: string | undefined;
  State: ItemState;
  Code?: string | undefined;
  Message?: string | undefined;
}

export interface BulkPlan {
  version: 1;
  JobId: string;
  CreatedAt: string;
  UpdatedAt: string;
  Match?: string | undefined;
  SearchType: 'video';
  Operation: BulkOperation;
  /** Search hits beyond MaxItems, not in the plan. */
  LeftOut: number;
  Items: PlanItem[];
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function stateDirOf(context: ToolContext): string {
  if (!context.host) throw new TaskError('bulk plans need the server\'s state directory, which this server was started without.');
  return join(context.host.stateDir, 'bulk');
}

export function planPath(context: ToolContext, jobId: string): string {
  if (!UUID.test(jobId)) throw new TaskError(`JobId ${jobId} is not a bulk job ID.`);
  return join(stateDirOf(context), `${jobId.toLowerCase()}.json`);
}

export const newJobId = (): string => randomUUID();

export async function readPlan(context: ToolContext, jobId: string): Promise<BulkPlan> {
  const path = planPath(context, jobId);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new TaskError(`No bulk plan ${jobId}: call plan_bulk_media first.`);
    throw error;
  }
  let plan: BulkPlan;
  try {
    plan = JSON.parse(text) as BulkPlan;
  } catch {
    throw new TaskError(`The bulk plan ${jobId} is damaged (not JSON): plan again with plan_bulk_media.`);
  }
  if (plan?.version !== 1 || !Array.isArray(plan.Items) || typeof plan.Operation?.Type !== 'string') {
    throw new TaskError(`The bulk plan ${jobId} is not a plan this server wrote: plan again with plan_bulk_media.`);
  }
  return plan;
}

/** Written to a temporary file, then renamed over the plan: a crash leaves the old or the new state, never half of one. */
export async function writePlan(context: ToolContext, plan: BulkPlan): Promise<void> {
  const path = planPath(context, plan.JobId);
  await mkdir(stateDirOf(context), { recursive: true });
  plan.UpdatedAt = new Date().toISOString();
  const temporary = `${path}.${process.pid}.${randomUUID().slice(0, 8)}.tmp`;
  await writeFile(temporary, JSON.stringify(plan, null, 1), { mode: 0o600 });
  await rename(temporary, path);
}

export function describeOperation(operation: BulkOperation, count: number): string {
  const videos = `${count} video${count === 1 ? '' : 's'}`;
  switch (operation.Type) {
    case 'Delete':
      return `Delete ${videos} permanently`;
    case 'SetCategory':
      return `Set the category of ${videos} to ${operation.CateId}`;
    case 'AddTags':
      return `Add the tags ${operation.Tags.join(', ')} to ${videos}`;
  }
}

export const splitTags = (tags: string | undefined): string[] => (tags ?? '').split(',').map((tag) => tag.trim()).filter(Boolean);

/** The item is already what the operation would make it (never for Delete). */
export function alreadyDone(operation: BulkOperation, current: { CateId?: number | undefined; Tags?: string | undefined }): boolean {
  switch (operation.Type) {
    case 'Delete':
      return false;
    case 'SetCategory':
      return current.CateId === operation.CateId;
    case 'AddTags': {
      const have = new Set(splitTags(current.Tags));
      return operation.Tags.every((tag) => have.has(tag));
    }
  }
}

/** The tags after adding the operation's, existing order first, no duplicates. */
export function mergedTags(current: string | undefined, added: readonly string[]): string {
  return [...new Set([...splitTags(current), ...added])].join(',');
}

export function countStates(items: readonly PlanItem[]): Record<ItemState, number> {
  const counts: Record<ItemState, number> = { pending: 0, changed: 0, unchanged: 0, not_found: 0, failed: 0 };
  for (const item of items) counts[item.State]++;
  return counts;
}

export const num = (value: unknown): number | undefined => {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return Number.isFinite(n) ? n : undefined;
};
