import type { SandboxEnv } from '../../action-context.js';
import { refreshUploadProgress } from '../../oss/upload-progress.js';
import { mediaProgress, uploadSlice, type UploadedPart } from '../../oss/upload-store.js';
import { hexId } from '../../state/sandbox-state.js';
import { videoUploadTarget } from './upload-credentials-view.js';
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

const PART_BYTES = 5 * 1024 * 1024;

/** Demo: the "Upload in progress" video has a multipart upload with two of its five parts received. */
export function seedMultipartDemo(env: SandboxEnv): void {
  const video = Object.values(env.state.data.videos).find((record) => record.Status === 'Uploading');
  if (!video) return;
  const now = env.clock.nowIso();
  const part = (n: number): UploadedPart => ({ PartNumber: n, ETag: hexId(`demo-part:${video.VideoId}:${n}`).toUpperCase(), Size: PART_BYTES, LastModified: now });
  const uploadId = hexId(`demo-multipart:${video.VideoId}`).toUpperCase();
  uploadSlice(env).multipart[uploadId] = { ...videoUploadTarget(env, video), UploadId: uploadId, Initiated: now, Parts: { '1': part(1), '2': part(2) } };
  mediaProgress(env, video.VideoId).FileSize = 5 * PART_BYTES;
  refreshUploadProgress(env, video.VideoId);
}
