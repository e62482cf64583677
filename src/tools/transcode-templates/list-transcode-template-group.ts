import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';
import { templateGroupOutput } from './template-schema.js';

export const listTranscodeTemplateGroup = defineTool({
  action: 'ListTranscodeTemplateGroup',
  title: 'List transcode template groups',
  toolset: 'transcode_templates',
  tier: 'read',
  tierReason: 'Reads template groups.',
  description: 'List an app’s transcode template groups (without templates), showing which is default and which are locked.',
  input: z.strictObject({
    AppId: z.string().min(1).optional().describe('App ID (default app-1000000).'),
  }),
  output: response({ TranscodeTemplateGroupList: out.list(templateGroupOutput) }),
});
