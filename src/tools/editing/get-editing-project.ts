import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { response } from '../schema-helpers.js';
import { projectOutput } from './editing-schemas.js';

export const getEditingProject = defineTool({
  action: 'GetEditingProject',
  title: 'Get editing project',
  toolset: 'editing',
  tier: 'read',
  tierReason: 'Reads one project.',
  description: 'Get one editing project with its status (Normal, Producing, Produced, ProduceFailed) and its timeline as a JSON string.',
  input: z.strictObject({
    ProjectId: z.string().min(1).describe('Project ID.'),
  }),
  output: response({ Project: projectOutput.optional() }),
});
