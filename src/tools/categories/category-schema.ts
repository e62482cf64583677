import { z } from 'zod';
import { out } from '../schema-helpers.js';

export const CATEGORY_TYPES = ['default', 'material'] as const;

export const cateId = (description: string) => z.number().int().describe(description);

export const categoryType = () => z.enum(CATEGORY_TYPES).describe('default: media/images (default); material: short-video materials.');

export const categoryOutput = out.obj({
  CateId: out.long(),
  CateName: out.str(),
  ParentId: out.long(),
  Level: out.long(),
  Type: out.str(),
  SubTotal: out.long(),
});
