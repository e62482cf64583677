import type { ActionHandler, SandboxEnv } from '../../action-context.js';
import { invalidParameter } from '../../errors.js';
import { SANDBOX_USER_ID } from '../jobs/jobs-state.js';
import { materialView } from './editing-materials.js';
import { findProject, MATERIAL_KINDS, requireMaterials } from './editing-store.js';

/** The metadata: "You can specify up to 10 IDs". */
const MAX_MATERIALS = 10;

/** A material as AddEditingProjectMaterials' model names its fields (CreateTime/ModifyTime, CustomerId; no Source). */
function addedView(env: SandboxEnv, id: string): Record<string, unknown> {
  const { CreationTime, ModifiedTime, Source: _source, ...rest } = materialView(env, id);
  return { ...rest, CreateTime: CreationTime, ModifyTime: ModifiedTime, CustomerId: SANDBOX_USER_ID };
}

/** Adds materials of one type to a project's list (those already on it stay once); answers with the added materials. */
export const addEditingProjectMaterials: ActionHandler = (context) => {
  const project = findProject(context, context.required('ProjectId'));
  const kind = context.oneOf('MaterialType', MATERIAL_KINDS)!;
  const ids = [...new Set(context.list('MaterialIds', { required: true, max: MAX_MATERIALS }))];
  const wrong = requireMaterials(context, ids).find((material) => material.kind !== kind);
  if (wrong) throw invalidParameter('MaterialIds', `Material ${wrong.id} is ${wrong.kind}, not ${kind}: all materials must be of MaterialType.`);
  project.MaterialIds = [...new Set([...project.MaterialIds, ...ids])];
  project.ModifiedTime = context.clock.nowIso();
  return { MaterialList: ids.map((id) => addedView(context, id)) };
};
