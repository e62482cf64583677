import type { SandboxEnv } from '../../action-context.js';
import { mediaProgress } from '../../oss/upload-store.js';
import { completeUpload, createVideo, mediaFacts } from '../../state/media-lifecycle.js';
import { attachPulledStream, type StreamTarget } from './stream-pull.js';
import { extensionOf, MEDIA_EXTENSIONS } from './upload-rules.js';

/** Appendix "Status: URL上传任务状态", plus CANCELED for jobs cancelled while queued. */
export type UrlUploadStatus = 'PENDING' | 'DOWNLOADING' | 'DOWNLOAD_FAIL' | 'UPLOADING' | 'UPLOAD_FAIL' | 'SUCCESS' | 'CANCELED';

export interface UrlUploadJob {
  JobId: string;
  UploadURL: string;
  Status: UrlUploadStatus;
  CreationTime: string;
  CompleteTime?: string;
  MediaId?: string;
  FileSize?: number;
  UserData?: string;
  ErrorCode?: string;
  ErrorMessage?: string;
  Title: string;
  Description?: string;
  Tags?: string;
  CateId?: number;
  CoverURL?: string;
  FileExtension?: string;
  TemplateGroupId?: string;
  WorkflowId?: string;
  AppId?: string;
  StorageLocation?: string;
  /** An UploadStreamByURL job: the stream it adds to the video MediaId (instead of a new video). */
  Stream?: StreamTarget;
}

/** Simulation-clock seconds spent queued, downloading and storing a pulled file. */
export const URL_QUEUE_SECONDS = 2;
export const URL_DOWNLOAD_SECONDS = 5;
export const URL_STORE_SECONDS = 3;

export function urlUploadJobs(env: SandboxEnv): Record<string, UrlUploadJob> {
  return env.state.slice<{ jobs: Record<string, UrlUploadJob> }>('urlUpload', () => ({ jobs: {} })).jobs;
}

/** Why a pull would fail: not http(s), a host that cannot resolve, a 404 path, an unsupported extension. */
function downloadFailure(job: UrlUploadJob): { code: string; message: string } | undefined {
  let url: URL;
  try {
    url = new URL(job.UploadURL);
  } catch {
    return { code: 'InvalidURL', message: 'The source URL is not valid.' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { code: 'InvalidURL', message: `Unsupported protocol ${url.protocol.replace(':', '')}; use http or https.` };
  if (/(^|\.)(invalid|localhost|unreachable)$/i.test(url.hostname) || url.hostname.includes('unreachable')) {
    return { code: 'DownloadFailed', message: `Could not resolve host ${url.hostname}.` };
  }
  if (decodeURIComponent(url.pathname).includes('404')) return { code: 'DownloadFailed', message: 'The source URL answered HTTP 404 Not Found.' };
  const extension = job.FileExtension?.toLowerCase() ?? extensionOf(decodeURIComponent(url.pathname));
  if (!extension || !MEDIA_EXTENSIONS.has(extension)) return { code: 'InvalidFileExtension', message: 'The file extension is missing or not supported; set FileExtension in UploadMetadatas.' };
  return undefined;
}

function finish(env: SandboxEnv, job: UrlUploadJob, status: UrlUploadStatus, error?: { code: string; message: string }): void {
  job.Status = status;
  job.CompleteTime = env.clock.nowIso();
  if (error) {
    job.ErrorCode = error.code;
    job.ErrorMessage = error.message;
  }
  env.events.emit({
    EventType: 'UploadByURLComplete',
    EventTime: job.CompleteTime,
    JobId: job.JobId,
    SourceURL: job.UploadURL,
    Status: error ? 'fail' : 'success',
    ...(job.MediaId ? { VideoId: job.MediaId } : {}),
    ...(job.FileSize !== undefined ? { Size: job.FileSize } : {}),
    ...(error ? { ErrorCode: error.code, ErrorMessage: error.message } : {}),
    ...(job.UserData ? { Extend: job.UserData } : {}),
    ...(job.Stream ? { FileType: 'Stream', ...(error ? {} : { StreamFileURL: job.Stream.FileURL }) } : {}),
  });
}

/** Runs the job's next step when its time comes; each step checks the status it expects, so re-scheduling is harmless. */
export function scheduleUrlJob(env: SandboxEnv, jobId: string): void {
  const job = urlUploadJobs(env)[jobId];
  if (!job) return;
  const step = (delaySeconds: number, expected: UrlUploadStatus, run: (current: UrlUploadJob) => void) =>
    env.clock.schedule(delaySeconds * 1000, () => {
      const current = urlUploadJobs(env)[jobId];
      if (current?.Status === expected) run(current);
    });
  if (job.Status === 'PENDING') {
    step(URL_QUEUE_SECONDS, 'PENDING', (current) => {
      current.Status = 'DOWNLOADING';
      scheduleUrlJob(env, jobId);
    });
  } else if (job.Status === 'DOWNLOADING') {
    step(URL_DOWNLOAD_SECONDS, 'DOWNLOADING', (current) => {
      const failure = downloadFailure(current);
      if (failure) return finish(env, current, 'DOWNLOAD_FAIL', failure);
      if (current.Stream) current.Status = 'UPLOADING';
      else storeDownloadedFile(env, current);
      scheduleUrlJob(env, jobId);
    });
  } else if (job.Status === 'UPLOADING') {
    step(URL_STORE_SECONDS, 'UPLOADING', (current) => {
      const video = current.MediaId ? env.state.data.videos[current.MediaId] : undefined;
      if (!video || (current.Stream && video.DeletedAt)) return finish(env, current, 'UPLOAD_FAIL', { code: 'InvalidVideo.NotFound', message: 'The video was deleted during upload.' });
      if (current.Stream) attachPulledStream(env, video, current.JobId, current.Stream, current.FileSize);
      else completeUpload(env, video, current.FileSize);
      finish(env, current, 'SUCCESS');
    });
  }
}

/** The file is downloaded: the video record appears (Uploading) while it is stored. */
function storeDownloadedFile(env: SandboxEnv, job: UrlUploadJob): void {
  const path = decodeURIComponent(new URL(job.UploadURL).pathname);
  const baseName = path.split('/').pop() || 'url-upload';
  const fileName = job.FileExtension && extensionOf(baseName) !== job.FileExtension.toLowerCase() ? `${baseName}.${job.FileExtension}` : baseName;
  const video = createVideo(env, {
    Title: job.Title,
    FileName: fileName,
    Description: job.Description,
    Tags: job.Tags,
    CateId: job.CateId,
    CoverURL: job.CoverURL,
    TemplateGroupId: job.TemplateGroupId,
    WorkflowId: job.WorkflowId,
    AppId: job.AppId,
    UserData: job.UserData,
    StorageLocation: job.StorageLocation,
    UploadSource: 'UploadByURL',
  });
  job.MediaId = video.VideoId;
  job.FileSize ??= mediaFacts(video.VideoId).size;
  const progress = mediaProgress(env, video.VideoId);
  progress.FileSize = job.FileSize;
  job.Status = 'UPLOADING';
}
