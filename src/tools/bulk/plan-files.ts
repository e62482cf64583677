import { randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkJobId, parsePlan, STALE_LOCK_MS, unknownPlan, type BulkPlan, type PlanLock, type PlanStore } from './plan-store.js';

/** Plans as `<stateDir>/bulk/<JobId>.json`, locked by `<JobId>.json.lock` (the default: one process, or several on one disk). */
export class DiskPlans implements PlanStore {
  private readonly dir: string;

  constructor(stateDir: string) {
    this.dir = join(stateDir, 'bulk');
  }

  private file(jobId: string): string {
    return join(this.dir, `${checkJobId(jobId)}.json`);
  }

  async read(jobId: string): Promise<BulkPlan> {
    let text: string;
    try {
      text = await readFile(this.file(jobId), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw unknownPlan(jobId);
      throw error;
    }
    return parsePlan(jobId, text);
  }

  /** Written to a temporary file, then renamed over the plan: a crash leaves the old or the new state, never half of one. */
  async write(plan: BulkPlan): Promise<void> {
    const path = this.file(plan.JobId);
    await mkdir(this.dir, { recursive: true });
    plan.UpdatedAt = new Date().toISOString();
    const temporary = `${path}.${process.pid}.${randomUUID().slice(0, 8)}.tmp`;
    await writeFile(temporary, JSON.stringify(plan, null, 1), { mode: 0o600 });
    await rename(temporary, path);
  }

  acquire(jobId: string): Promise<PlanLock | undefined> {
    return planLocks.acquire(jobId, this.file(jobId));
  }

  isHeld(jobId: string): Promise<boolean> {
    return planLocks.isHeld(jobId, this.file(jobId));
  }
}

/**
 * This process's runs (a Set, so two calls in one server exclude each other without touching the disk first) and
 * other processes sharing the state directory (an exclusive `<plan>.lock` file, created with 'wx').
 */
export class LocalPlanLocks {
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

/** One per process: its Set is what keeps two calls of one server apart. */
export const planLocks = new LocalPlanLocks();
