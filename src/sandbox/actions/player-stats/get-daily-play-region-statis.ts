import type { ActionHandler } from '../../action-context.js';
import { ensureDemoBackfill } from '../account/demo-backfill.js';
import { isDayReady } from '../account/playback-model.js';
import { beijingDate } from '../account/time-series.js';
import { storageLocation } from '../../state/media-lifecycle.js';
import { hexId } from '../../state/sandbox-state.js';
import { cellsOn } from './player-model.js';
import { MEDIA_REGIONS, readPlayDay } from './play-days.js';

const HISTORY_DAYS = 366;
const LINK_TTL_SECONDS = 3600;

/**
 * The day's playback export of one media region, as a signed CSV link in the region's storage (shaped as the SDK
 * model's example); a day without plays of that region's media, or not out yet (09:00 Beijing time the next day),
 * is listed in EmptyDates. The sandbox does not serve the file.
 */
export const getDailyPlayRegionStatis: ActionHandler = (context) => {
  const day = readPlayDay(context, 'Date', { dashed: true, maxDays: HISTORY_DAYS })!;
  const region = context.oneOf('MediaRegion', MEDIA_REGIONS)!;
  const date = context.required('Date');
  ensureDemoBackfill(context);
  const now = context.clock.now();
  const played = isDayReady(day, now) && Object.values(context.state.data.videos).some((video) => video.RegionId === region && cellsOn(context, video, day).length > 0);
  if (!played) return { DailyPlayRegionStatisList: [], EmptyDates: [date], FailDates: [] };
  const file = `${region.replace(/-/g, '_')}_${beijingDate(day)}_video_traffic.csv`;
  const expires = Math.floor(now / 1000) + LINK_TTL_SECONDS;
  const signature = hexId(`playexport:${file}:${expires}`).slice(0, 28);
  const FileUrl = `https://${storageLocation(context)}/dataexport/play/${file}?Expires=${expires}&OSSAccessKeyId=sandbox&Signature=${signature}`;
  return { DailyPlayRegionStatisList: [{ Date: date, FileUrl }], EmptyDates: [], FailDates: [] };
};
