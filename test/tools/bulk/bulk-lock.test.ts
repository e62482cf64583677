import { existsSync } from 'node:fs';
import { mkdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LocalPlanLocks } from '../../../src/tools/bulk/plan-files.js';
import { STALE_LOCK_MS } from '../../../src/tools/bulk/plan-store.js';
import { runBulkMedia } from '../../../src/tools/bulk/run-bulk-media.js';
import { TaskError } from '../../../src/tools/tasks/task-error.js';
import { createFakeVod, type FakeVod } from './fake-vod.js';

// At most one run of a plan at a time: in this process (a Set) and across processes (an exclusive lock file).

let vod: FakeVod;
beforeEach(async () => {
  vod = await createFakeVod();
});
afterEach(() => vod.close());

const lockFileOf = (jobId: string) => join(vod.stateDir, 'bulk', `${jobId}.json.lock`);

describe('LocalPlanLocks', () => {
  it('one holder at a time; released, it can be taken again', async () => {
    await mkdir(join(vod.stateDir, 'bulk'), { recursive: true });
    const locks = new LocalPlanLocks();
    const file = join(vod.stateDir, 'bulk', 'p.json');
    const first = await locks.acquire('p', file);
    expect(first).toBeDefined();
    expect(await locks.acquire('p', file)).toBeUndefined();
    // Another process (another LocalPlanLocks) sees the lock file.
    expect(await new LocalPlanLocks().acquire('p', file)).toBeUndefined();
    expect(await new LocalPlanLocks().isHeld('p', file)).toBe(true);
    await first!.release();
    expect(existsSync(`${file}.lock`)).toBe(false);
    const again = await new LocalPlanLocks().acquire('p', file);
    expect(again).toBeDefined();
    await again!.release();
  });

  it('a lock file older than the stale age is taken over', async () => {
    await mkdir(join(vod.stateDir, 'bulk'), { recursive: true });
    const file = join(vod.stateDir, 'bulk', 'p.json');
    await writeFile(`${file}.lock`, '{}');
    const old = new Date(Date.now() - STALE_LOCK_MS - 60_000);
    await utimes(`${file}.lock`, old, old);
    const lock = await new LocalPlanLocks().acquire('p', file);
    expect(lock).toBeDefined();
    await lock!.release();
  });
});

describe('run_bulk_media with the same JobId twice at once', () => {
  it('the second call is refused as already running and makes no API call; the first completes', async () => {
    vod.seed(30);
    const { JobId } = await vod.plan({ Operation: 'AddTags', Tags: ['b'] });
    let unblock!: () => void;
    const blocked = new Promise<void>((resolve) => (unblock = resolve));
    let started!: () => void;
    const firstCalled = new Promise<void>((resolve) => (started = resolve));
    vod.beforeCall = async (action) => {
      if (action !== 'GetVideoInfos') return;
      started();
      await blocked;
    };
    vod.calls = [];
    const first = vod.run({ JobId });
    await firstCalled;
    const callsBefore = vod.calls.length;
    await expect(vod.run({ JobId })).rejects.toThrow(TaskError);
    await expect(vod.run({ JobId })).rejects.toThrow(/already running.*Do not start it again/);
    await expect(runBulkMedia.preview!({ JobId }, vod.context())).rejects.toThrow(/already running/);
    expect(vod.calls.length).toBe(callsBefore);
    expect(existsSync(lockFileOf(JobId))).toBe(true);
    vod.beforeCall = undefined;
    unblock();
    expect(await first).toMatchObject({ Changed: 30, Remaining: 0 });
    expect(existsSync(lockFileOf(JobId))).toBe(false);
    // Released: a rerun runs (and changes nothing more).
    expect(await vod.run({ JobId })).toMatchObject({ Changed: 30 });
  });

  it('a fresh lock file left by another server process refuses the run; a failing run still releases its lock', async () => {
    vod.seed(2);
    const { JobId } = await vod.plan({ Operation: 'Delete' });
    await writeFile(lockFileOf(JobId), '{}');
    vod.calls = [];
    await expect(vod.run({ JobId })).rejects.toThrow(/already running/);
    expect(vod.calls).toEqual([]);
    await writeFile(lockFileOf(JobId), '{}');
    const old = new Date(Date.now() - STALE_LOCK_MS - 1000);
    await utimes(lockFileOf(JobId), old, old);
    vod.beforeCall = async () => {
      throw new Error('boom');
    };
    await expect(vod.run({ JobId })).rejects.toThrow('boom');
    expect(existsSync(lockFileOf(JobId))).toBe(false);
  });
});
