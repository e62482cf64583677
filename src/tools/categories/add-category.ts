import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { response, utf8String } from '../schema-helpers.js';
import { cateId, categoryOutput, categoryType } from './category-schema.js';

export const addCategory = defineTool({
  action: 'AddCategory',
  title: 'Add category',
  toolset: 'categories',
  tier: 'write',
  tierReason: 'Creates a category; it can be renamed or deleted later.',
  description:
    'Create a media category, top-level or under ParentId. Media categories nest 3 levels, material categories 2 (ParentId required), ' +
    'with at most 100 children per parent.',
  input: z.strictObject({
    CateName: utf8String(64, 'Category name.').min(1),
    ParentId: cateId('Parent category ID; omit for a top-level category.').optional(),
    Type: categoryType().optional(),
  }),
  output: response({ Category: categoryOutput }),
});
