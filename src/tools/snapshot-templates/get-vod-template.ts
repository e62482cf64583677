import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { response } from '../schema-helpers.js';
import { vodTemplateId, vodTemplateInfoOutput } from './snapshot-config-schema.js';

export const getVodTemplate = defineTool({
  action: 'GetVodTemplate',
  title: 'Get snapshot template',
  toolset: 'snapshot_templates',
  tier: 'read',
  tierReason: 'Reads one snapshot template.',
  description: 'Get one snapshot template with its config (JSON string).',
  input: z.strictObject({ VodTemplateId: vodTemplateId() }),
  output: response({ VodTemplateInfo: vodTemplateInfoOutput }),
});
