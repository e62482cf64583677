import type { ActionHandler } from '../../action-context.js';
import { SandboxError } from '../../errors.js';
import { findProject, lookupMaterial, MATERIAL_KINDS } from './editing-store.js';

/**
 * Removes materials of one type from a project's list; the media themselves are kept. IDs not on the list (or of
 * another type) are skipped; when none is on it the call fails. A material whose media was deleted meanwhile has
 * no type any more and is removed under any MaterialType.
 */
export const deleteEditingProjectMaterials: ActionHandler = (context) => {
  const project = findProject(context, context.required('ProjectId'));
  const kind = context.oneOf('MaterialType', MATERIAL_KINDS)!;
  const ids = new Set(context.list('MaterialIds', { required: true }));
  const removed = project.MaterialIds.filter((id) => ids.has(id) && (lookupMaterial(context, id)?.kind ?? kind) === kind);
  if (!removed.length) throw new SandboxError('InvalidMaterial.NotFound', `None of the ${kind} materials given is in the project.`, 404);
  project.MaterialIds = project.MaterialIds.filter((id) => !removed.includes(id));
  project.ModifiedTime = context.clock.nowIso();
  return {};
};
