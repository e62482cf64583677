import { describe, expect, it } from 'vitest';
import type { TaskHost } from '../../../src/tools/define-tool.js';
import { DEFAULT_MAX_WAIT_MS, nextDelay, pollUntilDone, waitBoundMs, type Observation, type Timing } from '../../../src/tools/tasks/poll.js';

/** A clock that only moves when the poller sleeps (or a look takes time), so nothing here depends on real time. */
function fakeTiming(options: { lookMs?: number; onSleep?: (ms: number) => void } = {}) {
  let now = 1_000_000;
  const sleeps: number[] = [];
  const timing: Timing = {
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      options.onSleep?.(ms);
      now += ms;
    },
  };
  return { timing, sleeps, advance: (ms: number) => (now += ms) };
}

function statuses(...sequence: string[]): { observe: () => Promise<Observation<string>>; looks: () => number } {
  let index = 0;
  return {
    observe: async () => {
      const status = sequence[Math.min(index++, sequence.length - 1)]!;
      return { done: status === 'Normal', status, state: status };
    },
    looks: () => index,
  };
}

const host = (maxWaitMs: number): TaskHost => ({ files: 'local', allowedRoots: async () => [], stateDir: '/nonexistent', maxWaitMs });

describe('backoff and bounds', () => {
  it('doubles from 1 s to at most 10 s', () => {
    const delays: number[] = [];
    let delay: number | undefined;
    for (let i = 0; i < 7; i++) delays.push((delay = nextDelay(delay)));
    expect(delays).toEqual([1000, 2000, 4000, 8000, 10_000, 10_000, 10_000]);
  });

  it('takes the shorter of the server bound and MaxWaitSeconds', () => {
    expect(waitBoundMs(host(45_000), undefined)).toBe(45_000);
    expect(waitBoundMs(host(45_000), 1)).toBe(1000);
    expect(waitBoundMs(host(45_000), 600)).toBe(45_000);
    expect(waitBoundMs(host(2000), 0)).toBe(0);
    expect(waitBoundMs(undefined, undefined)).toBe(DEFAULT_MAX_WAIT_MS);
  });
});

describe('pollUntilDone', () => {
  it('stops at the first look that is done, after backoff pauses', async () => {
    const { timing, sleeps } = fakeTiming();
    const source = statuses('Uploading', 'UploadSucc', 'Transcoding', 'Normal');
    const result = await pollUntilDone(source.observe, { boundMs: 60_000, label: 'video v1', timing });
    expect(result).toMatchObject({ done: true, status: 'Normal', state: 'Normal', polls: 4, aborted: false, elapsedMs: 7000 });
    expect(sleeps).toEqual([1000, 2000, 4000]);
  });

  it('answers not done at the bound, the last pause shortened to end on it, with one look at the end', async () => {
    const { timing, sleeps } = fakeTiming();
    const source = statuses('Transcoding');
    const result = await pollUntilDone(source.observe, { boundMs: 5000, label: 'video v1', timing });
    expect(result).toMatchObject({ done: false, status: 'Transcoding', polls: 4, elapsedMs: 5000 });
    expect(sleeps).toEqual([1000, 2000, 2000]);
  });

  it('looks once with a bound of 0', async () => {
    const { timing, sleeps } = fakeTiming();
    const source = statuses('Transcoding');
    const result = await pollUntilDone(source.observe, { boundMs: 0, label: 'video v1', timing });
    expect(result).toMatchObject({ done: false, polls: 1 });
    expect(sleeps).toEqual([]);
  });

  it('counts the time looks take against the bound', async () => {
    const fake = fakeTiming();
    const source = statuses('Transcoding');
    const slow = async () => {
      fake.advance(3000);
      return source.observe();
    };
    const result = await pollUntilDone(slow, { boundMs: 5000, label: 'video v1', timing: fake.timing });
    expect(result.done).toBe(false);
    // look (3 s), pause 1 s, look (3 s): past the bound, no further pause.
    expect(fake.sleeps).toEqual([1000]);
    expect(result.polls).toBe(2);
  });

  it('reports progress with rising values, the bound as total, and status changes', async () => {
    const { timing } = fakeTiming();
    const source = statuses('Uploading', 'Uploading', 'Transcoding', 'Normal');
    const reports: [number, number | undefined, string | undefined][] = [];
    await pollUntilDone(source.observe, { boundMs: 60_000, label: 'video v1', timing, progress: (done, total, message) => reports.push([done, total, message]) });
    expect(reports.map(([done]) => done)).toEqual([0, 1, 3]);
    expect(reports.every(([, total]) => total === 60)).toBe(true);
    expect(reports[0]![2]).toBe('video v1: Uploading, 0 s waited');
    expect(reports[2]![2]).toBe('video v1: Uploading -> Transcoding after 3 s');
  });

  it('stops waiting when the call is cancelled, without another look', async () => {
    const controller = new AbortController();
    const { timing } = fakeTiming({ onSleep: () => controller.abort() });
    const source = statuses('Transcoding');
    const result = await pollUntilDone(source.observe, { boundMs: 60_000, label: 'video v1', timing, signal: controller.signal });
    expect(result).toMatchObject({ done: false, aborted: true, polls: 1 });
    expect(source.looks()).toBe(1);
  });
});
