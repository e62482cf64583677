import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../src/client/index.js';
import { QpsThrottle } from '../../src/sandbox/throttle.js';

// The client's limiter against the sandbox's model of the service's flow control, on a simulated clock: calls reach
// the service with a varying delay (here 0 to 6 ms), so some arrive closer together than they were sent.

async function simulate(calls: number, qps: number, delayOf: (n: number) => number): Promise<number> {
  let now = 0;
  const limiter = new RateLimiter(
    () => qps,
    () => now,
    async (ms) => void (now += ms),
  );
  let arrival = 0;
  const service = new QpsThrottle(() => qps, () => arrival);
  let refused = 0;
  for (let n = 0; n < calls; n++) {
    await limiter.acquire('Action');
    arrival = now + delayOf(n);
    try {
      service.check('key', 'Action');
    } catch {
      refused++;
    }
    // One call at a time, as run_bulk_media makes them: the answer takes the delay plus 1 ms.
    now = arrival + 1;
  }
  return refused;
}

describe('RateLimiter against the service bucket', () => {
  it('keeps a long sequential run at 30 QPS free of refusals despite arrival jitter', async () => {
    const refused = await simulate(300, 30, (n) => (n % 3 === 0 ? 6 : 0));
    expect(refused).toBe(0);
  });

  it('never exceeds the limit and sustains most of it: 300 calls at 30 QPS take 9 to 12 simulated seconds', async () => {
    let now = 0;
    const limiter = new RateLimiter(
      () => 30,
      () => now,
      async (ms) => void (now += ms),
    );
    for (let n = 0; n < 300; n++) await limiter.acquire('Action');
    expect(now).toBeGreaterThanOrEqual(9_000);
    expect(now).toBeLessThan(12_000);
  });
});
