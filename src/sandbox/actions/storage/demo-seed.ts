import type { SandboxEnv } from '../../action-context.js';
import { settleClass } from './storage-state.js';

/** The demo's old podcast episode lives in Archive storage: restore it (RestoreMedia) before it plays. */
export function seedStorageDemo(env: SandboxEnv): void {
  const podcast = Object.values(env.state.data.videos).find((video) => video.Title === 'Podcast episode 12');
  if (podcast) settleClass(env, podcast, 'Archive', env.clock.now());
}
