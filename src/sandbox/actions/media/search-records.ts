import type { SandboxEnv } from '../../action-context.js';
import { NO_TRANSCODE_GROUP_ID } from '../../state/media-lifecycle.js';
import type { AttachedMediaRecord, ImageRecord, VideoRecord } from '../../state/records.js';
import { unwatched } from '../../state/watched-media.js';
import type { SearchType } from '../../../search/index.js';
import { attachedCategories } from './attached-media/attached-view.js';
import { liveVideos } from './video-lookup.js';
import { compact } from './video-view.js';

/** One searchable media item: `values()` as returned, `match` as the evaluator sees it (only the fields it reads; Tags split). */
export interface Searchable {
  readonly mediaType: SearchType;
  readonly mediaId: string;
  readonly creationTime: string;
  values(): Record<string, unknown>;
  readonly match: Record<string, unknown>;
}

const OBJECT_NAME: Record<SearchType, string> = { video: 'Video', audio: 'Audio', image: 'Image', attached: 'AttachedMedia' };
const ID_FIELD: Record<SearchType, string> = { video: 'VideoId', audio: 'AudioId', image: 'ImageId', attached: 'MediaId' };
/** Returned when the request names no Fields: the ID plus the basics. */
const BASIC_FIELDS = ['Title', 'Status', 'CreationTime', 'ModificationTime'];
const TOP_LEVEL_FIELDS = new Set(['MediaId', 'MediaType', 'CreationTime']);

type Readers<R> = Readonly<Record<string, (env: SandboxEnv, record: R) => unknown>>;

/**
 * Every media item of `type`, with `match` holding only `matchFields` (and CreationTime): a query reads a few
 * fields of every item, and the full values are built only for the items on the page.
 */
export function searchables(env: SandboxEnv, type: SearchType, fields: ReadonlySet<string>): Searchable[] {
  const data = env.state.data;
  const matchFields = new Set([...fields, 'CreationTime']);
  switch (type) {
    case 'video':
    case 'audio': {
      const readers = type === 'video' ? VIDEO_READERS : AUDIO_READERS;
      return liveVideos(env)
        .filter((video) => video.MediaType === type)
        .map((video) => searchable(env, type, video.VideoId, video, readers, matchFields));
    }
    case 'image':
      return Object.values(unwatched(data.images)).map((image) => searchable(env, type, image.ImageId, image, IMAGE_READERS, matchFields));
    case 'attached':
      return Object.values(unwatched(data.attachedMedia)).map((media) => searchable(env, type, media.MediaId, media, ATTACHED_READERS, matchFields));
  }
}

/** The record behind a search type: a video or audio is a VideoRecord. */
export type SearchRecordOf<T extends SearchType> = T extends 'image' ? ImageRecord : T extends 'attached' ? AttachedMediaRecord : VideoRecord;
export type AnyMediaRecord = VideoRecord | ImageRecord | AttachedMediaRecord;

/**
 * Builds the evaluator's view of one record (`Searchable.match`), reading only `fields`; for the search index.
 * The returned object is reused by the next call (a search reads it once per record): a field the record lacks
 * is undefined, which the evaluator treats as missing.
 */
export function matchReader(env: SandboxEnv, type: SearchType, fields: ReadonlySet<string>): (record: AnyMediaRecord) => Record<string, unknown> {
  const readers = readersOf(type);
  const wanted = [...fields].filter((name) => name in readers).map((name) => [name, readers[name]!] as const);
  const match: Record<string, unknown> = {};
  return (record) => {
    for (const [name, reader] of wanted) match[name] = reader(env, record);
    if (typeof match.Tags === 'string') match.Tags = splitTags(match.Tags);
    return match;
  };
}

/** One record as `searchables` presents it, for building a page's MediaList entries. */
export function searchableOf(env: SandboxEnv, type: SearchType, record: AnyMediaRecord): Searchable {
  return searchable(env, type, mediaIdOf(type, record), record, readersOf(type), new Set(['CreationTime']));
}

function mediaIdOf(type: SearchType, record: AnyMediaRecord): string {
  const id = type === 'image' ? 'ImageId' : type === 'attached' ? 'MediaId' : 'VideoId';
  const value: unknown = Reflect.get(record, id);
  if (typeof value !== 'string') throw new Error(`A ${type} search found a record without ${id}`);
  return value;
}

/** Readers typed for any media record: each search type is only ever given records of its own collection. */
function readersOf(type: SearchType): Readers<AnyMediaRecord> {
  const readers = { video: VIDEO_READERS, audio: AUDIO_READERS, image: IMAGE_READERS, attached: ATTACHED_READERS }[type];
  return readers as Readers<AnyMediaRecord>;
}

