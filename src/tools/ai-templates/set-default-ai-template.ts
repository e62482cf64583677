import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';
import { templateId } from './ai-template-schemas.js';

export const setDefaultAITemplate = defineTool({
  action: 'SetDefaultAITemplate',
  title: 'Set default AI template',
  toolset: 'ai_templates',
  tier: 'write',
  tierReason: 'Changes which template is the default; can be set back.',
  idempotent: true,
  description: 'Make an AI template the default of its type (the previous default is unset). The default cannot be deleted.',
  input: z.strictObject({ TemplateId: templateId() }),
  output: response({ TemplateId: out.str() }),
});
