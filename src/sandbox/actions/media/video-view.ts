import type { SandboxEnv } from '../../action-context.js';
import type { VideoRecord } from '../../state/records.js';

/** A video as GetVideoInfo/GetVideoInfos/GetVideoList/SearchMedia present it. */
export function videoView(env: SandboxEnv, video: VideoRecord): Record<string, unknown> {
  const category = video.CateId !== undefined ? env.state.data.categories[String(video.CateId)] : undefined;
  return compact({
    VideoId: video.VideoId,
    ReferenceId: video.ReferenceId,
    Title: video.Title,
    Description: video.Description,
    Duration: video.Duration,
    CoverURL: video.CoverURL,
    Status: video.Status,
    CreationTime: video.CreationTime,
    ModificationTime: video.ModificationTime,
    Size: video.Size,
    Snapshots: video.Snapshots,
    CateId: video.CateId,
    CateName: category?.CateName,
    Tags: video.Tags,
    TemplateGroupId: video.TemplateGroupId,
    StorageLocation: video.StorageLocation,
    RegionId: video.RegionId,
    AppId: video.AppId,
    AuditStatus: video.AuditStatus,
    StorageClass: video.StorageClass,
    RestoreStatus: video.RestoreStatus,
    RestoreExpiration: video.RestoreExpiration,
  });
}

/** The view without the named fields, for actions whose model lists fewer than the shared view. */
export function omit<T extends Record<string, unknown>>(value: T, ...names: string[]): Partial<T> {
  const result: Record<string, unknown> = { ...value };
  for (const name of names) delete result[name];
  return result as Partial<T>;
}

/** Drops undefined fields. A plain loop: searches build this for every media item on each request. */
export function compact<T extends Record<string, unknown>>(value: T): Partial<T> {
  const result: Record<string, unknown> = {};
  for (const key in value) if (value[key] !== undefined) result[key] = value[key];
  return result as Partial<T>;
}
