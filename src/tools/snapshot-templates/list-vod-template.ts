import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';
import { vodTemplateInfoOutput } from './snapshot-config-schema.js';

export const listVodTemplate = defineTool({
  action: 'ListVodTemplate',
  title: 'List snapshot templates',
  toolset: 'snapshot_templates',
  tier: 'read',
  tierReason: 'Reads snapshot templates.',
  description: 'List an app’s snapshot templates.',
  input: z.strictObject({
    TemplateType: z.enum(['Snapshot']),
    AppId: z.string().min(1).optional().describe('App ID (default app-1000000).'),
  }),
  output: response({ VodTemplateInfoList: out.list(vodTemplateInfoOutput) }),
});
