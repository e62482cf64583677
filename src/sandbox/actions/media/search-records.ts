import type { SandboxEnv } from '../../action-context.js';
import { NO_TRANSCODE_GROUP_ID } from '../../state/media-lifecycle.js';
import type { AttachedMediaRecord, ImageRecord, VideoRecord } from '../../state/records.js';
import type { SearchType } from '../../../search/index.js';
import { attachedCategories } from './attached-media/attached-view.js';
import { liveVideos } from './video-lookup.js';
import { compact } from './video-view.js';

/** One searchable media item: `values` as returned, `match` as the evaluator sees it (Tags split). */
export interface Searchable {
  readonly mediaType: SearchType;
  readonly mediaId: string;
  readonly creationTime: string;
  readonly values: Record<string, unknown>;
  readonly match: Record<string, unknown>;
}

const OBJECT_NAME: Record<SearchType, string> = { video: 'Video', audio: 'Audio', image: 'Image', attached: 'AttachedMedia' };
const ID_FIELD: Record<SearchType, string> = { video: 'VideoId', audio: 'AudioId', image: 'ImageId', attached: 'MediaId' };
/** Returned when the request names no Fields: the ID plus the basics. */
const BASIC_FIELDS = ['Title', 'Status', 'CreationTime', 'ModificationTime'];
const TOP_LEVEL_FIELDS = new Set(['MediaId', 'MediaType', 'CreationTime']);

export function searchables(env: SandboxEnv, type: SearchType): Searchable[] {
  const data = env.state.data;
  switch (type) {
    case 'video':
    case 'audio':
      return liveVideos(env)
        .filter((video) => video.MediaType === type)
        .map((video) => searchable(type, video.VideoId, videoValues(env, video, type)));
    case 'image':
      return Object.values(data.images).map((image) => searchable(type, image.ImageId, imageValues(env, image)));
    case 'attached':
      return Object.values(data.attachedMedia).map((media) => searchable(type, media.MediaId, attachedValues(env, media)));
  }
}

/** A MediaList entry: the common fields plus the type's object with the requested fields. */
export function mediaItem(item: Searchable, fields: readonly string[]): Record<string, unknown> {
  const wanted = (fields.length ? fields.filter((f) => !TOP_LEVEL_FIELDS.has(f)) : BASIC_FIELDS).concat(['CreationTime']);
  const idField = ID_FIELD[item.mediaType];
  const object = compact(Object.fromEntries([idField, ...wanted].map((name) => [name, item.values[name]])));
  return { MediaType: item.mediaType, MediaId: item.mediaId, CreationTime: item.creationTime, [OBJECT_NAME[item.mediaType]]: object };
}

function searchable(type: SearchType, id: string, values: Record<string, unknown>): Searchable {
  const tags = typeof values.Tags === 'string' ? values.Tags.split(',').map((tag) => tag.trim()).filter(Boolean) : undefined;
  return { mediaType: type, mediaId: id, creationTime: String(values.CreationTime), values, match: { ...values, Tags: tags } };
}

function categoryName(env: SandboxEnv, cateId: number | undefined): string | undefined {
  return cateId === undefined ? undefined : env.state.data.categories[String(cateId)]?.CateName;
}

function videoValues(env: SandboxEnv, video: VideoRecord, type: 'video' | 'audio'): Record<string, unknown> {
  return compact({
    [type === 'video' ? 'VideoId' : 'AudioId']: video.VideoId,
    AppId: video.AppId,
    CateId: video.CateId,
    CateName: categoryName(env, video.CateId),
    StorageLocation: video.StorageLocation,
    Title: video.Title,
    Tags: video.Tags,
    Description: video.Description,
    Status: video.Status,
    MediaSource: video.UploadSource ?? 'general',
    PreprocessStatus: 'UnPreprocess',
    Size: video.Size,
    Duration: video.Duration,
    CreationTime: video.CreationTime,
    ModificationTime: video.ModificationTime,
    CoverURL: video.CoverURL,
    Snapshots: video.Snapshots,
    SpriteSnapshots: [],
    DownloadSwitch: 'on',
    TranscodeMode: video.TemplateGroupId === NO_TRANSCODE_GROUP_ID ? 'NoTranscode' : 'FastTranscode',
  });
}

function imageValues(env: SandboxEnv, image: ImageRecord): Record<string, unknown> {
  return compact({
    ImageId: image.ImageId,
    AppId: image.AppId,
    CateId: image.CateId,
    CateName: categoryName(env, image.CateId),
    StorageLocation: image.StorageLocation,
    FileName: image.FileName,
    Title: image.Title,
    Tags: image.Tags,
    Description: image.Description,
    Status: image.Status,
    CreationTime: image.CreationTime,
    ModificationTime: image.ModificationTime ?? image.CreationTime,
    URL: image.URL,
  });
}

function attachedValues(env: SandboxEnv, media: AttachedMediaRecord): Record<string, unknown> {
  return compact({
    MediaId: media.MediaId,
    AppId: media.AppId,
    CateId: media.CateId,
    Categories: attachedCategories(env, media),
    StorageLocation: media.StorageLocation,
    FileName: media.FileName,
    Title: media.Title,
    Tags: media.Tags,
    Description: media.Description,
    Status: media.Status,
    CreationTime: media.CreationTime,
    ModificationTime: media.ModificationTime ?? media.CreationTime,
    URL: media.URL,
    BusinessType: media.BusinessType,
  });
}
