import type { SandboxEnv } from '../../action-context.js';
import { urlUploadJobs } from './url-upload-jobs.js';

/** Demo: a URL pull that failed (the source answered 404) and one cancelled while queued; neither created a video. */
export function seedUploadDemo(env: SandboxEnv): void {
  const jobs = urlUploadJobs(env);
  const now = env.clock.nowIso();
  const failedId = env.state.nextId('urlUploadJob');
  jobs[failedId] = {
    JobId: failedId,
    UploadURL: 'https://media.example.com/archive/404-launch-teaser.mp4',
    Status: 'DOWNLOAD_FAIL',
    CreationTime: now,
    CompleteTime: now,
    Title: 'Launch teaser (archive)',
    ErrorCode: 'DownloadFailed',
    ErrorMessage: 'The source URL answered HTTP 404 Not Found.',
  };
  const canceledId = env.state.nextId('urlUploadJob');
  jobs[canceledId] = {
    JobId: canceledId,
    UploadURL: 'https://media.example.com/raw/interview-take-2.mov',
    Status: 'CANCELED',
    CreationTime: now,
    CompleteTime: now,
    Title: 'Interview take 2',
  };
}