/** A MediaList entry: the common fields plus the type's object with the requested fields. */
export function mediaItem(item: Searchable, fields: readonly string[]): Record<string, unknown> {
  const wanted = (fields.length ? fields.filter((f) => !TOP_LEVEL_FIELDS.has(f)) : BASIC_FIELDS).concat(['CreationTime']);
  const idField = ID_FIELD[item.mediaType];
  const values = item.values();
  const object = compact(Object.fromEntries([idField, ...wanted].map((name) => [name, values[name]])));
  return { MediaType: item.mediaType, MediaId: item.mediaId, CreationTime: item.creationTime, [OBJECT_NAME[item.mediaType]]: object };
}

/** The fields `readers` defines, those of `only` when given, leaving out undefined ones. */
function read<R>(env: SandboxEnv, record: R, readers: Readers<R>, only?: ReadonlySet<string>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const name in readers) {
    if (only && !only.has(name)) continue;
    const value = readers[name]!(env, record);
    if (value !== undefined) values[name] = value;
  }
  return values;
}

function searchable<R>(env: SandboxEnv, type: SearchType, id: string, record: R, readers: Readers<R>, matchFields: ReadonlySet<string>): Searchable {
  const match = read(env, record, readers, matchFields);
  if (typeof match.Tags === 'string') match.Tags = splitTags(match.Tags);
  return { mediaType: type, mediaId: id, creationTime: String(match.CreationTime), match, values: () => read(env, record, readers) };
}

function splitTags(tags: string): string[] {
  return tags.split(',').map((tag) => tag.trim()).filter(Boolean);
}

function categoryName(env: SandboxEnv, cateId: number | undefined): string | undefined {
  return cateId === undefined ? undefined : env.state.data.categories[String(cateId)]?.CateName;
}

function videoReaders(type: 'video' | 'audio'): Readers<VideoRecord> {
  return {
    [type === 'video' ? 'VideoId' : 'AudioId']: (_, video) => video.VideoId,
    AppId: (_, video) => video.AppId,
    CateId: (_, video) => video.CateId,
    CateName: (env, video) => categoryName(env, video.CateId),
    StorageLocation: (_, video) => video.StorageLocation,
    Title: (_, video) => video.Title,
    Tags: (_, video) => video.Tags,
    Description: (_, video) => video.Description,
    Status: (_, video) => video.Status,
    MediaSource: (_, video) => video.UploadSource ?? 'general',
    PreprocessStatus: () => 'UnPreprocess',
    Size: (_, video) => video.Size,
    Duration: (_, video) => video.Duration,
    CreationTime: (_, video) => video.CreationTime,
    ModificationTime: (_, video) => video.ModificationTime,
    CoverURL: (_, video) => video.CoverURL,
    Snapshots: (_, video) => video.Snapshots,
    SpriteSnapshots: () => [],
    DownloadSwitch: () => 'on',
    TranscodeMode: (_, video) => (video.TemplateGroupId === NO_TRANSCODE_GROUP_ID ? 'NoTranscode' : 'FastTranscode'),
  };
}

const VIDEO_READERS = videoReaders('video');
const AUDIO_READERS = videoReaders('audio');

const IMAGE_READERS: Readers<ImageRecord> = {
  ImageId: (_, image) => image.ImageId,
  AppId: (_, image) => image.AppId,
  CateId: (_, image) => image.CateId,
  CateName: (env, image) => categoryName(env, image.CateId),
  StorageLocation: (_, image) => image.StorageLocation,
  FileName: (_, image) => image.FileName,
  Title: (_, image) => image.Title,
  Tags: (_, image) => image.Tags,
  Description: (_, image) => image.Description,
  Status: (_, image) => image.Status,
  CreationTime: (_, image) => image.CreationTime,
  ModificationTime: (_, image) => image.ModificationTime ?? image.CreationTime,
  URL: (_, image) => image.URL,
};

const ATTACHED_READERS: Readers<AttachedMediaRecord> = {
  MediaId: (_, media) => media.MediaId,
  AppId: (_, media) => media.AppId,
  CateId: (_, media) => media.CateId,
  Categories: (env, media) => attachedCategories(env, media),
  StorageLocation: (_, media) => media.StorageLocation,
  FileName: (_, media) => media.FileName,
  Title: (_, media) => media.Title,
  Tags: (_, media) => media.Tags,
  Description: (_, media) => media.Description,
  Status: (_, media) => media.Status,
  CreationTime: (_, media) => media.CreationTime,
  ModificationTime: (_, media) => media.ModificationTime ?? media.CreationTime,
  URL: (_, media) => media.URL,
  BusinessType: (_, media) => media.BusinessType,
};
