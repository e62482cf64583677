import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { response } from '../schema-helpers.js';

export const deleteEditingProject = defineTool({
  action: 'DeleteEditingProject',
  title: 'Delete editing projects',
  toolset: 'editing',
  tier: 'destructive',
  tierReason: 'Permanently deletes projects and their timelines.',
  idempotent: true,
  description: 'Permanently delete editing projects and their saved timelines. Videos already produced are kept.',
  input: z.strictObject({
    ProjectIds: z.array(z.string().min(1)).min(1).describe('Project IDs.'),
  }),
  output: response({}),
});
