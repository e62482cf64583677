import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';
import { AI_TEMPLATE_TYPES, templateInfoOutput } from './ai-template-schemas.js';

export const listAITemplate = defineTool({
  action: 'ListAITemplate',
  title: 'List AI templates',
  toolset: 'ai_templates',
  tier: 'read',
  tierReason: 'Lists templates.',
  description: 'List all AI templates of one type (system and custom) with their configs and default flag.',
  input: z.strictObject({
    TemplateType: z.enum(AI_TEMPLATE_TYPES).describe('AIMediaAudit: audit; AIImage: smart cover.'),
  }),
  output: response({ TemplateInfoList: out.list(templateInfoOutput) }),
});
