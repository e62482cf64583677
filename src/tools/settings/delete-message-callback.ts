import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { response } from '../schema-helpers.js';
import { appId } from '../spec-shapes.js';

export const deleteMessageCallback = defineTool({
  action: 'DeleteMessageCallback',
  title: 'Delete event notification callback',
  toolset: 'settings',
  tier: 'destructive',
  tierReason: 'Removes an app’s callback settings; notifications stop until set again.',
  idempotent: true,
  description: 'Delete an app’s event notification settings; no more events are sent for it. Check with get_message_callback first.',
  input: z.strictObject({ AppId: appId().optional() }),
  output: response({}),
});
