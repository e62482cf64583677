import type { ActionContext, ActionHandler } from '../../../action-context.js';
import { invalidParameter } from '../../../errors.js';
import { findVideo } from '../video-lookup.js';
import { noSuchImage } from './get-image-info.js';

const SNAPSHOT_TYPES = ['CoverSnapshot', 'NormalSnapshot', 'SpriteSnapshot', 'SpriteOriginSnapshot'] as const;

export const deleteImage: ActionHandler = (context) => {
  const mode = context.oneOf('DeleteImageType', ['ImageURL', 'ImageId', 'VideoId'] as const);
  const deleted =
    mode === 'ImageURL' ? deleteByUrl(context) : mode === 'ImageId' ? deleteById(context) : deleteVideoImages(context);
  if (deleted === 0) throw noSuchImage();
  return {};
};

function deleteById(context: ActionContext): number {
  const ids = context.list('ImageIds', { required: true });
  const images = context.state.data.images;
  const existing = ids.filter((id) => images[id]);
  for (const id of existing) delete images[id];
  return existing.length;
}

function deleteByUrl(context: ActionContext): number {
  const urls = new Set(context.list('ImageURLs', { required: true }).map(withoutQuery));
  const images = context.state.data.images;
  const matching = Object.entries(images).filter(([, image]) => urls.has(withoutQuery(image.URL)) || urls.has(withoutQuery(image.FileURL)));
  for (const [key] of matching) delete images[key];
  return matching.length;
}

/** A video's snapshot images of the given types: image records and snapshot job outputs. */
function deleteVideoImages(context: ActionContext): number {
  const videoId = context.required('VideoId');
  const requested = context.list('ImageType', { required: true });
  const unknown = requested.find((type) => type !== 'All' && !(SNAPSHOT_TYPES as readonly string[]).includes(type));
  if (unknown) throw invalidParameter('ImageType', `Allowed values: ${[...SNAPSHOT_TYPES, 'All'].join(', ')}.`);
  const types = new Set<string>(requested.includes('All') ? SNAPSHOT_TYPES : requested);
  const data = context.state.data;
  let deleted = 0;
  for (const [key, image] of Object.entries(data.images)) {
    if (image.VideoId === videoId && types.has(image.ImageType)) {
      delete data.images[key];
      deleted++;
    }
  }
  for (const [key, job] of Object.entries(data.snapshotJobs)) {
    if (job.VideoId === videoId && types.has(job.SnapshotType)) {
      delete data.snapshotJobs[key];
      deleted += Math.max(job.Urls.length, 1);
    }
  }
  const video = findVideo(context, videoId);
  if (video && types.has('CoverSnapshot') && video.Snapshots.length) {
    deleted += video.Snapshots.length;
    video.Snapshots = [];
    video.ModificationTime = context.clock.nowIso();
  }
  return deleted;
}

function withoutQuery(url: string): string {
  return url.split('?')[0] ?? url;
}
