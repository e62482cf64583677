import type { ActionContext, ActionHandler } from '../../action-context.js';
import { allPlaysOn, PLATFORMS, playRange, playsOn, isDayReady, sumRanges, type DailyPlays, type Platform } from './playback-model.js';
import { ensureDemoBackfill } from './demo-backfill.js';
import { actionError, alignDown, beijingDate, DAY_MS, parseUtc } from './time-series.js';

const MAX_SPAN_DAYS = 180;
const TOP_LIMIT = 1000;
/** Playback statistics exist from 2018-01-01 (Beijing time). */
const FIRST_DAY = Date.parse('2017-12-31T16:00:00Z');

/** Beijing day starts covered by StartTime..EndTime, validated with the playback actions' error codes. */
function playbackDays(context: ActionContext): number[] {
  const { action } = context;
  const start = parseUtc(context.required('StartTime'));
  if (start === undefined) throw actionError(action, 'InvalidStartTime.Malformed');
  const end = parseUtc(context.required('EndTime'));
  if (end === undefined) throw actionError(action, 'InvalidEndTime.Malformed');
  if (end > context.clock.now()) throw actionError(action, 'InvalidEndTime.BeyondCurrent');
  if (end < start || end - start > MAX_SPAN_DAYS * DAY_MS) throw actionError(action, 'InvalidEndTime.Mismatch');
  const days: number[] = [];
  for (let day = Math.max(alignDown(start, DAY_MS), FIRST_DAY); day <= end; day += DAY_MS) days.push(day);
  return days;
}

function platformCounts(plays: DailyPlays[], pick: (item: DailyPlays) => Record<Platform, number>): Record<string, string> {
  const counts: Record<string, string> = {};
  for (const platform of PLATFORMS) {
    const total = plays.reduce((sum, item) => sum + pick(item)[platform], 0);
    if (total) counts[platform] = String(total);
  }
  return counts;
}

export const describePlayTopVideos: ActionHandler = (context) => {
  const bizDate = parseUtc(context.required('BizDate'));
  if (bizDate === undefined) throw actionError(context.action, 'InvalidBizDate.Malformed');
  if (bizDate > context.clock.now()) throw actionError(context.action, 'InvalidBizDate.BeyondCurrent');
  const pageNo = context.int('PageNo', { min: 1, default: 1 }) ?? 1;
  const pageSize = context.int('PageSize', { min: 1, max: TOP_LIMIT, default: 100 }) ?? 100;
  const day = alignDown(bizDate, DAY_MS);
  const ranked = (day < FIRST_DAY ? [] : allPlaysOn(context, day))
    .sort((a, b) => b.vv - a.vv || a.video.VideoId.localeCompare(b.video.VideoId))
    .slice(0, TOP_LIMIT);
  const page = ranked.slice((pageNo - 1) * pageSize, pageNo * pageSize).map((item) => ({
    VideoId: item.video.VideoId,
    Title: item.video.Title,
    VV: String(item.vv),
    UV: String(item.uv),
    PlayDuration: String(item.durationMs),
  }));
  return { PageNo: pageNo, PageSize: pageSize, TotalNum: ranked.length, Total: ranked.length, TopPlayVideos: page };
};

export const describePlayUserAvg: ActionHandler = (context) => {
  const rows = playbackDays(context).flatMap((day) => {
    const plays = allPlaysOn(context, day);
    if (!plays.length) return [];
    const users = plays.reduce((sum, item) => sum + item.uv, 0);
    const vv = plays.reduce((sum, item) => sum + item.vv, 0);
    const duration = plays.reduce((sum, item) => sum + item.durationMs, 0);
    return [{ Date: beijingDate(day), AvgPlayCount: (vv / users).toFixed(1), AvgPlayDuration: (duration / users).toFixed(1) }];
  });
  return { UserPlayStatisAvgs: rows };
};

export const describePlayUserTotal: ActionHandler = (context) => {
  const rows = playbackDays(context).flatMap((day) => {
    const plays = allPlaysOn(context, day);
    if (!plays.length) return [];
    return [
      {
        Date: beijingDate(day),
        PlayDuration: String(plays.reduce((sum, item) => sum + item.durationMs, 0)),
        PlayRange: playRange(sumRanges(plays)),
        VV: platformCounts(plays, (item) => item.vvByPlatform),
        UV: platformCounts(plays, (item) => item.uvByPlatform),
      },
    ];
  });
  return { UserPlayStatisTotals: rows };
};

export const describePlayVideoStatis: ActionHandler = (context) => {
  const days = playbackDays(context);
  const video = context.state.data.videos[context.required('VideoId')];
  ensureDemoBackfill(context);
  const now = context.clock.now();
  // Statistics of a deleted or unknown video are simply empty: the statistics service keeps no catalog.
  const rows = video
    ? days.flatMap((day) => {
        const plays = isDayReady(day, now) ? playsOn(context, video, day) : undefined;
        if (!plays) return [];
        return [{ Date: beijingDate(day), Title: video.Title, VV: String(plays.vv), UV: String(plays.uv), PlayDuration: String(plays.durationMs), PlayRange: playRange(plays.ranges) }];
      })
    : [];
  return { VideoPlayStatisDetails: rows };
};
