import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, response, utf8String } from '../schema-helpers.js';
import { snapshotTemplateConfig } from './snapshot-config-schema.js';

export const addVodTemplate = defineTool({
  action: 'AddVodTemplate',
  title: 'Add snapshot template',
  toolset: 'snapshot_templates',
  tier: 'write',
  tierReason: 'Creates a snapshot template; it can be changed or deleted later.',
  description: 'Create a snapshot template (normal, sprite or WebVTT snapshots), then pass its ID to submit_snapshot_job.',
  input: z.strictObject({
    Name: utf8String(128, 'Template name.').min(1),
    TemplateType: z.enum(['Snapshot']),
    TemplateConfig: snapshotTemplateConfig,
    AppId: z.string().min(1).optional().describe('App ID (default app-1000000).'),
  }),
  output: response({ VodTemplateId: out.str() }),
});
