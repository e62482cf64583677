import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';
import { templateConfig, templateId, templateName } from './ai-template-schemas.js';

export const updateAITemplate = defineTool({
  action: 'UpdateAITemplate',
  title: 'Update AI template',
  toolset: 'ai_templates',
  tier: 'write',
  tierReason: 'Replaces a custom template’s name and config; can be changed back.',
  idempotent: true,
  description: 'Replace a custom AI template’s name and whole config (same shape as its type). System templates cannot be changed.',
  input: z.strictObject({
    TemplateId: templateId(),
    TemplateName: templateName(),
    TemplateConfig: templateConfig,
  }),
  output: response({ TemplateId: out.str() }),
});
