/**
 * The simulation clock: wall time plus an offset that tests move forward, so asynchronous jobs
 * complete without sleeping. The gateway's Timestamp check uses the wall clock, not this one.
 */
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

  advance(ms: number): void {
    this.offsetMs += ms;
    this.settle();
  }

  /** Runs due timers in time order; timers scheduled by timers run too if they are due. */
  settle(): number {
    let ran = 0;
    for (;;) {
      const now = this.now();
      let next = -1;
      for (let i = 0; i < this.timers.length; i++) {
        const timer = this.timers[i]!;
        if (timer.at <= now && (next < 0 || timer.at < this.timers[next]!.at || (timer.at === this.timers[next]!.at && timer.seq < this.timers[next]!.seq))) next = i;
      }
      if (next < 0) return ran;
      const [timer] = this.timers.splice(next, 1);
      timer!.run();
      ran++;
    }
  }

  pending(): number {
    return this.timers.length;
  }
}

export function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
