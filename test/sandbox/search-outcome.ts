import { SandboxClock } from '../../src/sandbox/clock.js';
import { SandboxError } from '../../src/sandbox/errors.js';
import type { Sandbox } from '../../src/sandbox/index.js';
import { searchMediaAnswer, type SearchStrategy } from '../../src/sandbox/actions/media/search-media.js';
import type { SearchMediaParams } from '../../src/search/index.js';

export type SearchOutcome = { answer: Record<string, unknown> } | { error: [string, string] };

/**
 * SearchMedia answered by one strategy (index or scan), or the sandbox error it raised. The clock is stopped at
 * `stoppedAt`, so both strategies issue the very same ScrollToken (it carries its issue time).
 */
export function searchOutcome(sandbox: Sandbox, stoppedAt: number, params: SearchMediaParams, strategy: SearchStrategy): SearchOutcome {
  const env = { state: sandbox.state, events: sandbox.events, baseUrl: sandbox.baseUrl, region: sandbox.region, clock: new SandboxClock(() => stoppedAt) };
  try {
    return { answer: searchMediaAnswer(env, params, strategy) };
  } catch (error) {
    if (error instanceof SandboxError) return { error: [error.code, error.message] };
    throw error;
  }
}
