import { randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ToolContext } from '../define-tool.js';
import { TaskError } from '../tasks/task-error.js';

/** What a bulk job does to each video. */
export type BulkOperation =
  | { Type: 'Delete' }
  | { Type: 'SetCategory'; CateId: number }
  | { Type: 'AddTags'; Tags: string[] }
  | { Type: 'SetTitlePrefix'; TitlePrefix: string }
  | { Type: 'RefreshPlayUrls' }
  | { Type: 'SubmitTranscodes'; TemplateGroupId: string };

/** forbidden: the API refused for lack of permission (a RAM policy, another app's video); failed: any other refusal. */
export type ItemState = 'pending' | 'changed' | 'unchanged' | 'not_found' | 'forbidden' | 'failed';

export interface PlanItem {
  VideoId: string;
  Title?: string | undefined;
  /** The values seen when planning. */
  CateId?: number | undefined;
  Tags?: string | undefined;
  State: ItemState;
  Code?: string | undefined;
  Message?: string | undefined;
  /** SubmitTranscodes: the TranscodeTaskId; RefreshPlayUrls: the MediaRefreshJobId of the item's chunk (for wait_for_job). */
  JobId?: string | undefined;
  /**
   * This plan sent the change and no definite answer came back (lost answer): when a later look finds the video gone
   * (Delete) or already changed, that is this plan's doing, so the item is changed, not not_found or unchanged.
   */
  Sent?: true | undefined;
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

export function countStates(items: readonly PlanItem[]): Record<ItemState, number> {
  const counts: Record<ItemState, number> = { pending: 0, changed: 0, unchanged: 0, not_found: 0, forbidden: 0, failed: 0 };
  for (const item of items) counts[item.State]++;
  return counts;
}

export const num = (value: unknown): number | undefined => {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return Number.isFinite(n) ? n : undefined;
};

/**
 * At most one run of a plan at a time. A Redis (or any shared-store) implementation can replace the local one: acquire
 * must be atomic and answer undefined when another holder has the plan; release must not throw.
 */
export interface PlanLocks {
  acquire(jobId: string, planFile: string): Promise<PlanLock | undefined>;
  /** Whether a run holds the plan now (for the preview; acquire still decides). */
  isHeld(jobId: string, planFile: string): Promise<boolean>;
}

export interface PlanLock {
  /** Called after every chunk: a long run is not taken for a crashed one. */
  renew(): Promise<void>;
  release(): Promise<void>;
}

/** A lock file older than this is left over by a crashed run (the holder renews it after every chunk, which takes seconds). */
export const STALE_LOCK_MS = 10 * 60_000;

/**
 * This process's runs (a Set, so two calls in one server exclude each other without touching the disk first) and
 * other processes sharing the state directory (an exclusive `<plan>.lock` file, created with 'wx').
 */
export class LocalPlanLocks implements PlanLocks {
  private readonly running = new Set<string>();

  constructor(private readonly now: () => number = Date.now) {}

  async acquire(_jobId: string, planFile: string): Promise<PlanLock | undefined> {
    const key = planFile;
    if (this.running.has(key)) return undefined;
    this.running.add(key);
    const lockFile = `${planFile}.lock`;
    try {
      if (!(await this.createLockFile(lockFile))) {
        this.running.delete(key);
        return undefined;
      }
    } catch (error) {
      this.running.delete(key);
      throw error;
    }
    return {
      renew: async () => {
        const at = new Date(this.now());
        await utimes(lockFile, at, at).catch(() => {});
      },
      release: async () => {
        this.running.delete(key);
        await rm(lockFile, { force: true }).catch(() => {});
      },
    };
  }

  async isHeld(_jobId: string, planFile: string): Promise<boolean> {
    if (this.running.has(planFile)) return true;
    const age = await lockAge(`${planFile}.lock`, this.now());
    return age !== undefined && age < STALE_LOCK_MS;
  }

  private async createLockFile(lockFile: string): Promise<boolean> {
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const handle = await open(lockFile, 'wx', 0o600);
        await handle.writeFile(JSON.stringify({ pid: process.pid, at: new Date(this.now()).toISOString() }));
        await handle.close();
        return true;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        const age = await lockAge(lockFile, this.now());
        if (age !== undefined && age < STALE_LOCK_MS) return false;
        // Stale (or gone meanwhile): remove it and try once more; a racing process may win that second 'wx'.
        await rm(lockFile, { force: true });
      }
    }
    return false;
  }
}

async function lockAge(lockFile: string, now: number): Promise<number | undefined> {
  try {
    return now - (await stat(lockFile)).mtimeMs;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

export const planLocks: PlanLocks = new LocalPlanLocks();
