import type { ActionHandler } from '../../action-context.js';
import { invalidParameter, SandboxError } from '../../errors.js';
import { liveVideos } from './video-lookup.js';
import { omit, videoView } from './video-view.js';

const STATUSES = ['Uploading', 'UploadFail', 'UploadSucc', 'Transcoding', 'TranscodeFail', 'Blocked', 'Normal'] as const;
/** "本接口最多可获取指定筛选条件的前5000条音视频". */
const MAX_REACHABLE = 5000;

export const getVideoList: ActionHandler = (context) => {
  const cateId = context.int('CateId');
  const statuses = context.list('Status');
  const unknown = statuses.find((status) => !(STATUSES as readonly string[]).includes(status));
  if (unknown) throw invalidParameter('Status', `Allowed values: ${STATUSES.join(', ')}.`);
  const pageNo = context.int('PageNo', { min: 1, default: 1 }) ?? 1;
  const pageSize = context.int('PageSize', { min: 1, max: 100, default: 10 }) ?? 10;
  const order = context.oneOf('SortBy', ['CreationTime:Desc', 'CreationTime:Asc'] as const, 'CreationTime:Desc');
  const start = context.time('StartTime');
  const end = context.time('EndTime');
  if (start !== undefined && end !== undefined && end <= start) throw invalidParameter('EndTime', 'It must be later than StartTime.');
  const location = context.str('StorageLocation');
  const references = context.list('ReferenceIds', { max: 20 });
  if (pageNo * pageSize > MAX_REACHABLE) throw new SandboxError('VideoListExceededMax', 'The video list exceeded maximum.', 400);

  const matches = liveVideos(context).filter((video) => {
    const created = Date.parse(video.CreationTime);
    return (
      (cateId === undefined || video.CateId === cateId) &&
      (statuses.length === 0 || statuses.includes(video.Status)) &&
      (start === undefined || created >= start) &&
      (end === undefined || created <= end) &&
      (location === undefined || video.StorageLocation === location) &&
      (references.length === 0 || (video.ReferenceId !== undefined && references.includes(video.ReferenceId)))
    );
  });
  const direction = order === 'CreationTime:Asc' ? 1 : -1;
  // Videos created in the same second keep their creation order (reversed for Desc).
  const ordered = matches
    .map((video, index) => ({ video, index }))
    .sort((a, b) => direction * (Date.parse(a.video.CreationTime) - Date.parse(b.video.CreationTime) || a.index - b.index))
    .map(({ video }) => video);
  const page = ordered.slice((pageNo - 1) * pageSize, pageNo * pageSize);
  return { Total: Math.min(matches.length, MAX_REACHABLE), VideoList: page.map((video) => omit(videoView(context, video), 'RegionId', 'TemplateGroupId')) };
};
