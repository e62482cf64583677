import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { response, utf8String } from '../schema-helpers.js';
import { cateId } from './category-schema.js';

export const updateCategory = defineTool({
  action: 'UpdateCategory',
  title: 'Rename category',
  toolset: 'categories',
  tier: 'write',
  tierReason: 'Renames a category; can be renamed back.',
  idempotent: true,
  description: 'Rename a category. Get IDs from get_categories.',
  input: z.strictObject({
    CateId: cateId('Category ID.'),
    CateName: utf8String(64, 'New name.').min(1),
  }),
  output: response({}),
});
