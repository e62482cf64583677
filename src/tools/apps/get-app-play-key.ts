import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';
import { appId } from '../spec-shapes.js';

export const getAppPlayKey = defineTool({
  action: 'GetAppPlayKey',
  title: 'Get an app’s play key',
  toolset: 'apps',
  tier: 'read',
  tierReason: 'Reads the play key; changes nothing. The key is a secret.',
  description: 'Get the playback key of an app (default app-1000000) with when it was set. PlayKey is a secret: do not log or repeat it. No PlayKey means none is set.',
  input: z.strictObject({ AppId: appId().optional() }),
  output: response({
    AppPlayKey: out.obj({ AppId: out.str(), PlayKey: out.str(), CreationTime: out.str(), ModificationTime: out.str() }).optional(),
  }),
});
