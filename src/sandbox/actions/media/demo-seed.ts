import type { SandboxEnv } from '../../action-context.js';
import { storageLocation } from '../../state/media-lifecycle.js';
import type { AttachedMediaRecord, ImageRecord } from '../../state/records.js';
import { DEFAULT_APP_ID } from '../../state/sandbox-state.js';

/** Demo images and one watermark file, uploaded on their own; video-derived outputs follow the demo videos. */
export function seedMediaDemo(env: SandboxEnv): void {
  const images: Array<Pick<ImageRecord, 'Title' | 'FileName' | 'ImageType' | 'Tags' | 'Width' | 'Height' | 'Size'> & { Description?: string }> = [
    { Title: 'Course banner', FileName: 'course-banner.png', ImageType: 'default', Tags: 'banner,course', Width: 1200, Height: 400, Size: 182_344, Description: 'Header for the cloud course page.' },
    { Title: 'Keynote poster', FileName: 'keynote-poster.jpg', ImageType: 'cover', Tags: 'keynote', Width: 1280, Height: 720, Size: 240_117 },
    { Title: 'Brand logo', FileName: 'logo.png', ImageType: 'watermark', Tags: 'logo,brand', Width: 256, Height: 256, Size: 12_880 },
  ];
  for (const init of images) addImage(env, init);
  addAttachedMedia(env, { Title: 'Corner watermark', FileName: 'corner-watermark.png', BusinessType: 'watermark', Tags: 'watermark' });
}

function addImage(env: SandboxEnv, init: Pick<ImageRecord, 'Title' | 'FileName' | 'ImageType'> & Partial<ImageRecord>): ImageRecord {
  const id = env.state.nextId('image');
  const location = storageLocation(env);
  const ext = init.FileName.slice(init.FileName.lastIndexOf('.') + 1);
  const image: ImageRecord = {
    ImageId: id,
    Status: 'Normal',
    URL: `${env.baseUrl}/image/default/${id}.${ext}`,
    FileURL: `${env.baseUrl}/${location.split('.')[0]}/image/default/${id}.${ext}`,
    StorageLocation: location,
    CreationTime: env.clock.nowIso(),
    AppId: DEFAULT_APP_ID,
    RegionId: env.region,
    StorageClass: 'Standard',
    Ext: ext,
    ...init,
  };
  env.state.data.images[id] = image;
  return env.state.data.images[id]!;
}

function addAttachedMedia(env: SandboxEnv, init: Pick<AttachedMediaRecord, 'Title' | 'FileName' | 'BusinessType'> & Partial<AttachedMediaRecord>): void {
  const id = env.state.nextId('attachedMedia');
  const location = storageLocation(env);
  const ext = init.FileName.slice(init.FileName.lastIndexOf('.') + 1);
  env.state.data.attachedMedia[id] = {
    MediaId: id,
    Status: 'Normal',
    URL: `${env.baseUrl}/${init.BusinessType}/${id}.${ext}`,
    FileURL: `${env.baseUrl}/${location.split('.')[0]}/${init.BusinessType}/${id}.${ext}`,
    StorageLocation: location,
    CreationTime: env.clock.nowIso(),
    AppId: DEFAULT_APP_ID,
    RegionId: env.region,
    StorageClass: 'Standard',
    Size: 20_480,
    Ext: ext,
    ...init,
  };
}

/** A finished normal-snapshot job, its image, and an animated image for the first Normal demo video. */
export function seedVideoOutputs(env: SandboxEnv): void {
  const video = Object.values(env.state.data.videos).find((candidate) => candidate.Status === 'Normal' && candidate.MediaType === 'video');
  if (!video) return;
  const now = env.clock.nowIso();
  const jobId = env.state.nextId('snapshotJob');
  const urls = [1, 2, 3, 4].map((n) => `${env.baseUrl}/snapshot/${video.VideoId}/${jobId}-${String(n).padStart(5, '0')}.jpg`);
  env.state.data.snapshotJobs[jobId] = {
    JobId: jobId,
    VideoId: video.VideoId,
    SnapshotType: 'NormalSnapshot',
    Status: 'Success',
    CreationTime: now,
    CompleteTime: now,
    Count: urls.length,
    Interval: 10,
    Width: 1280,
    Height: 720,
    Urls: urls,
  };
  addImage(env, { Title: `${video.Title} - snapshot 1`, FileName: `${jobId}-00001.jpg`, ImageType: 'NormalSnapshot', VideoId: video.VideoId, Width: 1280, Height: 720, Size: 96_512 });
  const dynamicId = env.state.nextId('dynamicImage');
  env.state.data.dynamicImages[dynamicId] = {
    DynamicImageId: dynamicId,
    JobId: env.state.nextId('dynamicImageJob'),
    VideoId: video.VideoId,
    Format: 'gif',
    Width: '640',
    Height: '360',
    Fps: '10',
    FileSize: '1183410',
    FileURL: `${env.baseUrl}/snapshot/${video.VideoId}/image/dynamic/${dynamicId}.gif`,
    Status: 'Success',
    CreationTime: now,
  };
}
