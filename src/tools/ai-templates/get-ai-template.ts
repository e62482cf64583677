import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { response } from '../schema-helpers.js';
import { templateId, templateInfoOutput } from './ai-template-schemas.js';

export const getAITemplate = defineTool({
  action: 'GetAITemplate',
  title: 'Get AI template',
  toolset: 'ai_templates',
  tier: 'read',
  tierReason: 'Reads one template.',
  description: 'Get one AI template: type, name, config (JSON string), source (System/Custom) and whether it is the default.',
  input: z.strictObject({ TemplateId: templateId() }),
  output: response({ TemplateInfo: templateInfoOutput.optional() }),
});
