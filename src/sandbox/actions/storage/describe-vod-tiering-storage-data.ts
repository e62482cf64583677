import type { ActionHandler } from '../../action-context.js';
import { isoSeconds } from '../../clock.js';
import { MONTH_MS, tierOf } from './storage-classes.js';
import { bytesIn, classHistory } from './storage-state.js';
import { HOUR, keepSeriesWithData, tieringQuery, videosOf } from './tiering-window.js';

/**
 * Bytes stored per hour in IA, Archive and Cold Archive, per region (source-only classes count their source file),
 * and of it the bytes in the class for less than a month (early-deletion fees apply to them).
 */
export const describeVodTieringStorageData: ActionHandler = (context) => {
  const query = tieringQuery(context);
  const videos = videosOf(context, query);
  const rows = query.starts.flatMap((at) => {
    const until = Math.min(at + HOUR, query.now);
    const totals = new Map<string, { Region: string; StorageClass: string; stored: number; young: number }>();
    for (const video of videos) {
      if (Date.parse(video.CreationTime) > until || (video.DeletedAt && Date.parse(video.DeletedAt) <= until)) continue;
      const periods = classHistory(context, video).filter((period) => period.since <= until);
      const period = periods[periods.length - 1];
      const tier = period && tierOf(period.storageClass);
      if (!period || !tier || !query.classes.includes(tier)) continue;
      const key = `${video.RegionId}/${tier}`;
      const total = totals.get(key) ?? { Region: video.RegionId, StorageClass: tier, stored: 0, young: 0 };
      const bytes = bytesIn(video, period.storageClass, until);
      total.stored += bytes;
      if (until - period.since < MONTH_MS) total.young += bytes;
      totals.set(key, total);
    }
    const regions = new Set([...videos.map((video) => video.RegionId)]);
    return [...regions].flatMap((region) =>
      query.classes.map((tier) => {
        const total = totals.get(`${region}/${tier}`);
        return { TimeStamp: isoSeconds(at), Region: region, StorageClass: tier, StorageUtilization: total?.stored ?? 0, LessthanMonthDatasize: total?.young ?? 0 };
      }),
    );
  });
  return { StorageData: keepSeriesWithData(rows, (row) => row.StorageUtilization > 0) };
};
