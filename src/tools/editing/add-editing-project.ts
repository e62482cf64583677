import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { response } from '../schema-helpers.js';
import { projectDescription, projectOutput, projectTitle, timeline } from './editing-schemas.js';
import { coverUrl } from '../spec-shapes.js';

export const addEditingProject = defineTool({
  action: 'AddEditingProject',
  title: 'Create editing project',
  toolset: 'editing',
  tier: 'write',
  tierReason: 'Creates a draft project; it can be updated or deleted.',
  description:
    'Create an online editing project (draft) with an optional timeline of clips. Without a timeline the project is empty (duration 0). ' +
    'Produce it with produce_editing_project_video.',
  input: z.strictObject({
    Title: projectTitle(),
    Description: projectDescription().optional(),
    Timeline: timeline().optional(),
    CoverURL: coverUrl().optional(),
    Division: z.string().min(1).optional().describe('Service region, e.g. cn-shanghai.'),
  }),
  output: response({ Project: projectOutput.optional() }),
});
