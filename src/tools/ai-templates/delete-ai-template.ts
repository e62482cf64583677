import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { lookUpForPreview } from '../preview-lookup.js';
import { out, response } from '../schema-helpers.js';
import { templateId } from './ai-template-schemas.js';

export const deleteAITemplate = defineTool({
  action: 'DeleteAITemplate',
  title: 'Delete AI template',
  toolset: 'ai_templates',
  tier: 'destructive',
  tierReason: 'Permanently deletes a template.',
  idempotent: true,
  description: 'Permanently delete a custom AI template. The default template of a type cannot be deleted: set another default first.',
  input: z.strictObject({ TemplateId: templateId() }),
  output: response({ TemplateId: out.str() }),
  preview: async ({ TemplateId }, context) => ({
    summary: `Delete AI template ${TemplateId}.`,
    items: await lookUpForPreview(context, 'GetAITemplate', { TemplateId }, 'TemplateInfo', ['TemplateId', 'TemplateName', 'TemplateType', 'IsDefault']),
  }),
});
