import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { response } from '../schema-helpers.js';
import { cateId } from './category-schema.js';

export const deleteCategory = defineTool({
  action: 'DeleteCategory',
  title: 'Delete category',
  toolset: 'categories',
  tier: 'destructive',
  tierReason: 'Deletes the category and all its subcategories; media in them lose their category.',
  idempotent: true,
  description: 'Delete a category together with all its subcategories. Media in them are kept but become uncategorized. Cannot be undone.',
  input: z.strictObject({
    CateId: cateId('Category ID.'),
  }),
  output: response({}),
});
