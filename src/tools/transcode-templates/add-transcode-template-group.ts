import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { atLeastOneOf, out, response, utf8String } from '../schema-helpers.js';
import { templateList } from './template-schema.js';

export const addTranscodeTemplateGroup = defineTool({
  action: 'AddTranscodeTemplateGroup',
  title: 'Add transcode template group',
  toolset: 'transcode_templates',
  tier: 'write',
  tierReason: 'Creates a template group or adds templates to one; both can be changed or deleted later.',
  description:
    'Create a transcode template group (Name), or add templates to an existing one (TranscodeTemplateGroupId). ' +
    'Max 20 groups, 20 templates per group; locked groups cannot be changed. Without templates, uploads are not transcoded.',
  input: z
    .strictObject({
      Name: utf8String(128, 'Group name.').min(1).optional(),
      TranscodeTemplateList: templateList('Templates to add (TemplateName required).').optional(),
      TranscodeTemplateGroupId: z.string().min(1).optional().describe('Existing group to add templates to.'),
      AppId: z.string().min(1).optional().describe('App ID (default app-1000000).'),
    })
    .meta(atLeastOneOf('Name', 'TranscodeTemplateGroupId'))
    .refine((args) => args.Name !== undefined || args.TranscodeTemplateGroupId !== undefined, 'Name or TranscodeTemplateGroupId is required')
    .refine((args) => (args.TranscodeTemplateList ?? []).every((template) => template.TemplateName !== undefined), 'Each new template needs a TemplateName'),
  output: response({ TranscodeTemplateGroupId: out.str() }),
});
