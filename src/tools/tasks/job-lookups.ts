import { idListOf, listOf, str, type ApiParams, type ApiResponse, type VodApi } from '../../client/index.js';
import { isRunningStatus, num, percentOf, phaseOf, phaseOfAll, record, type JobLookup, type JobOutput, type JobPhase, type JobType, type JobView } from './job-view.js';
import { unlessNotFound } from './not-found.js';

/** How many outputs (streams, snapshot URLs, media, tasks) a result lists. */
export const MAX_OUTPUTS = 10;
/** CDN refresh calls answer several task IDs, comma-joined; that many are followed at once. */
export const MAX_REFRESH_TASKS = 10;

const read = (api: VodApi, action: string, params: ApiParams, signal: AbortSignal | undefined) => api.call(action, params, { idempotent: true, signal });
const NOT_FOUND: JobView = { phase: 'notFound' };

/** GetTranscodeTask by TranscodeTaskId (what submit_transcode_jobs answers), else by transcode job ID. */
function transcode(jobId: string): JobLookup {
  let byJobId = false;
  return async (api, signal) => {
    let answer: ApiResponse | undefined;
    if (!byJobId) {
      answer = await unlessNotFound(() => read(api, 'GetTranscodeTask', { TranscodeTaskId: jobId }, signal));
      if (!answer?.TranscodeTask) byJobId = true;
    }
    if (byJobId) answer = await unlessNotFound(() => read(api, 'GetTranscodeTask', { JobIds: jobId }, signal));
    if (!answer?.TranscodeTask) return NOT_FOUND;
    const task = record(answer.TranscodeTask);
    const jobs = listOf(task, 'TranscodeJobInfoList');
    const outputs: JobOutput[] = jobs.map((job) => {
      const file = record(job.OutputFile);
      return {
        JobId: str(job.TranscodeJobId),
        Definition: str(job.Definition),
        Status: str(job.TranscodeJobStatus),
        Progress: num(job.TranscodeProgress),
        Url: str(file.OutputFileUrl),
        Format: str(file.Format),
        Size: num(file.Filesize),
        Width: str(file.Width),
        Height: str(file.Height),
        ErrorCode: str(job.ErrorCode),
        ErrorMessage: str(job.ErrorMessage),
      };
    });
    const status = str(task.TaskStatus);
    const progress = outputs.length ? Math.round(outputs.reduce((sum, job) => sum + (job.Progress ?? 0), 0) / outputs.length) : undefined;
    const failedJob = outputs.find((job) => job.ErrorCode);
    return {
      phase: transcodePhase(status, outputs),
      Status: status,
      Progress: progress,
      VideoId: str(task.VideoId),
      CreationTime: str(task.CreationTime),
      CompleteTime: str(task.CompleteTime),
      ErrorCode: failedJob?.ErrorCode,
      ErrorMessage: failedJob?.ErrorMessage,
      Outputs: outputs,
    };
  };
}

/** TaskStatus: Processing, Partial (some jobs done), CompleteAllSucc, CompleteAllFail, CompletePartialSucc. */
function transcodePhase(status: string | undefined, jobs: readonly JobOutput[]): JobPhase {
  switch (status) {
    case 'CompleteAllSucc':
      return 'succeeded';
    case 'CompleteAllFail':
      return 'failed';
    case 'CompletePartialSucc':
      return 'partlySucceeded';
    default:
      return isRunningStatus(status) || status === undefined ? (jobs.length ? phaseOfAll(jobs.map((job) => job.Status)) : 'running') : phaseOf(status);
  }
}

