import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, response, utf8String } from '../schema-helpers.js';
import { snapshotTemplateConfig, vodTemplateId } from './snapshot-config-schema.js';

export const updateVodTemplate = defineTool({
  action: 'UpdateVodTemplate',
  title: 'Update snapshot template',
  toolset: 'snapshot_templates',
  tier: 'write',
  tierReason: 'Changes a snapshot template; the previous values can be set again.',
  idempotent: true,
  description: 'Rename a snapshot template or replace its config.',
  input: z.strictObject({
    VodTemplateId: vodTemplateId(),
    Name: utf8String(128, 'Template name.').min(1).optional(),
    TemplateConfig: snapshotTemplateConfig.optional(),
  }),
  output: response({ VodTemplateId: out.str() }),
});
