import type { ActionHandler } from '../../action-context.js';
import { invalidParameter } from '../../errors.js';
import { ensureDemoBackfill } from '../account/demo-backfill.js';
import { isDayReady, videoSeconds } from '../account/playback-model.js';
import { cellsOn, type PlayerOs } from './player-model.js';
import { latestReadyDay, MEDIA_REGIONS, readPlayDay } from './play-days.js';

const MEDIA_OS: Readonly<Record<string, PlayerOs>> = { Android: 'Android', iOS: 'iOS', Windows: 'Windows', macOS: 'MacOS', Linux: 'Linux' };
const ORDER_NAMES = ['PlaySuccessVv', 'PlayPerVv', 'PlayDuration', 'PlayDurationPerUv'] as const;
const HISTORY_DAYS = 30;
const MAX_PAGE_SIZE = 100;

type Row = Record<(typeof ORDER_NAMES)[number] | 'DAU' | 'VideoDuration', number> & { MediaId: string; VideoTitle: string };

/**
 * Per-video plays of one Beijing day, from the same model as DescribePlayTopVideos: unfiltered, PlaySuccessVv and
 * DAU are its VV and UV and PlayDuration its PlayDuration in seconds. Default day: the latest whose data is out.
 */
export const describeVodMediaPlayData: ActionHandler = (context) => {
  const pageNo = context.int('PageNo', { min: 1 })!;
  const pageSize = context.int('PageSize', { min: 1, max: MAX_PAGE_SIZE })!;
  const now = context.clock.now();
  const day = readPlayDay(context, 'PlayDate', { dashed: false, maxDays: HISTORY_DAYS }) ?? latestReadyDay(now);
  const orderName = context.oneOf('OrderName', ORDER_NAMES);
  const orderType = context.oneOf('OrderType', ['ASC', 'DESC'] as const);
  if ((orderName === undefined) !== (orderType === undefined)) throw invalidParameter(orderName ? 'OrderType' : 'OrderName', 'OrderName and OrderType go together.');
  const os = context.oneOf('Os', Object.keys(MEDIA_OS));
  const terminal = context.oneOf('TerminalType', ['Native', 'Web'] as const);
  const region = context.oneOf('Region', MEDIA_REGIONS);
  const mediaId = context.str('MediaId');
  ensureDemoBackfill(context);
  const videos = isDayReady(day, now) ? Object.values(context.state.data.videos) : [];
  const rows = videos
    .filter((video) => (!mediaId || video.VideoId === mediaId) && (!region || video.RegionId === region))
    .flatMap((video): Row[] => {
      const cells = cellsOn(context, video, day).filter((cell) => (!terminal || cell.terminal === terminal) && (!os || cell.os === MEDIA_OS[os]));
      const vv = cells.reduce((sum, cell) => sum + cell.vv, 0);
      const uv = cells.reduce((sum, cell) => sum + cell.uv, 0);
      if (!vv) return [];
      const seconds = Math.round(cells.reduce((sum, cell) => sum + cell.durationMs, 0) / 1000);
      return [{
        MediaId: video.VideoId,
        VideoTitle: video.Title,
        VideoDuration: Math.round(videoSeconds(video)),
        PlaySuccessVv: vv,
        DAU: uv,
        PlayDuration: seconds,
        PlayPerVv: uv ? Math.round((vv / uv) * 100) / 100 : 0,
        PlayDurationPerUv: uv ? Math.round(seconds / uv) : 0,
      }];
    });
  const key = orderName ?? 'PlaySuccessVv';
  const sign = (orderType ?? 'DESC') === 'DESC' ? -1 : 1;
  rows.sort((a, b) => sign * (a[key] - b[key]) || a.MediaId.localeCompare(b.MediaId));
  return { PageNo: pageNo, PageSize: pageSize, TotalCount: rows.length, QoeInfoList: rows.slice((pageNo - 1) * pageSize, pageNo * pageSize) };
};
