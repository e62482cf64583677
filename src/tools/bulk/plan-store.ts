import { randomUUID } from 'node:crypto';
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

export const newJobId = (): string => randomUUID();

/**
 * Where bulk plans, their progress and their run lock live: files under the state directory (one process or one
 * disk), or the replica group's shared store (--redis), so a plan made through one replica runs through any other.
 */
export interface PlanStore {
  /** The plan, or a TaskError saying it is unknown, damaged, or cannot be read now. */
  read(jobId: string): Promise<BulkPlan>;
  /** Saves the whole plan at once: a reader sees the old or the new state, never half of one. */
  write(plan: BulkPlan): Promise<void>;
  /** The run lock: undefined when another run holds the plan. Atomic across every process sharing the store. */
  acquire(jobId: string): Promise<PlanLock | undefined>;
  /** Whether a run holds the plan now (for the preview and get_bulk_job; acquire still decides). */
  isHeld(jobId: string): Promise<boolean>;
}

export interface PlanLock {
  /** Called before every save: a long run is not taken for a crashed one. Throws when the lock was lost meanwhile. */
  renew(): Promise<void>;
  /** Never throws. */
  release(): Promise<void>;
}

/** A run lock not renewed for this long is left over by a crashed run (the holder renews it after every chunk, which takes seconds). */
export const STALE_LOCK_MS = 10 * 60_000;

export function checkJobId(jobId: string): string {
  if (!UUID.test(jobId)) throw new TaskError(`JobId ${jobId} is not a bulk job ID.`);
  return jobId.toLowerCase();
}

/** A stored plan's text as a plan, or a TaskError when it is not one this server wrote. */
export function parsePlan(jobId: string, text: string): BulkPlan {
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

export const unknownPlan = (jobId: string) => new TaskError(`No bulk plan ${jobId}: call plan_bulk_media first.`);

export function countStates(items: readonly PlanItem[]): Record<ItemState, number> {
  const counts: Record<ItemState, number> = { pending: 0, changed: 0, unchanged: 0, not_found: 0, forbidden: 0, failed: 0 };
  for (const item of items) counts[item.State]++;
  return counts;
}

export const num = (value: unknown): number | undefined => {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return Number.isFinite(n) ? n : undefined;
};
