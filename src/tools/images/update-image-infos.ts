import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { cateId, description, tagsString, title } from '../spec-shapes.js';
import { out, response } from '../schema-helpers.js';

const imageUpdate = z.strictObject({
  ImageId: z.string().min(1).describe('Image ID.'),
  Title: title().optional(),
  Description: description().optional(),
  Tags: tagsString().optional(),
  CateId: cateId().optional(),
});

export const updateImageInfos = defineTool({
  action: 'UpdateImageInfos',
  title: 'Update images',
  toolset: 'images',
  tier: 'write',
  tierReason: 'Changes editable metadata; can be set back.',
  idempotent: true,
  description: 'Change title, description, tags or category of up to 20 images; only given fields change, no emoji. Unknown IDs come back in NonExistImageIds.',
  input: z.strictObject({
    UpdateContent: z.array(imageUpdate).min(1).max(20).describe('One entry per image.'),
  }),
  output: response({ NonExistImageIds: out.list(z.string()) }),
});
