import type { ActionHandler } from '../../action-context.js';
import { invalidParameter } from '../../errors.js';
import { ensureDemoBackfill } from './demo-backfill.js';
import { accountSlice } from './slice.js';
import { parseUtc } from './time-series.js';

/** The service returns at most the first 5000 matches. */
const MAX_RESULTS = 5000;

export const listLiveRecordVideo: ActionHandler = (context) => {
  ensureDemoBackfill(context);
  const pageNo = context.int('PageNo', { min: 1, default: 1 }) ?? 1;
  const pageSize = context.int('PageSize', { min: 1, max: 100, default: 10 }) ?? 10;
  const sortBy = context.oneOf('SortBy', ['CreationTime:Desc', 'CreationTime:Asc'] as const, 'CreationTime:Desc');
  const start = context.str('StartTime');
  const end = context.str('EndTime');
  const startMs = parseUtc(start);
  const endMs = parseUtc(end);
  if (start !== undefined && startMs === undefined) throw invalidParameter('StartTime', 'Use UTC time in the form yyyy-MM-ddTHH:mm:ssZ.');
  if (end !== undefined && endMs === undefined) throw invalidParameter('EndTime', 'Use UTC time in the form yyyy-MM-ddTHH:mm:ssZ.');
  if (startMs !== undefined && endMs !== undefined && endMs <= startMs) throw invalidParameter('EndTime', 'It must be later than StartTime.');
  const filters = { DomainName: context.str('DomainName'), AppName: context.str('AppName'), StreamName: context.str('StreamName') };
  const matches = accountSlice(context)
    .liveRecordings.filter((recording) => Object.entries(filters).every(([key, value]) => value === undefined || recording[key as keyof typeof filters] === value))
    .filter((recording) => {
      const startedAt = Date.parse(recording.RecordStartTime);
      return (startMs === undefined || startedAt >= startMs) && (endMs === undefined || startedAt <= endMs);
    })
    .sort((a, b) => (sortBy === 'CreationTime:Asc' ? 1 : -1) * a.CreationTime.localeCompare(b.CreationTime))
    .slice(0, MAX_RESULTS);
  const page = matches.slice((pageNo - 1) * pageSize, pageNo * pageSize).map((recording) => {
    const video = context.state.data.videos[recording.VideoId];
    const category = video?.CateId !== undefined ? context.state.data.categories[String(video.CateId)] : undefined;
    return {
      PlaylistId: recording.PlaylistId,
      DomainName: recording.DomainName,
      AppName: recording.AppName,
      StreamName: recording.StreamName,
      RecordStartTime: recording.RecordStartTime,
      RecordEndTime: recording.RecordEndTime,
      ...(video && {
        Video: {
          VideoId: video.VideoId,
          Title: video.Title,
          Description: video.Description,
          Status: video.Status,
          Duration: video.Duration,
          Size: video.Size,
          CoverURL: video.CoverURL,
          CateId: video.CateId,
          CateName: category?.CateName,
          Tags: video.Tags,
          TemplateGroupId: video.TemplateGroupId,
          CreationTime: video.CreationTime,
          ModifyTime: video.ModificationTime,
          Snapshots: video.Snapshots,
        },
      }),
    };
  });
  return { Total: matches.length, LiveRecordVideoList: page };
};
