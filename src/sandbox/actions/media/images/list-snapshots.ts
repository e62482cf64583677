import type { ActionHandler } from '../../../action-context.js';
import { SandboxError } from '../../../errors.js';
import type { SnapshotJobRecord } from '../../../state/records.js';
import { signUrl } from '../url-auth.js';
import { requireVideo } from '../video-lookup.js';

const SNAPSHOT_TYPES = ['CoverSnapshot', 'NormalSnapshot', 'SpriteSnapshot', 'SpriteOriginSnapshot', 'WebVttSnapshot'] as const;
/** "只有状态为上传完成、正常、审核中以及屏蔽的视频才能查询截图数据". */
const READABLE_STATUSES = ['UploadSucc', 'Normal', 'Checking', 'Blocked'];
const MIN_AUTH_TIMEOUT = 3600;

export const listSnapshots: ActionHandler = (context) => {
  const video = requireVideo(context, context.required('VideoId'));
  const type = context.oneOf('SnapshotType', SNAPSHOT_TYPES, 'CoverSnapshot') ?? 'CoverSnapshot';
  const timeout = Math.max(context.int('AuthTimeout', { min: 1 }) ?? MIN_AUTH_TIMEOUT, MIN_AUTH_TIMEOUT);
  const pageSize = context.int('PageSize', { min: 1, max: 100, default: 20 }) ?? 20;
  const pageNo = context.int('PageNo', { min: 1, default: 1 }) ?? 1;
  if (!READABLE_STATUSES.includes(video.Status)) throw new SandboxError('Forbidden.IllegalStatus', 'Status of the video is illegal.', 400);

  // "如有多次视频截图，则返回最近一次成功的截图数据"; cover snapshots also come from transcoding.
  const job = Object.values(context.state.data.snapshotJobs)
    .filter((candidate) => candidate.VideoId === video.VideoId && candidate.SnapshotType === type && candidate.Status === 'Success')
    .sort((a, b) => Date.parse(b.CompleteTime ?? b.CreationTime) - Date.parse(a.CompleteTime ?? a.CreationTime))[0];
  const source: Pick<SnapshotJobRecord, 'Urls' | 'CreationTime'> & { JobId?: string } | undefined =
    job ?? (type === 'CoverSnapshot' && video.Snapshots.length ? { Urls: video.Snapshots, CreationTime: video.ModificationTime } : undefined);
  if (!source) return { MediaSnapshot: { Total: 0, Snapshots: [] } };

  const expiresAt = Math.floor(context.clock.now() / 1000) + timeout;
  const start = (pageNo - 1) * pageSize;
  const firstUrl = source.Urls[0] ?? '';
  return {
    MediaSnapshot: {
      ...(source.JobId ? { JobId: source.JobId } : {}),
      CreationTime: source.CreationTime,
      Regular: firstUrl.replace(/\d{5}(\.\w+)$/, '{SnapshotCount}$1'),
      Total: source.Urls.length,
      Snapshots: source.Urls.slice(start, start + pageSize).map((url, offset) => ({ Index: start + offset + 1, Url: signUrl(url, 'cdn', expiresAt) })),
    },
  };
};
