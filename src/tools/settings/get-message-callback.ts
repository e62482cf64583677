import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { response } from '../schema-helpers.js';
import { messageCallbackOutput } from './callback-schema.js';
import { appId } from '../spec-shapes.js';

export const getMessageCallback = defineTool({
  action: 'GetMessageCallback',
  title: 'Get event notification callback',
  toolset: 'settings',
  tier: 'read',
  tierReason: 'Reads callback settings.',
  description: 'Get an app’s event notification settings: callback type, URL or MNS queue, enabled events, signing switch (key masked).',
  input: z.strictObject({ AppId: appId().optional() }),
  output: response({ MessageCallback: messageCallbackOutput.optional() }),
});
