import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { response } from '../schema-helpers.js';
import { templateInfoOutput } from './ai-template-schemas.js';

export const getDefaultAITemplate = defineTool({
  action: 'GetDefaultAITemplate',
  title: 'Get default AI template',
  toolset: 'ai_templates',
  tier: 'read',
  tierReason: 'Reads the default template.',
  description: 'Get the default smart audit (AIMediaAudit) template; only that type is supported.',
  input: z.strictObject({
    TemplateType: z.enum(['AIMediaAudit']).describe('Only AIMediaAudit.'),
  }),
  output: response({ TemplateInfo: templateInfoOutput.optional() }),
});
