import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { response } from '../schema-helpers.js';

export const setEditingProjectMaterials = defineTool({
  action: 'SetEditingProjectMaterials',
  title: 'Set editing project materials',
  toolset: 'editing',
  tier: 'write',
  tierReason: 'Replaces a project’s material list; can be set again.',
  idempotent: true,
  description: 'Set the materials (video, image or auxiliary media IDs) available to an editing project, replacing the current list. IDs must exist.',
  input: z.strictObject({
    ProjectId: z.string().min(1).describe('Project ID.'),
    MaterialIds: z.array(z.string().min(1)).min(1).describe('Media IDs.'),
  }),
  output: response({}),
});
