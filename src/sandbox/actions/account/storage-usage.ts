import type { ActionHandler, SandboxEnv } from '../../action-context.js';
import { isoSeconds } from '../../clock.js';
import { intervalStarts, unitHash } from './time-series.js';
import { bucketOf, hourOrDay, regionFilter, storageFilter, usageWindow } from './usage-window.js';

interface StoredObject {
  size: number;
  createdAt: number;
  region: string;
  bucket: string;
}

/** Every stored file: source files, transcoded streams, images and attached media. */
function storedObjects(env: SandboxEnv): StoredObject[] {
  const objects: StoredObject[] = [];
  const add = (size: number | undefined, created: string, region: string, location: string) => {
    if (size) objects.push({ size, createdAt: Date.parse(created), region, bucket: bucketOf(location) });
  };
  for (const video of Object.values(env.state.data.videos)) {
    if (video.HasMezzanine) add(video.Size, video.CreationTime, video.RegionId, video.StorageLocation);
    for (const stream of video.Streams) add(stream.Size, stream.CreationTime, video.RegionId, video.StorageLocation);
  }
  for (const image of Object.values(env.state.data.images)) add(image.Size, image.CreationTime, image.RegionId, image.StorageLocation);
  for (const media of Object.values(env.state.data.attachedMedia)) add(media.Size, media.CreationTime, media.RegionId, media.StorageLocation);
  return objects;
}

export const describeVodStorageData: ActionHandler = (context) => {
  const window = usageWindow(context, { maxDays: 31 });
  const regions = regionFilter(context);
  const buckets = storageFilter(context);
  context.oneOf('StorageType', ['OSS']);
  const interval = hourOrDay(window);
  const objects = storedObjects(context).filter((object) => (!regions || regions.has(object.region)) && (!buckets || buckets.has(object.bucket)));
  const items = intervalStarts(window.start, window.end, interval.ms, window.now).map((at) => {
    const until = Math.min(at + interval.ms, window.now);
    const stored = objects.filter((object) => object.createdAt <= until).reduce((sum, object) => sum + object.size, 0);
    // Direct (non-CDN) downloads: a small, stable share of what is stored.
    const networkOut = Math.round(stored * 0.002 * (interval.ms / 3_600_000) * (0.5 + unitHash(`out:${at}`)));
    return { TimeStamp: isoSeconds(at), StorageUtilization: String(stored), NetworkOut: String(networkOut) };
  });
  return { DataInterval: interval.label, StorageData: items };
};
