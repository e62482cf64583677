import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { idList, out, response } from '../schema-helpers.js';
import { addedMaterialOutput, MATERIAL_TYPES } from './editing-schemas.js';

export const addEditingProjectMaterials = defineTool({
  action: 'AddEditingProjectMaterials',
  title: 'Add editing project materials',
  toolset: 'editing',
  tier: 'write',
  tierReason: 'Adds materials to a project’s list; they can be removed again.',
  idempotent: true,
  description:
    'Add up to 10 materials (video, audio or image media IDs, all of MaterialType) to an editing project’s material list; the others stay. ' +
    'Returns the added materials. See get_editing_project_materials.',
  input: z.strictObject({
    ProjectId: z.string().min(1).describe('Project ID.'),
    MaterialIds: idList(10, 'Media IDs, all of MaterialType.'),
    MaterialType: z.enum(MATERIAL_TYPES).describe('Type of every material given.'),
  }),
  output: response({ MaterialList: out.list(addedMaterialOutput) }),
});
