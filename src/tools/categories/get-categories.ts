import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, pageNo, pageSize, response } from '../schema-helpers.js';
import { cateId, categoryOutput, categoryType } from './category-schema.js';

export const getCategories = defineTool({
  action: 'GetCategories',
  title: 'Get category and subcategories',
  toolset: 'categories',
  tier: 'read',
  tierReason: 'Reads the category tree.',
  description: 'Get a category and a page of its direct subcategories (SubTotal counts them). CateId -1 or omitted lists the top level.',
  input: z.strictObject({
    CateId: cateId('Category ID; -1 for the top level.').optional(),
    PageNo: pageNo().optional(),
    PageSize: pageSize(100, 10).optional(),
    SortBy: z.enum(['CreationTime:Desc', 'CreationTime:Asc']).optional(),
    Type: categoryType().optional(),
  }),
  output: response({
    SubTotal: out.long(),
    Category: categoryOutput.optional(),
    SubCategories: out.list(categoryOutput),
  }),
});
