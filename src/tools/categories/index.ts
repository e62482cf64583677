import type { AnyTool } from '../define-tool.js';
import { addCategory } from './add-category.js';
import { deleteCategory } from './delete-category.js';
import { getCategories } from './get-categories.js';
import { updateCategory } from './update-category.js';

export const categoriesTools: AnyTool[] = [addCategory, updateCategory, deleteCategory, getCategories];
