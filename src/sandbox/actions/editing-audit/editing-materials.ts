import type { ActionHandler, SandboxEnv } from '../../action-context.js';
import { findProject, lookupMaterial, requireMaterials, type MaterialKind } from './editing-store.js';

export const setEditingProjectMaterials: ActionHandler = (context) => {
  const project = findProject(context, context.required('ProjectId'));
  const ids = [...new Set(context.list('MaterialIds', { required: true }))];
  requireMaterials(context, ids);
  project.MaterialIds = ids;
  project.ModifiedTime = context.clock.nowIso();
  return {};
};

/** MaterialType, when given, narrows more precisely than the required Type. */
export const getEditingProjectMaterials: ActionHandler = (context) => {
  const project = findProject(context, context.required('ProjectId'));
  // The metadata marks Type optional but says nothing of a call without it; the manual requires it.
  context.required('Type');
  const type = context.oneOf('Type', ['video', 'audio'] as const);
  const kind: MaterialKind | undefined = context.oneOf('MaterialType', ['video', 'audio', 'image'] as const) ?? type;
  const list = project.MaterialIds.filter((id) => lookupMaterial(context, id)?.kind === kind).map((id) => materialView(context, id));
  return { MaterialList: list };
};

/** A material as GetEditingProjectMaterials lists it. */
export function materialView(env: SandboxEnv, id: string): Record<string, unknown> {
  const { videos, images, attachedMedia, categories } = env.state.data;
  const material = lookupMaterial(env, id);
  const video = videos[id];
  const image = images[id];
  const attached = attachedMedia[id];
  const record = video ?? image ?? attached;
  const cateId = record?.CateId;
  const view: Record<string, unknown> = {
    MaterialId: id,
    MaterialType: material?.kind,
    Title: record?.Title,
    Description: record?.Description,
    Tags: record?.Tags,
    Status: record?.Status,
    CateId: cateId,
    CateName: cateId !== undefined ? categories[String(cateId)]?.CateName : undefined,
    Duration: material?.kind === 'image' ? undefined : material?.duration,
    Size: record?.Size,
    CoverURL: material?.coverUrl,
    Source: video ? 'vod' : image ? 'image' : 'attached',
    CreationTime: record?.CreationTime,
    ModifiedTime: record?.ModificationTime ?? record?.CreationTime,
    Snapshots: video?.Snapshots ?? [],
    Sprites: [],
  };
  return Object.fromEntries(Object.entries(view).filter(([, value]) => value !== undefined));
}
