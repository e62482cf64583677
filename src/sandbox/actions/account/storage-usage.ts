import type { ActionHandler, SandboxEnv } from '../../action-context.js';
import { isoSeconds } from '../../clock.js';
import { DEFAULT_APP_ID } from '../../state/sandbox-state.js';
import { intervalStarts, unitHash } from './time-series.js';
import { bucketOf, hourOrDay, regionFilter, storageFilter, usageWindow } from './usage-window.js';

interface StoredObject {
  appId: string;
  size: number;
  createdAt: number;
  region: string;
  bucket: string;
}

/** Every stored file: source files, transcoded streams, images and attached media. */
function storedObjects(env: SandboxEnv): StoredObject[] {
  const objects: StoredObject[] = [];
  const add = (size: number | undefined, created: string, owner: { RegionId: string; StorageLocation: string; AppId: string }) => {
    if (size) objects.push({ appId: owner.AppId, size, createdAt: Date.parse(created), region: owner.RegionId, bucket: bucketOf(owner.StorageLocation) });
  };
  for (const video of Object.values(env.state.data.videos)) {
    if (video.HasMezzanine) add(video.Size, video.CreationTime, video);
    for (const stream of video.Streams) add(stream.Size, stream.CreationTime, video);
  }
  for (const image of Object.values(env.state.data.images)) add(image.Size, image.CreationTime, image);
  for (const media of Object.values(env.state.data.attachedMedia)) add(media.Size, media.CreationTime, media);
  return objects;
}

export const describeVodStorageData: ActionHandler = (context) => {
  const window = usageWindow(context, { maxDays: 31 });
  const regions = regionFilter(context);
  const buckets = storageFilter(context);
  context.oneOf('StorageType', ['OSS']);
  // AppId (newer metadata): one app's storage; the metadata gives app-1000000 as the default.
  const appId = context.str('AppId') ?? DEFAULT_APP_ID;
  const interval = hourOrDay(window);
  const objects = storedObjects(context).filter(
    (object) => object.appId === appId && (!regions || regions.has(object.region)) && (!buckets || buckets.has(object.bucket)),
  );
  const items = intervalStarts(window.start, window.end, interval.ms, window.now).map((at) => {
    const until = Math.min(at + interval.ms, window.now);
    const stored = objects.filter((object) => object.createdAt <= until).reduce((sum, object) => sum + object.size, 0);
    // Direct (non-CDN) downloads: a small, stable share of what is stored.
    const networkOut = Math.round(stored * 0.002 * (interval.ms / 3_600_000) * (0.5 + unitHash(`out:${at}`)));
    return { TimeStamp: isoSeconds(at), StorageUtilization: String(stored), NetworkOut: String(networkOut) };
  });
  return { DataInterval: interval.label, StorageData: items };
};
