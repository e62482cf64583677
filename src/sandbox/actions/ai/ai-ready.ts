import type { SandboxEnv } from '../../action-context.js';
import { completeAIImageJob } from './ai-image-lifecycle.js';
import { completeAIJob } from './ai-job-lifecycle.js';
import { seedAIDemoJobs } from './ai-seed.js';
import { aiSlice, type AISlice } from './ai-state.js';

/**
 * The AI tables, brought up to date: demo jobs created once the demo catalog exists, and jobs past their due
 * time finished (their clock timers are lost when the state is restored from a file).
 */
export function aiReady(env: SandboxEnv): AISlice {
  const slice = aiSlice(env);
  if (slice.demoPending) {
    slice.demoPending = false;
    seedAIDemoJobs(env, slice);
  }
  const now = env.clock.now();
  for (const job of Object.values(slice.jobs)) if (job.Status === 'processing' && job.DueAt <= now) completeAIJob(env, job.JobId);
  for (const job of Object.values(slice.imageJobs)) if (job.Status === 'processing' && job.DueAt <= now) completeAIImageJob(env, job.JobId);
  return slice;
}
