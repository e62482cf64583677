/**
 * Field capability table of the media search protocol (spec 17.6 "媒资搜索协议", tables Video/Audio/Image/AttachedMedia).
 */

export const SEARCH_TYPES = ['video', 'audio', 'image', 'attached'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** `time` fields are typed String in the spec and hold UTC `yyyy-MM-ddTHH:mm:ssZ`. */
export type FieldValueType = 'string' | 'long' | 'float' | 'time' | 'string[]' | 'category[]';

export interface FieldCapabilities {
  readonly name: string;
  readonly type: FieldValueType;
  /** May be listed in `Fields`. */
  readonly returnable: boolean;
  /** `field = value` (exact equality). */
  readonly exact: boolean;
  /** `field = 'value'` / `field in (...)` meaning "contains" (the spec has no `like` keyword). */
  readonly fuzzy: boolean;
  /** `field in ('v1','v2')`. */
  readonly multi: boolean;
  /** `field = (a,b)` / `[a,b]` with open/closed bounds. */
  readonly range: boolean;
  /** May be used in `SortBy`. */
  readonly sortable: boolean;
}

type Flags = 'R' | 'E' | 'F' | 'M' | 'G' | 'S';

function field(name: string, type: FieldValueType, flags: string): FieldCapabilities {
  const has = (f: Flags) => flags.includes(f);
  return {
    name,
    type,
    returnable: has('R'),
    exact: has('E'),
    fuzzy: has('F'),
    multi: has('M'),
    range: has('G'),
    sortable: has('S'),
  };
}

// Flags: R=return E=exact F=fuzzy M=multi-value (in) G=range S=sort; transcribed row by row from 17.6.
const VIDEO: FieldCapabilities[] = [
  field('VideoId', 'string', 'REM'),
  field('AppId', 'string', 'RM'),
  field('CateId', 'long', 'RE'),
  field('CateName', 'string', 'R'),
  field('StorageLocation', 'string', 'REM'),
  field('Title', 'string', 'RFM'),
  field('Tags', 'string', 'RFM'),
  field('Description', 'string', 'RFM'),
  field('Status', 'string', 'RM'),
  field('MediaSource', 'string', 'RM'),
  field('PreprocessStatus', 'string', 'RM'),
  field('Size', 'long', 'RG'),
  field('Duration', 'float', 'RG'),
  field('CreationTime', 'time', 'RGS'),
  field('ModificationTime', 'time', 'RGS'),
  field('CoverURL', 'string', 'R'),
  field('Snapshots', 'string[]', 'R'),
  field('SpriteSnapshots', 'string[]', 'R'),
  field('DownloadSwitch', 'string', 'R'),
  field('TranscodeMode', 'string', 'R'),
];

// Differs from video: AudioId has no `in`, StorageLocation has no exact match.
const AUDIO: FieldCapabilities[] = [
  field('AudioId', 'string', 'RE'),
  field('AppId', 'string', 'RM'),
  field('CateId', 'long', 'RE'),
  field('CateName', 'string', 'R'),
  field('StorageLocation', 'string', 'RM'),
  field('Title', 'string', 'RFM'),
  field('Tags', 'string', 'RFM'),
  field('Description', 'string', 'RFM'),
  field('Status', 'string', 'RM'),
  field('MediaSource', 'string', 'RM'),
  field('PreprocessStatus', 'string', 'RM'),
  field('Size', 'long', 'RG'),
  field('Duration', 'float', 'RG'),
  field('CreationTime', 'time', 'RGS'),
  field('ModificationTime', 'time', 'RGS'),
  field('CoverURL', 'string', 'R'),
  field('Snapshots', 'string[]', 'R'),
  field('SpriteSnapshots', 'string[]', 'R'),
  field('DownloadSwitch', 'string', 'R'),
  field('TranscodeMode', 'string', 'R'),
];

const IMAGE: FieldCapabilities[] = [
  field('ImageId', 'string', 'RE'),
  field('AppId', 'string', 'RM'),
  field('CateId', 'long', 'RE'),
  field('CateName', 'string', 'R'),
  field('StorageLocation', 'string', 'REM'),
  field('FileName', 'string', 'RFM'),
  field('Title', 'string', 'RFM'),
  field('Tags', 'string', 'RFM'),
  field('Description', 'string', 'RFM'),
  field('Status', 'string', 'RM'),
  field('CreationTime', 'time', 'RGS'),
  field('ModificationTime', 'time', 'RGS'),
  field('URL', 'string', 'R'),
];

// The PDF row reads "AppIdSt ring" (a cell overflow); read as AppId. CateId is the only non-returnable field.
const ATTACHED: FieldCapabilities[] = [
  field('MediaId', 'string', 'RE'),
  field('AppId', 'string', 'RM'),
  field('CateId', 'long', 'E'),
  field('Categories', 'category[]', 'R'),
  field('StorageLocation', 'string', 'REM'),
  field('FileName', 'string', 'RFM'),
  field('Title', 'string', 'RFM'),
  field('Tags', 'string', 'RFM'),
  field('Description', 'string', 'RFM'),
  field('Status', 'string', 'RM'),
  field('CreationTime', 'time', 'RGS'),
  field('ModificationTime', 'time', 'RGS'),
  field('URL', 'string', 'R'),
  field('BusinessType', 'string', 'RE'),
];

function byName(list: FieldCapabilities[]): ReadonlyMap<string, FieldCapabilities> {
  return new Map(list.map((f) => [f.name, f]));
}

export const FIELD_TABLE: Readonly<Record<SearchType, ReadonlyMap<string, FieldCapabilities>>> = {
  video: byName(VIDEO),
  audio: byName(AUDIO),
  image: byName(IMAGE),
  attached: byName(ATTACHED),
};

/** Always returned ("默认只返回媒体ID，创建时间和媒体类型"), so accepted in `Fields` for every type. */
export const DEFAULT_RETURN_FIELDS = ['MediaId', 'CreationTime', 'MediaType'] as const;

/** "VideoId为多值查询时，最多支持传入100个视频ID". */
export const MAX_VIDEO_ID_IN_VALUES = 100;

export function isSearchType(value: string): value is SearchType {
  return (SEARCH_TYPES as readonly string[]).includes(value);
}

export function getField(searchType: SearchType, name: string): FieldCapabilities | undefined {
  return FIELD_TABLE[searchType].get(name);
}

export function listFields(searchType: SearchType): FieldCapabilities[] {
  return [...FIELD_TABLE[searchType].values()];
}

/** Case-insensitive lookup, used only to suggest the right spelling in error messages. */
export function suggestField(searchType: SearchType, name: string): string | undefined {
  const lower = name.toLowerCase();
  return listFields(searchType).find((f) => f.name.toLowerCase() === lower)?.name;
}

export function isQueryable(f: FieldCapabilities): boolean {
  return f.exact || f.fuzzy || f.multi || f.range;
}
