import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { multiLine, response } from '../schema-helpers.js';

export const setCrossdomainContent = defineTool({
  action: 'SetCrossdomainContent',
  title: 'Overwrite crossdomain.xml',
  toolset: 'settings',
  tier: 'destructive',
  tierReason: 'Overwrites the storage’s crossdomain.xml; the previous content is lost.',
  idempotent: true,
  description: 'Replace the crossdomain.xml of a VOD storage location (for Flash players). The previous file is overwritten and cannot be read back.',
  input: z.strictObject({
    Content: multiLine(z.string().min(1).max(2048))
      .regex(/^\s*<[\s\S]*>\s*$/, 'must be XML')
      .describe('crossdomain.xml text, max 2048 chars.'),
    StorageLocation: z.string().min(1).describe('Storage location (bucket host).'),
    ResourceRealOwnerId: z.string().min(1).optional().describe('Resource owner ID.'),
  }),
  output: response({}),
});
