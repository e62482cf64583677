import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { response } from '../schema-helpers.js';
import { cateId } from './category-schema.js';
import { categorySubtree } from './category-subtree.js';

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
  preview: async ({ CateId }, context) => {
    const subtree = await categorySubtree(CateId, context);
    return { summary: `Delete category ${CateId} and ${Math.max(0, subtree.length - 1)} subcategory(ies) under it; their media become uncategorized.`, items: subtree };
  },
});
