import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { lookUpForPreview } from '../preview-lookup.js';
import { out, response } from '../schema-helpers.js';
import { vodTemplateId } from './snapshot-config-schema.js';

export const deleteVodTemplate = defineTool({
  action: 'DeleteVodTemplate',
  title: 'Delete snapshot template',
  toolset: 'snapshot_templates',
  tier: 'destructive',
  tierReason: 'Deletes a snapshot template permanently.',
  idempotent: true,
  description: 'Delete a snapshot template. Snapshots already taken are kept. Cannot be undone.',
  input: z.strictObject({ VodTemplateId: vodTemplateId() }),
  output: response({ VodTemplateId: out.str() }),
  preview: async ({ VodTemplateId }, context) => ({
    summary: `Delete snapshot template ${VodTemplateId}.`,
    items: await lookUpForPreview(context, 'GetVodTemplate', { VodTemplateId }, 'VodTemplateInfo', ['VodTemplateId', 'Name', 'TemplateType', 'IsDefault']),
  }),
});
