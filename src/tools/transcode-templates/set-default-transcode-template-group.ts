import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { response } from '../schema-helpers.js';

export const setDefaultTranscodeTemplateGroup = defineTool({
  action: 'SetDefaultTranscodeTemplateGroup',
  title: 'Set default transcode template group',
  toolset: 'transcode_templates',
  tier: 'write',
  tierReason: 'Changes which group new uploads use; the previous default can be set again.',
  idempotent: true,
  description: 'Make a transcode template group the default one, used for uploads that name no group.',
  input: z.strictObject({
    TranscodeTemplateGroupId: z.string().min(1).describe('Group ID.'),
  }),
  output: response({}),
});
