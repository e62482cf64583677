/**
 * Entities that several action families share. Everything is plain JSON so the whole state can be
 * persisted with --sandbox-state. Field names follow the API's response fields.
 */
export type MediaType = 'video' | 'audio';

export interface PlayStream {
  JobId: string;
  Definition: string;
  Format: string;
  StreamType: 'video' | 'audio';
  Bitrate: string;
  Width: number;
  Height: number;
  Fps: string;
  Duration: string;
  Size: number;
  Encrypt: number;
  EncryptType?: string;
  HDRType?: string;
  NarrowBandType: string;
  PlayURL: string;
  Status: 'Normal' | 'Invisible';
  CreationTime: string;
  ModificationTime: string;
  TemplateId?: string;
}

export interface VideoRecord {
  VideoId: string;
  /** The customer's own unique ID (CreateUploadVideo.ReferenceId), usable instead of VideoId. */
  ReferenceId?: string;
  MediaType: MediaType;
  Title: string;
  Description?: string;
  Tags?: string;
  CateId?: number;
  CoverURL?: string;
  Duration?: number;
  Size?: number;
  Status: string;
  AuditStatus?: string;
  CreationTime: string;
  ModificationTime: string;
  StorageLocation: string;
  RegionId: string;
  AppId: string;
  TemplateGroupId?: string;
  WorkflowId?: string;
  FileName: string;
  FileURL: string;
  Snapshots: string[];
  Streams: PlayStream[];
  /** The source file exists (DeleteMezzanines removes it). */
  HasMezzanine: boolean;
  UserData?: string;
  StorageClass: string;
  /** Restore of a frozen (Archive/ColdArchive) media: Processing, then Success until RestoreExpiration (storage family). */
  RestoreStatus?: 'Processing' | 'Success' | 'Failed';
  RestoreExpiration?: string;
  /** Upload details for GetUploadDetails. */
  UploadSource?: string;
  UploadIP?: string;
  UploadStatus?: string;
  UploadRatio?: number;
  DeletedAt?: string;
}

export interface ImageRecord {
  ImageId: string;
  Title: string;
  Description?: string;
  Tags?: string;
  CateId?: number;
  ImageType: string;
  URL: string;
  FileURL: string;
  StorageLocation: string;
  Status: string;
  CreationTime: string;
  ModificationTime?: string;
  AppId: string;
  RegionId: string;
  StorageClass: string;
  Width?: number;
  Height?: number;
  Size?: number;
  Ext: string;
  FileName: string;
  VideoId?: string;
}

export interface AttachedMediaRecord {
  MediaId: string;
  Title: string;
  Description?: string;
  Tags?: string;
  CateId?: number;
  BusinessType: string;
  Status: string;
  URL: string;
  FileURL: string;
  StorageLocation: string;
  CreationTime: string;
  ModificationTime?: string;
  AppId: string;
  RegionId: string;
  StorageClass: string;
  Size?: number;
  Ext: string;
  FileName: string;
}

export interface CategoryRecord {
  CateId: number;
  CateName: string;
  ParentId: number;
  Level: number;
  Type: 'default' | 'material';
  CreationTime: string;
}

export interface TranscodeTemplate {
  TranscodeTemplateId: string;
  TemplateName: string;
  Definition: string;
  Type?: string;
  Container: { Format: string };
  Video: { Codec?: string; Bitrate?: string; Width?: string; Height?: string; Fps?: string; Remove?: string };
  Audio: { Codec?: string; Bitrate?: string; Samplerate?: string; Remove?: string };
  [key: string]: unknown;
}

export interface TranscodeTemplateGroupRecord {
  TranscodeTemplateGroupId: string;
  Name: string;
  IsDefault: 'Default' | 'NotDefault';
  Locked: 'Enabled' | 'Disabled';
  AppId: string;
  CreationTime: string;
  ModifyTime: string;
  TranscodeTemplateList: TranscodeTemplate[];
}

export interface AppRecord {
  AppId: string;
  AppName: string;
  Description?: string;
  Status: 'Normal' | 'Disable';
  Type: 'System' | 'Custom';
  CreationTime: string;
  ModificationTime?: string;
  /** Absent: the account's default resource group. */
  ResourceGroupId?: string;
  /** SetAppPlayKey's key: when it was first set and last changed. */
  PlayKey?: { PlayKey: string; CreationTime: string; ModificationTime: string };
  /** Storage enabled for the app with AddVodStorageForApp (at most one VOD system bucket). */
  Storages?: { StorageLocation: string; StorageType: 'vod_oss_bucket' | 'user_oss_bucket'; CreationTime: string }[];
}

/** The event envelope the service posts to a callback URL (spec 17.x event notifications). */
export interface VodEvent {
  EventType: string;
  EventTime: string;
  VideoId?: string;
  Status?: string;
  [key: string]: unknown;
}

export type TranscodeJobStatus = 'Transcoding' | 'TranscodeSuccess' | 'TranscodeFail';

export interface TranscodeJobRecord {
  TranscodeJobId: string;
  TranscodeTemplateId: string;
  Definition: string;
  TranscodeJobStatus: TranscodeJobStatus;
  TranscodeProgress: number;
  CreationTime: string;
  CompleteTime?: string;
  ErrorCode?: string;
  ErrorMessage?: string;
}

export interface TranscodeTaskRecord {
  TranscodeTaskId: string;
  VideoId: string;
  TranscodeTemplateGroupId: string;
  TaskStatus: 'Processing' | 'Partial' | 'CompleteAllSucc' | 'CompleteAllFail' | 'CompletePartialSucc';
  Trigger: 'Auto' | 'Manual';
  CreationTime: string;
  CompleteTime?: string;
  TranscodeJobInfoList: TranscodeJobRecord[];
}

/** Written by SubmitSnapshotJob (processing family), read by ListSnapshots (images family). */
export interface SnapshotJobRecord {
  JobId: string;
  VideoId: string;
  SnapshotTemplateId?: string;
  SnapshotType: 'CoverSnapshot' | 'NormalSnapshot' | 'SpriteSnapshot' | 'SpriteOriginSnapshot' | 'WebVttSnapshot';
  Status: 'Processing' | 'Success' | 'Fail';
  CreationTime: string;
  CompleteTime?: string;
  Count: number;
  Interval?: number;
  Width?: number;
  Height?: number;
  Urls: string[];
}

/** Written by SubmitDynamicImageJob (processing family), read by ListDynamicImage/DeleteDynamicImage (dynamic_images family). */
export interface DynamicImageRecord {
  DynamicImageId: string;
  JobId: string;
  VideoId: string;
  Format: string;
  Width?: string;
  Height?: string;
  Fps?: string;
  FileSize?: string;
  FileURL: string;
  Status: 'Processing' | 'Success' | 'Fail';
  CreationTime: string;
}
