import type { ActionHandler } from '../../action-context.js';
import type { PlayStream, VideoRecord } from '../../state/records.js';
import { cdnState, QUOTAS, type MediaRefreshItem } from './cdn-state.js';
import { createRefreshTask, normalizeObjectPath } from './refresh-tasks.js';

interface StreamFilter {
  formats: string[];
  definitions: string[];
  streamTypes: string[];
  resultType: 'Single' | 'Multiple';
  sliceFlag: boolean;
  sliceCount: number;
}

/** The play URLs a filter selects: Single keeps the newest stream per definition and format. */
function selectUrls(video: VideoRecord, filter: StreamFilter): string[] {
  const streams = video.Streams.filter(
    (stream) =>
      stream.Status === 'Normal' &&
      (!filter.formats.length || filter.formats.includes(stream.Format.toLowerCase())) &&
      (!filter.definitions.length || filter.definitions.includes(stream.Definition)) &&
      (!filter.streamTypes.length || filter.streamTypes.includes(stream.StreamType)),
  );
  let chosen: PlayStream[] = streams;
  if (filter.resultType === 'Single') {
    const newest = new Map<string, PlayStream>();
    for (const stream of streams) {
      const key = `${stream.Definition}/${stream.Format}`;
      const current = newest.get(key);
      if (!current || stream.CreationTime >= current.CreationTime) newest.set(key, stream);
    }
    chosen = [...newest.values()];
  }
  return chosen.flatMap((stream) => {
    if (!filter.sliceFlag || stream.Format !== 'm3u8') return [stream.PlayURL];
    const base = stream.PlayURL.replace(/[^/]+$/, '');
    return [stream.PlayURL, ...Array.from({ length: filter.sliceCount }, (_, i) => `${base}segment-${String(i).padStart(5, '0')}.ts`)];
  });
}

export const refreshMediaPlayUrls: ActionHandler = (context) => {
  const state = cdnState(context);
  const mediaIds = context.list('MediaIds', { required: true, max: 20 });
  const taskType = context.oneOf('TaskType', ['Refresh', 'Preload'])!;
  const filter: StreamFilter = {
    formats: context.list('Formats'),
    definitions: context.list('Definitions'),
    streamTypes: context.list('StreamType'),
    resultType: context.oneOf('ResultType', ['Single', 'Multiple'], 'Single')!,
    sliceFlag: context.bool('SliceFlag') ?? false,
    sliceCount: context.int('SliceCount', { min: 1, max: 20, default: 5 })!,
  };
  const userData = context.str('UserData');
  if (userData !== undefined) context.json('UserData');
  const policy = JSON.stringify({
    ...(filter.formats.length ? { Formats: filter.formats.join(',') } : {}),
    ...(filter.definitions.length ? { Definitions: filter.definitions.join(',') } : {}),
    ...(filter.streamTypes.length ? { StreamType: filter.streamTypes.join(',') } : {}),
    ResultType: filter.resultType,
    SliceFlag: filter.sliceFlag,
    SliceCount: filter.sliceCount,
  });
  const jobId = context.state.nextId('cdnMediaRefreshJob');
  const now = context.clock.nowIso();
  const missing = mediaIds.filter((id) => !context.state.data.videos[id]);
  const items: MediaRefreshItem[] = [];
  for (const id of mediaIds) {
    const video = context.state.data.videos[id];
    if (!video) continue;
    const urls = selectUrls(video, filter);
    const item: MediaRefreshItem = { MediaId: id, TaskType: taskType, FilterPolicy: policy, Status: 'success', SuccessPlayUrls: '', TaskIds: '', GmtCreate: now, GmtModified: now, ...(userData ? { UserData: userData } : {}) };
    const usage = state.quotaUsage;
    const remaining = taskType === 'Refresh' ? QUOTAS.Url - usage.Url : QUOTAS.Preload - usage.Preload;
    if (urls.length === 0) Object.assign(item, { Status: 'fail', ErrorCode: 'InvalidVideo.NoneStream', ErrorMessage: 'The video has no stream matching the filter.' });
    else if (urls.length > remaining) Object.assign(item, { Status: 'fail', ErrorCode: 'QuotaExceeded.Refresh', ErrorMessage: 'You’ve exceeded the prescribed refresh limits.' });
    else {
      if (taskType === 'Refresh') usage.Url += urls.length;
      else usage.Preload += urls.length;
      const tasks = urls.map((url) => createRefreshTask(context, url, taskType === 'Refresh' ? 'file' : 'preload', normalizeObjectPath(url)?.host ?? ''));
      item.SuccessPlayUrls = urls.join(',');
      item.TaskIds = tasks.map((task) => task.TaskId).join(',');
    }
    items.push(item);
  }
  state.mediaRefreshJobs[jobId] = items;
  return { MediaRefreshJobId: jobId, NonExistMediaIds: missing.join(','), ForbiddenMediaIds: '' };
};

export const getMediaRefreshJobs: ActionHandler = (context) => {
  const state = cdnState(context);
  const jobId = context.required('MediaRefreshJobId');
  const mediaId = context.str('MediaId');
  const items = (state.mediaRefreshJobs[jobId] ?? []).filter((item) => mediaId === undefined || item.MediaId === mediaId);
  return { MediaRefreshJobs: items.map((item) => ({ MediaRefreshJobId: jobId, ...item })) };
};