/** GetJobDetail (snapshot), then the job's snapshot URLs from ListSnapshots once it succeeded. */
function snapshot(jobId: string): JobLookup {
  return async (api, signal) => {
    const answer = await unlessNotFound(() => read(api, 'GetJobDetail', { JobId: jobId, JobType: 'snapshot' }, signal));
    if (!answer?.SnapshotJobDetail) return NOT_FOUND;
    const job = record(answer.SnapshotJobDetail);
    const status = str(job.Status);
    const videoId = str(job.VideoId);
    const subType = job.SpriteConfig ? 'SpriteSnapshot' : 'NormalSnapshot';
    const view: JobView = { phase: phaseOf(status), Status: status, VideoId: videoId, SubType: subType, CreationTime: str(job.CreateTime), CompleteTime: str(job.CompleteTime) };
    if (view.phase !== 'succeeded' || !videoId) return view;
    // The latest snapshots of the video; they are this job's only if ListSnapshots names it.
    const listed = await unlessNotFound(() => read(api, 'ListSnapshots', { VideoId: videoId, SnapshotType: subType, PageSize: String(MAX_OUTPUTS) }, signal)).catch(() => undefined);
    const media = record(listed?.MediaSnapshot);
    if (str(media.JobId) !== jobId) return view;
    const urls = listOf(media, 'Snapshots').map((item) => ({ Url: str(item.Url) }));
    return { ...view, Outputs: urls, OutputsTotal: num(media.Total) };
  };
}

/** ListAIJob: video tags, media fingerprints (DNA), and the other AI jobs SubmitAIJob starts. */
function ai(jobId: string): JobLookup {
  return async (api, signal) => {
    const answer = await read(api, 'ListAIJob', { JobIds: jobId }, signal);
    const job = listOf(answer, 'AIJobList').find((item) => item.JobId === jobId);
    if (!job) return NOT_FOUND;
    const status = str(job.Status);
    const phase = phaseOf(status);
    return {
      phase,
      Status: status,
      SubType: str(job.Type),
      VideoId: str(job.MediaId),
      CreationTime: str(job.CreationTime),
      CompleteTime: str(job.CompleteTime),
      ...(phase === 'failed' ? { ErrorCode: str(job.Code), ErrorMessage: str(job.Message) } : {}),
    };
  };
}

/** GetAIMediaAuditJob; the verdict summary comes with the finished job. */
function aiMediaAudit(jobId: string): JobLookup {
  return async (api, signal) => {
    const answer = await unlessNotFound(() => read(api, 'GetAIMediaAuditJob', { JobId: jobId }, signal));
    if (!answer?.MediaAuditJob) return NOT_FOUND;
    const job = record(answer.MediaAuditJob);
    const data = record(job.Data);
    const status = str(job.Status);
    const phase = phaseOf(status);
    return {
      phase,
      Status: status,
      MediaId: str(job.MediaId),
      CreationTime: str(job.CreationTime),
      CompleteTime: str(job.CompleteTime),
      Suggestion: str(data.Suggestion),
      Label: str(data.Label),
      ...(phase === 'failed' ? { ErrorCode: str(job.Code), ErrorMessage: str(job.Message) } : {}),
    };
  };
}

/** GetURLUploadInfos: PENDING, DOWNLOADING, UPLOADING... then SUCCESS, DOWNLOAD_FAIL, UPLOAD_FAIL. */
function urlUpload(jobId: string): JobLookup {
  return async (api, signal) => {
    const answer = await read(api, 'GetURLUploadInfos', { JobIds: jobId }, signal);
    const job = listOf(answer, 'URLUploadInfoList').find((item) => item.JobId === jobId);
    if (!job || idListOf(answer, 'NonExists').includes(jobId)) return NOT_FOUND;
    const status = str(job.Status);
    const videoId = str(job.MediaId) || undefined;
    return {
      phase: phaseOf(status),
      Status: status,
      VideoId: videoId,
      CreationTime: str(job.CreationTime),
      CompleteTime: str(job.CompleteTime),
      ErrorCode: str(job.ErrorCode) || undefined,
      ErrorMessage: str(job.ErrorMessage) || undefined,
      Outputs: [{ VideoId: videoId, Url: str(job.UploadURL), Size: num(job.FileSize) }],
    };
  };
}

