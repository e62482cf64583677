import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { response } from '../schema-helpers.js';
import { projectDescription, projectTitle, timeline } from './editing-schemas.js';
import { coverUrl } from '../spec-shapes.js';

export const updateEditingProject = defineTool({
  action: 'UpdateEditingProject',
  title: 'Update editing project',
  toolset: 'editing',
  tier: 'write',
  tierReason: 'Changes a project’s title, cover or timeline; can be changed back.',
  idempotent: true,
  description: 'Update an editing project’s title, description, cover or timeline (the timeline replaces the saved one). Only given fields change.',
  input: z.strictObject({
    ProjectId: z.string().min(1).describe('Project ID.'),
    Title: projectTitle().optional(),
    Timeline: timeline().optional(),
    Description: projectDescription().optional(),
    CoverURL: coverUrl().optional(),
  }),
  output: response({}),
});
