import { listOf, str } from '../../client/index.js';
import type { ToolContext } from '../define-tool.js';
import { uploadMediaByUrl } from '../upload/upload-media-by-url.js';
import { JOB_LOOKUPS } from './job-lookups.js';
import type { JobView } from './job-view.js';
import { pollUntilDone, waitBoundMs } from './poll.js';
import { TaskError } from './task-error.js';
import type { UploadMediaArgs, UploadMediaResult } from './upload-media-schema.js';
import { defaultTitle } from './upload-single.js';

function urlFileName(url: string): string {
  const path = new URL(url).pathname;
  const last = path.split('/').pop() ?? '';
  try {
    return decodeURIComponent(last) || url;
  } catch {
    return last || url;
  }
}

/** UploadMediaByURL's arguments for one URL, checked by that tool's own schema, so they serialize exactly as it does. */
function pullArguments(url: string, args: UploadMediaArgs, fileName: string) {
  const { Title, Description, Tags, CateId, TemplateGroupId, WorkflowId, StorageLocation, UserData, AppId } = args;
  const needsMetadata = Title !== undefined || Description !== undefined || Tags !== undefined || CateId !== undefined;
  const metadata = needsMetadata ? [{ SourceURL: url, Title: Title ?? defaultTitle(fileName), Description, Tags: Tags?.join(','), CateId }] : undefined;
  const parsed = uploadMediaByUrl.input.safeParse({ UploadURLs: [url], UploadMetadatas: metadata, TemplateGroupId, WorkflowId, StorageLocation, UserData, AppId });
  if (!parsed.success) throw new TaskError(`these arguments do not suit an upload from a URL: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  return uploadMediaByUrl.toParams(parsed.data);
}

/**
 * SourceURL mode: VOD pulls the file (UploadMediaByURL); this waits for the job (GetURLUploadInfos, the lookup
 * wait_for_job uses) up to the server's wait bound, then answers Uploaded, or Pulling with the JobId to wait on.
 */
export async function uploadFromUrl(url: string, args: UploadMediaArgs, context: ToolContext): Promise<UploadMediaResult> {
  const fileName = urlFileName(url);
  const answer = await context.api.call('UploadMediaByURL', pullArguments(url, args, fileName), { idempotent: false, signal: context.signal });
  const jobId = str(listOf(answer, 'UploadJobs')[0]?.JobId);
  if (!jobId) throw new TaskError('UploadMediaByURL answered no JobId: check get_url_upload_infos with UploadURLs [SourceURL] before trying again, the job may exist');
  const lookUp = JOB_LOOKUPS.URLUpload(jobId);
  const waited = await pollUntilDone(
    async () => {
      const view = await lookUp(context.api, context.signal);
      // Not found yet right after the submission: keep looking until the bound.
      return { done: view.phase !== 'running' && view.phase !== 'notFound', status: view.Status ?? 'PENDING', state: view };
    },
    { boundMs: waitBoundMs(context.host, undefined), label: `URL upload job ${jobId}`, signal: context.signal, progress: context.progress },
  );
  const view: JobView = waited.state;
  if (view.phase === 'failed') {
    throw new TaskError(
      `the URL upload job ${jobId} failed${view.ErrorCode ? ` (${view.ErrorCode}${view.ErrorMessage ? `: ${view.ErrorMessage}` : ''})` : ''}: ` +
        'check that SourceURL is public and names a supported audio/video file (get_url_upload_infos shows the job), then call upload_media with the corrected URL',
    );
  }
  const common = { MediaType: 'video' as const, ...(view.VideoId ? { VideoId: view.VideoId } : {}), FileName: fileName, Method: 'url' as const, JobId: jobId };
  if (waited.done) {
    return {
      ...common,
      Status: 'Uploaded',
      NextStep: view.VideoId ? `Call wait_for_media with VideoId ${view.VideoId} to wait until it is transcoded and playable (Normal).` : `Call wait_for_job with JobType URLUpload and JobId ${jobId} for the VideoId.`,
    };
  }
  return {
    ...common,
    Status: 'Pulling',
    NextStep:
      `VOD is still pulling the file (${view.Status ?? 'PENDING'}): call wait_for_job with JobType URLUpload and JobId ${jobId}. ` +
      'Calling upload_media again is NOT right: it would create a second record.',
  };
}
