/**
 * The simulation clock: wall time plus an offset that tests move forward, so asynchronous jobs
 * complete without sleeping. The gateway's Timestamp check uses the wall clock, not this one.
 */
/** One advance moves at most ten years; the clock as a whole stays within a century of the wall clock. */
export const MAX_ADVANCE_SECONDS = 10 * 366 * 24 * 3600;
const MAX_OFFSET_MS = 100 * 366 * 24 * 3600 * 1000;

export class SandboxClock {
  private offsetMs = 0;
  private readonly timers: { at: number; seq: number; run: () => void }[] = [];
  private seq = 0;

  constructor(private readonly wallClock: () => number = Date.now) {}

  now(): number {
    return this.wallClock() + this.offsetMs;
  }

  nowIso(): string {
    return isoSeconds(this.now());
  }

  /** Runs `run` once the simulation time reaches now + delayMs (checked on every request and advance). */
  schedule(delayMs: number, run: () => void): void {
    this.timers.push({ at: this.now() + delayMs, seq: this.seq++, run });
  }

  /** Moves time forward, running due timers at their own due time (so timers they schedule are timed from then). */
  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0 || ms > MAX_ADVANCE_SECONDS * 1000) {
      throw new RangeError(`the clock advances by 0 to ${MAX_ADVANCE_SECONDS} seconds (ten years) at a time, not ${ms / 1000}`);
    }
    if (this.offsetMs + ms > MAX_OFFSET_MS) throw new RangeError('the clock stays within 100 years of the wall clock; reset the sandbox to start over');
    const target = this.now() + ms;
    for (let next = this.nextDue(target); next; next = this.nextDue(target)) {
      if (next.at > this.now()) this.offsetMs += next.at - this.now();
      this.timers.splice(this.timers.indexOf(next), 1);
      next.run();
    }
    if (target > this.now()) this.offsetMs += target - this.now();
  }

  /** Runs timers that are due now, in time order (including ones they schedule that are also due). */
  settle(): number {
    let ran = 0;
    for (let next = this.nextDue(this.now()); next; next = this.nextDue(this.now())) {
      this.timers.splice(this.timers.indexOf(next), 1);
      next.run();
      ran++;
    }
    return ran;
  }

  private nextDue(limit: number): { at: number; seq: number; run: () => void } | undefined {
    let best: { at: number; seq: number; run: () => void } | undefined;
    for (const timer of this.timers) {
      if (timer.at > limit) continue;
      if (!best || timer.at < best.at || (timer.at === best.at && timer.seq < best.seq)) best = timer;
    }
    return best;
  }

  /** Continues from a saved simulation time (a restored state; nothing is scheduled yet). */
  restore(savedMs: number): void {
    if (Number.isFinite(savedMs)) this.offsetMs = Math.min(MAX_OFFSET_MS, Math.max(0, savedMs - this.wallClock()));
  }

  /** Back to the wall clock with nothing scheduled (a sandbox reset). */
  reset(): void {
    this.offsetMs = 0;
    this.timers.length = 0;
  }

  pending(): number {
    return this.timers.length;
  }
}

export function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
