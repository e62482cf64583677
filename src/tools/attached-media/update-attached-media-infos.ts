import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { description, tagsString, title } from '../spec-shapes.js';
import { out, response } from '../schema-helpers.js';

const attachedUpdate = z.strictObject({
  MediaId: z.string().min(1).describe('Attached media ID.'),
  Title: title().optional(),
  Description: description().optional(),
  Tags: tagsString().optional(),
  CateIds: z
    .string()
    .regex(/^\d+(,\d+)*$/, 'must be comma-separated category IDs')
    .describe('Comma-separated category IDs.')
    .optional(),
});

export const updateAttachedMediaInfos = defineTool({
  action: 'UpdateAttachedMediaInfos',
  title: 'Update attached media',
  toolset: 'attached_media',
  tier: 'write',
  tierReason: 'Changes editable metadata; can be set back.',
  idempotent: true,
  description: 'Change title, description, tags or categories of up to 20 attached media files; only given fields change. Unknown IDs come back in NonExistMediaIds.',
  input: z.strictObject({
    UpdateContent: z.array(attachedUpdate).min(1).max(20).describe('One entry per file.'),
  }),
  output: response({ NonExistMediaIds: out.list(z.string()) }),
});
