import type { SandboxEnv } from '../../../action-context.js';
import type { AttachedMediaRecord } from '../../../state/records.js';

/**
 * UpdateAttachedMediaInfos sets several categories; the shared record has one CateId, so the full list is kept
 * alongside it (plain JSON, persisted with the record).
 */
export type AttachedMediaWithCategories = AttachedMediaRecord & { CateIds?: number[] };

export function attachedCategories(env: SandboxEnv, media: AttachedMediaWithCategories): Array<Record<string, unknown>> {
  const ids = media.CateIds ?? (media.CateId === undefined ? [] : [media.CateId]);
  return ids.flatMap((id) => {
    const category = env.state.data.categories[String(id)];
    return category ? [{ CateId: category.CateId, CateName: category.CateName, ParentId: category.ParentId, Level: category.Level }] : [];
  });
}

export function attachedView(env: SandboxEnv, media: AttachedMediaWithCategories, url: string): Record<string, unknown> {
  return {
    MediaId: media.MediaId,
    Title: media.Title,
    ...(media.Description === undefined ? {} : { Description: media.Description }),
    ...(media.Tags === undefined ? {} : { Tags: media.Tags }),
    Type: media.BusinessType,
    Status: media.Status,
    URL: url,
    AppId: media.AppId,
    StorageLocation: media.StorageLocation,
    CreationTime: media.CreationTime,
    ModificationTime: media.ModificationTime ?? media.CreationTime,
    Categories: attachedCategories(env, media),
  };
}