/** DescribeVodRefreshTasks per task ID (a refresh or preload call may answer several, comma-joined). */
function cdnRefresh(jobId: string): JobLookup {
  const taskIds = [...new Set(jobId.split(',').map((id) => id.trim()).filter(Boolean))].slice(0, MAX_REFRESH_TASKS);
  return async (api, signal) => {
    const tasks: JobOutput[] = [];
    for (const taskId of taskIds) {
      const answer = await read(api, 'DescribeVodRefreshTasks', { TaskId: taskId }, signal);
      const task = listOf(answer, 'Tasks').find((item) => str(item.TaskId) === taskId);
      tasks.push(
        task
          ? { TaskId: taskId, Status: str(task.Status), Progress: percentOf(task.Process), Url: str(task.ObjectPath), ErrorMessage: str(task.Description) }
          : { TaskId: taskId, Status: 'NotFound' },
      );
    }
    if (tasks.every((task) => task.Status === 'NotFound')) return NOT_FOUND;
    const phase = phaseOfAll(tasks.map((task) => (task.Status === 'NotFound' ? undefined : task.Status)));
    const progress = Math.round(tasks.reduce((sum, task) => sum + (task.Progress ?? 0), 0) / tasks.length);
    return { phase, Status: tasks.length === 1 ? tasks[0]!.Status : summaryOf(tasks), Progress: progress, Outputs: tasks, OutputsTotal: tasks.length };
  };
}

/** GetMediaRefreshJobs: one item per media; each item names the CDN tasks it started (TaskIds). */
function mediaRefresh(jobId: string): JobLookup {
  return async (api, signal) => {
    const answer = await unlessNotFound(() => read(api, 'GetMediaRefreshJobs', { MediaRefreshJobId: jobId }, signal));
    const items = listOf(answer, 'MediaRefreshJobs');
    if (!items.length) return NOT_FOUND;
    const outputs: JobOutput[] = items.map((item) => ({
      VideoId: str(item.MediaId),
      Status: str(item.Status),
      TaskIds: str(item.TaskIds) || undefined,
      ErrorCode: str(item.ErrorCode) || undefined,
      ErrorMessage: str(item.ErrorMessage) || undefined,
    }));
    const failed = outputs.find((item) => item.ErrorCode);
    return {
      phase: phaseOfAll(outputs.map((item) => item.Status)),
      Status: outputs.length === 1 ? outputs[0]!.Status : summaryOf(outputs),
      SubType: str(items[0]!.TaskType),
      CreationTime: str(items[0]!.GmtCreate),
      ErrorCode: failed?.ErrorCode,
      ErrorMessage: failed?.ErrorMessage,
      Outputs: outputs,
    };
  };
}

/** GetJobDetail (workflow): Processing, then Succeed or Failed. */
function workflow(jobId: string): JobLookup {
  return async (api, signal) => {
    const answer = await unlessNotFound(() => read(api, 'GetJobDetail', { JobId: jobId, JobType: 'workflow' }, signal));
    if (!answer?.WorkflowTaskDetail) return NOT_FOUND;
    const task = record(answer.WorkflowTaskDetail);
    const status = str(task.Status);
    const input = (() => {
      try {
        return record(JSON.parse(str(task.TaskInput) ?? '{}'));
      } catch {
        return {};
      }
    })();
    return { phase: phaseOf(status), Status: status, VideoId: str(input.Media), CreationTime: str(task.CreateTime), CompleteTime: str(task.FinishTime) };
  };
}

/** "2 Complete, 1 Refreshing". */
function summaryOf(items: readonly JobOutput[]): string {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item.Status ?? 'Unknown', (counts.get(item.Status ?? 'Unknown') ?? 0) + 1);
  return [...counts].map(([status, count]) => `${count} ${status}`).join(', ');
}

export const JOB_LOOKUPS: Record<JobType, (jobId: string) => JobLookup> = {
  Transcode: transcode,
  Snapshot: snapshot,
  AI: ai,
  AIMediaAudit: aiMediaAudit,
  URLUpload: urlUpload,
  CDNRefresh: cdnRefresh,
  MediaRefresh: mediaRefresh,
  Workflow: workflow,
};
