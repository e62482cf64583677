import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';
import { materialOutput } from './editing-schemas.js';

export const getEditingProjectMaterials = defineTool({
  action: 'GetEditingProjectMaterials',
  title: 'Get editing project materials',
  toolset: 'editing',
  tier: 'read',
  tierReason: 'Reads a project’s materials.',
  description: 'List the materials of an editing project with title, duration, size, cover and snapshots, filtered by type.',
  input: z.strictObject({
    ProjectId: z.string().min(1).describe('Project ID.'),
    Type: z.enum(['video', 'audio']).describe('Material type.'),
    MaterialType: z.enum(['video', 'audio', 'image']).optional().describe('Material type filter (wins over Type).'),
  }),
  output: response({ MaterialList: out.list(materialOutput) }),
});
