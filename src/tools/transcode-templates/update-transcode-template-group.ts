import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, response, utf8String } from '../schema-helpers.js';
import { templateList } from './template-schema.js';

export const updateTranscodeTemplateGroup = defineTool({
  action: 'UpdateTranscodeTemplateGroup',
  title: 'Update transcode template group',
  toolset: 'transcode_templates',
  tier: 'write',
  tierReason: 'Changes a group’s name, lock or template settings; the previous values can be set again.',
  idempotent: true,
  description:
    'Rename a transcode template group, lock/unlock it, or modify its templates (by TranscodeTemplateId; Definition cannot change). ' +
    'Read the current config with get_transcode_template_group first.',
  input: z.strictObject({
    TranscodeTemplateGroupId: z.string().min(1).describe('Group ID.'),
    Name: utf8String(128, 'Group name.').min(1).optional(),
    TranscodeTemplateList: templateList('Templates to modify.').optional(),
    Locked: z.enum(['Enabled', 'Disabled']).optional().describe('Enabled locks the group.'),
  }),
  output: response({ TranscodeTemplateGroupId: out.str() }),
});
