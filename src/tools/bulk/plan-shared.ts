import { randomUUID } from 'node:crypto';
import type { SharedStore } from '../../store/index.js';
import { TaskError } from '../tasks/task-error.js';
import { checkJobId, parsePlan, STALE_LOCK_MS, type BulkPlan, type PlanLock, type PlanStore } from './plan-store.js';

/** A plan in the shared store lives this long after its last change (a file stays until it is deleted). */
export const SHARED_PLAN_TTL_MS = 30 * 24 * 3_600_000;

/**
 * Plans of a replica group (--redis): `bulk:plan:<JobId>` holds the plan as JSON (one SET per save, so every replica
 * reads the old or the new state), `bulk:run:<JobId>` the run lock as a lease owned by one call of one replica.
 * Every failure of the store is a refusal with a clear message (fail closed): without the shared lock, a run could
 * overlap another one on a different replica.
 */
export class SharedPlans implements PlanStore {
  constructor(private readonly store: SharedStore) {}

  async read(jobId: string): Promise<BulkPlan> {
    const key = planKey(jobId);
    const text = await reach(() => this.store.get(key), `the bulk plan ${jobId} cannot be read`);
    if (text === undefined) throw new TaskError(`No bulk plan ${jobId} in the shared store (plans are kept ${SHARED_PLAN_TTL_MS / 86_400_000} days after their last change): call plan_bulk_media first.`);
    return parsePlan(jobId, text);
  }

  async write(plan: BulkPlan): Promise<void> {
    plan.UpdatedAt = new Date().toISOString();
    const key = planKey(plan.JobId);
    const text = JSON.stringify(plan);
    await reach(() => this.store.put(key, text, SHARED_PLAN_TTL_MS), `the bulk plan ${plan.JobId} cannot be saved`);
  }

  async acquire(jobId: string): Promise<PlanLock | undefined> {
    const key = runKey(jobId);
    const owner = randomUUID();
    const taken = await reach(() => this.store.acquireLease(key, owner, STALE_LOCK_MS), `the run lock of plan ${jobId} cannot be taken, so nothing was run`);
    if (!taken) return undefined;
    return {
      renew: async () => {
        const held = await reach(() => this.store.renewLease(key, owner, STALE_LOCK_MS), `the run lock of plan ${jobId} cannot be renewed, so the run stopped`);
        if (!held) throw new TaskError(`The run lock of plan ${jobId} expired (no chunk finished for ${STALE_LOCK_MS / 60_000} minutes) and may be held by another run now: this run stopped. Call get_bulk_job with this JobId to see where the plan stands.`);
      },
      // A lease that cannot be released now ends by itself after STALE_LOCK_MS.
      release: () => this.store.releaseLease(key, owner).catch(() => undefined),
    };
  }

  async isHeld(jobId: string): Promise<boolean> {
    const key = runKey(jobId);
    return (await reach(() => this.store.get(key), `the run lock of plan ${jobId} cannot be checked`)) !== undefined;
  }
}

const planKey = (jobId: string) => `bulk:plan:${checkJobId(jobId)}`;
const runKey = (jobId: string) => `bulk:run:${checkJobId(jobId)}`;

async function reach<T>(operation: () => Promise<T>, consequence: string): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new TaskError(`The shared store (Redis) cannot be reached (${reason}): ${consequence}. Retry when it is back (the replica's GET /ready answers 200 again).`);
  }
}
