import type { SandboxEnv } from '../../action-context.js';
import { TRANSCODE_SECONDS } from '../../state/media-lifecycle.js';
import { completeDynamicImage, DYNAMIC_IMAGE_SECONDS } from './submit-dynamic-image.js';
import { completeSnapshot, SNAPSHOT_SECONDS } from './submit-snapshot.js';
import { finishPreprocess, finishWorkflow } from './submit-transcode.js';
import { tables } from './tables.js';

/** After a restore, finishes this family's jobs at their original due times (the shared lifecycle resumes transcodes first). */
export function resumeProcessingJobs(env: SandboxEnv): void {
  const now = env.clock.now();
  const at = (created: string, seconds: number) => Math.max(0, Date.parse(created) + seconds * 1000 - now);
  for (const job of Object.values(env.state.data.snapshotJobs)) {
    if (job.Status === 'Processing') env.clock.schedule(at(job.CreationTime, SNAPSHOT_SECONDS), () => completeSnapshot(env, job));
  }
  for (const image of Object.values(env.state.data.dynamicImages)) {
    // Whether it was to become the cover is not part of the saved record: a resumed job leaves the cover alone.
    if (image.Status === 'Processing') env.clock.schedule(at(image.CreationTime, DYNAMIC_IMAGE_SECONDS), () => completeDynamicImage(env, image, false));
  }
  const { preprocessJobs, workflowJobs } = tables(env);
  for (const job of Object.values(preprocessJobs)) {
    if (job.Status === 'Preprocessing') env.clock.schedule(at(job.CreationTime, TRANSCODE_SECONDS), () => finishPreprocess(env, job));
  }
  for (const job of Object.values(workflowJobs)) {
    if (job.Status === 'Processing') env.clock.schedule(at(job.CreationTime, job.TranscodeTaskId ? TRANSCODE_SECONDS : 1), () => finishWorkflow(env, job));
  }
}
