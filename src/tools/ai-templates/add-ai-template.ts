import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';
import { AI_TEMPLATE_TYPES, configKind, TEMPLATE_TYPE_RULE, templateConfig, templateName } from './ai-template-schemas.js';

export const addAITemplate = defineTool({
  action: 'AddAITemplate',
  title: 'Add AI template',
  toolset: 'ai_templates',
  tier: 'write',
  tierReason: 'Creates a template; it can be updated or deleted.',
  description:
    'Create an AI template for smart audit (AIMediaAudit) or smart covers (AIImage). The config must match the type. ' +
    'Use the TemplateId with submit_ai_image_job or audit jobs.',
  input: z
    .strictObject({
      TemplateName: templateName(),
      TemplateType: z.enum(AI_TEMPLATE_TYPES).describe('AIMediaAudit: audit; AIImage: smart cover.'),
      TemplateConfig: templateConfig,
    })
    .meta(TEMPLATE_TYPE_RULE)
    .refine((args) => configKind(args.TemplateConfig) === args.TemplateType, { message: 'TemplateConfig does not match TemplateType', path: ['TemplateConfig'] }),
  output: response({ TemplateId: out.str() }),
});
