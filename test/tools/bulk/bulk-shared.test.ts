import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemoryStore, type SharedStore } from '../../../src/store/index.js';
import { getBulkJob } from '../../../src/tools/bulk/get-bulk-job.js';
import { runBulkMedia } from '../../../src/tools/bulk/run-bulk-media.js';
import { STALE_LOCK_MS } from '../../../src/tools/bulk/plan-store.js';
import type { ToolContext } from '../../../src/tools/define-tool.js';
import { createFakeVod, type FakeVod } from './fake-vod.js';

// Bulk plans on a shared store (what --redis gives every replica): two "replicas" with their own state directories
// and one store. The plan, its progress and its run lock are in the store; nothing is written to either directory.
// test/replicas/bulk-replicas.test.ts does the same with real processes and Redis.

let vod: FakeVod;
let store: MemoryStore;
let otherDir: string;
let replicaA: ToolContext;
let replicaB: ToolContext;

const contextWith = (shared: SharedStore, stateDir: string): ToolContext => ({ api: vod.api, host: { files: 'remote', allowedRoots: async () => [], stateDir, maxWaitMs: 1000, sharedStore: shared } });
const job = async (JobId: string, context: ToolContext) => (await getBulkJob.run(getBulkJob.input.parse({ JobId }), context)) as Record<string, unknown>;

beforeEach(async () => {
  vod = await createFakeVod();
  store = new MemoryStore();
  otherDir = await mkdtemp(join(tmpdir(), 'bulk-unit-b-'));
  replicaA = contextWith(store, vod.stateDir);
  replicaB = contextWith(store, otherDir);
});
afterEach(async () => {
  await vod.close();
  await rm(otherDir, { recursive: true, force: true });
});

describe('bulk plans on the shared store', () => {
  it('planned through one replica, run through another, read from either; no file is written', async () => {
    vod.seed(45);
    const { JobId } = await vod.plan({ Operation: 'AddTags', Tags: ['shared'] }, replicaA);
    expect(await store.get(`bulk:plan:${JobId}`)).toContain('"AddTags"');
    expect(await job(JobId, replicaB)).toMatchObject({ Total: 45, Remaining: 45, Changed: 0, Running: false });
    expect(await vod.run({ JobId, MaxItems: 20 }, replicaB)).toMatchObject({ Changed: 20, Remaining: 25 });
    expect(await job(JobId, replicaA)).toMatchObject({ Changed: 20, Remaining: 25 });
    expect(await vod.run({ JobId }, replicaA)).toMatchObject({ Changed: 45, Remaining: 0 });
    // Done: a rerun on the other replica redoes nothing (not even the re-check).
    vod.calls = [];
    expect(await vod.run({ JobId }, replicaB)).toMatchObject({ Changed: 45, Remaining: 0 });
    expect(vod.calls).toEqual([]);
    expect([...vod.videos.values()].every((video) => video.Tags === 'a,shared')).toBe(true);
    expect(await readdir(vod.stateDir)).toEqual([]);
    expect(await readdir(otherDir)).toEqual([]);
  });

  it('a run on one replica refuses a second run on the other, which follows it with get_bulk_job', async () => {
    vod.seed(30);
    const { JobId } = await vod.plan({ Operation: 'SetCategory', CateId: 9 }, replicaA);
    let unblock!: () => void;
    const blocked = new Promise<void>((resolve) => (unblock = resolve));
    let started!: () => void;
    const firstCalled = new Promise<void>((resolve) => (started = resolve));
    let chunks = 0;
    vod.beforeCall = async (action) => {
      if (action !== 'GetVideoInfos' || ++chunks !== 2) return;
      started();
      await blocked;
    };
    const first = vod.run({ JobId }, replicaA);
    await firstCalled;
    vod.calls = [];
    await expect(vod.run({ JobId }, replicaB)).rejects.toThrow(/already running.*get_bulk_job/);
    await expect(runBulkMedia.preview!({ JobId }, replicaB)).rejects.toThrow(/already running/);
    expect(vod.calls).toEqual([]);
    // The first chunk's progress is saved and visible from the other replica while the run goes on.
    expect(await job(JobId, replicaB)).toMatchObject({ Running: true, Changed: 20, Remaining: 10, NextStep: expect.stringMatching(/in progress.*do not start another run/) });
    unblock();
    expect(await first).toMatchObject({ Changed: 30, Remaining: 0 });
    expect(await job(JobId, replicaB)).toMatchObject({ Running: false, Changed: 30, NextStep: expect.stringMatching(/^Done/) });
    expect(await store.get(`bulk:run:${JobId}`)).toBeUndefined();
  });

  it('a run that lost its lease stops before saving over another run', async () => {
    let now = 0;
    const clocked = new MemoryStore({ now: () => now });
    const a = contextWith(clocked, vod.stateDir);
    vod.seed(40);
    const { JobId } = await vod.plan({ Operation: 'AddTags', Tags: ['late'] }, a);
    vod.beforeCall = async (action) => {
      // The first chunk takes longer than the lease: another run takes the plan meanwhile.
      if (action === 'UpdateVideoInfos' && now === 0) {
        now = STALE_LOCK_MS + 1;
        expect(await clocked.acquireLease(`bulk:run:${JobId}`, 'another-run', STALE_LOCK_MS)).toBe(true);
      }
    };
    await expect(vod.run({ JobId }, a)).rejects.toThrow(/run lock of plan .* expired .* this run stopped/);
    expect(await clocked.get(`bulk:run:${JobId}`)).toBe('another-run');
    expect(await job(JobId, a)).toMatchObject({ Changed: 0, Remaining: 40, Running: true });
  });

  it('fails closed with a clear error when the store cannot be reached', async () => {
    vod.seed(5);
    const { JobId } = await vod.plan({ Operation: 'Delete' }, replicaA);
    const down = (method: keyof SharedStore) =>
      new Proxy(store, { get: (target, name, receiver) => (name === method ? async () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:6379')) : Reflect.get(target, name, receiver)) });
    vod.calls = [];
    await expect(vod.run({ JobId }, contextWith(down('get'), otherDir))).rejects.toThrow(/shared store \(Redis\) cannot be reached \(connect ECONNREFUSED .*\): the bulk plan .* cannot be read/);
    await expect(vod.run({ JobId }, contextWith(down('acquireLease'), otherDir))).rejects.toThrow(/the run lock of plan .* cannot be taken, so nothing was run/);
    await expect(vod.plan({ Operation: 'Delete' }, contextWith(down('put'), otherDir))).rejects.toThrow(/cannot be saved/);
    await expect(vod.run({ JobId }, contextWith(down('renewLease'), otherDir))).rejects.toThrow(/cannot be renewed, so the run stopped/);
    expect(vod.calls.filter((call) => call.action === 'DeleteVideo')).toEqual([]);
    expect(vod.videos.size).toBe(5);
    // The lease of the stopped run was released: with the store back, the plan runs.
    expect(await vod.run({ JobId }, replicaB)).toMatchObject({ Changed: 5 });
  });
});
