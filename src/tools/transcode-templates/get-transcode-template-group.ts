import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { response } from '../schema-helpers.js';
import { templateGroupOutput } from './template-schema.js';

export const getTranscodeTemplateGroup = defineTool({
  action: 'GetTranscodeTemplateGroup',
  title: 'Get transcode template group',
  toolset: 'transcode_templates',
  tier: 'read',
  tierReason: 'Reads one template group.',
  description: 'Get a transcode template group with all its templates (nested settings are JSON strings).',
  input: z.strictObject({
    TranscodeTemplateGroupId: z.string().min(1).describe('Group ID.'),
  }),
  output: response({ TranscodeTemplateGroup: templateGroupOutput }),
});
