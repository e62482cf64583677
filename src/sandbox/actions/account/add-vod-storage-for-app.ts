import type { ActionHandler } from '../../action-context.js';
import { invalidParameter } from '../../errors.js';
import { resolveStorage } from '../upload-playback/upload-rules.js';
import { appFor } from './app-lookup.js';

/**
 * Enables a VOD system bucket for an app (SDK: at most one per app; an app that has one is refused). The default
 * app already stores in the account's VOD bucket. user_oss_bucket (SDK request model) binds the given bucket.
 */
export const addVodStorageForApp: ActionHandler = (context) => {
  const app = appFor(context, { required: true });
  const type = context.oneOf('StorageType', ['vod_oss_bucket', 'user_oss_bucket'] as const, 'vod_oss_bucket')!;
  const storages = (app.Storages ??= []);
  let location: string;
  if (type === 'vod_oss_bucket') {
    if (app.Type === 'System' || storages.some((storage) => storage.StorageType === type)) throw invalidParameter('AppId', 'The app already has a VOD system bucket.');
    // The metadata: StorageLocation does not take effect for VOD buckets.
    location = `outin-${context.state.nextId('vodBucket')}.oss-${context.region}.aliyuncs.com`;
  } else {
    location = resolveStorage(context, context.required('StorageLocation'));
    if (storages.some((storage) => storage.StorageLocation === location)) throw invalidParameter('StorageLocation', 'The bucket is already added to the app.');
  }
  storages.push({ StorageLocation: location, StorageType: type, CreationTime: context.clock.nowIso() });
  return { StorageLocation: location };
};
