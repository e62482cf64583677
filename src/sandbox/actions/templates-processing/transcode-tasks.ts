import type { ActionContext, ActionHandler } from '../../action-context.js';
import { invalidParameter } from '../../errors.js';
import type { PlayStream, TranscodeJobRecord, TranscodeTaskRecord } from '../../state/records.js';
import { compact, noSuchResource, page } from './common.js';

function tasksOf(context: ActionContext, videoId: string): TranscodeTaskRecord[] {
  return Object.values(context.state.data.transcodeTasks).filter((task) => task.VideoId === videoId);
}

function streamOf(context: ActionContext, task: TranscodeTaskRecord, job: TranscodeJobRecord): PlayStream | undefined {
  return context.state.data.videos[task.VideoId]?.Streams.find((stream) => stream.JobId === job.TranscodeJobId);
}

/** What a finished job produced, in GetTranscodeSummary/GetTranscodeTask field names. */
function output(stream: PlayStream | undefined) {
  if (!stream) return {};
  return {
    Width: String(stream.Width),
    Height: String(stream.Height),
    Bitrate: stream.Bitrate,
    Fps: stream.Fps,
    Duration: stream.Duration,
    Filesize: stream.Size,
    Format: stream.Format,
    Encryption: stream.EncryptType ? JSON.stringify({ EncryptType: stream.EncryptType }) : '{}',
  };
}

const jobBase = (job: TranscodeJobRecord) =>
  compact({
    TranscodeTemplateId: job.TranscodeTemplateId,
    Definition: job.Definition,
    TranscodeJobStatus: job.TranscodeJobStatus,
    TranscodeProgress: job.TranscodeProgress,
    CreationTime: job.CreationTime,
    CompleteTime: job.CompleteTime,
    ErrorCode: job.ErrorCode,
    ErrorMessage: job.ErrorMessage,
  });

const taskBase = (task: TranscodeTaskRecord) =>
  compact({
    TranscodeTaskId: task.TranscodeTaskId,
    VideoId: task.VideoId,
    TaskStatus: task.TaskStatus,
    Trigger: task.Trigger,
    TranscodeTemplateGroupId: task.TranscodeTemplateGroupId,
    CreationTime: task.CreationTime,
    CompleteTime: task.CompleteTime,
  });

export const getTranscodeSummary: ActionHandler = (context) => {
  const ids = context.list('VideoIds', { required: true, max: 10 }).map((id) => id.replace(/^"|"$/g, ''));
  const missing = ids.filter((id) => !context.state.data.videos[id]);
  const summaries = ids.flatMap((id) => {
    const task = tasksOf(context, id).at(-1);
    if (!context.state.data.videos[id] || !task) return [];
    return [
      compact({
        VideoId: id,
        TranscodeStatus: task.TaskStatus,
        TranscodeTemplateGroupId: task.TranscodeTemplateGroupId,
        CreationTime: task.CreationTime,
        CompleteTime: task.CompleteTime,
        TranscodeJobInfoSummaryList: task.TranscodeJobInfoList.map((job) => ({ ...jobBase(job), ...output(streamOf(context, task, job)) })),
      }),
    ];
  });
  return { TranscodeSummaryList: summaries, NonExistVideoIds: missing };
};

export const listTranscodeTask: ActionHandler = (context) => {
  const videoId = context.required('VideoId');
  const start = context.time('StartTime');
  const end = context.time('EndTime');
  if (start !== undefined && end !== undefined && end <= start) throw invalidParameter('EndTime', 'It must be later than StartTime.');
  const pageNo = context.int('PageNo', { min: 1, default: 1 })!;
  const pageSize = context.int('PageSize', { min: 1, max: 50, default: 10 })!;
  const tasks = tasksOf(context, videoId)
    .filter((task) => {
      const created = Date.parse(task.CreationTime);
      return (start === undefined || created >= start) && (end === undefined || created <= end);
    })
    .reverse();
  return { TranscodeTaskList: page(tasks, pageNo, pageSize).map(taskBase) };
};

/**
 * The task named by TranscodeTaskId, or (the metadata's newer JobIds, up to 10) the task of the first job found,
 * with only the named jobs.
 */
function requestedTask(context: ActionContext): { task: TranscodeTaskRecord; jobs: TranscodeJobRecord[] } {
  const jobIds = context.list('JobIds', { max: 10 });
  if (jobIds.length === 0) {
    const task = context.state.data.transcodeTasks[context.required('TranscodeTaskId')];
    if (!task) throw noSuchResource(context, 'TranscodeTask');
    return { task, jobs: task.TranscodeJobInfoList };
  }
  if (context.str('TranscodeTaskId') !== undefined) throw invalidParameter('JobIds', 'Give TranscodeTaskId or JobIds, not both.');
  const task = Object.values(context.state.data.transcodeTasks).find((candidate) => candidate.TranscodeJobInfoList.some((job) => jobIds.includes(job.TranscodeJobId)));
  if (!task) throw noSuchResource(context, 'TranscodeTask');
  return { task, jobs: task.TranscodeJobInfoList.filter((job) => jobIds.includes(job.TranscodeJobId)) };
}

export const getTranscodeTask: ActionHandler = (context) => {
  const { task, jobs } = requestedTask(context);
  const inputUrl = context.state.data.videos[task.VideoId]?.FileURL;
  return {
    TranscodeTask: {
      ...taskBase(task),
      TranscodeJobInfoList: jobs.map((job) => {
        const stream = streamOf(context, task, job);
        return compact({
          ...jobBase(job),
          TranscodeJobId: job.TranscodeJobId,
          Priority: '6',
          InputFileUrl: inputUrl,
          OutputFile: stream ? { OutputFileUrl: stream.PlayURL, ...output(stream), WatermarkIdList: [] } : undefined,
        });
      }),
    },
  };
};
