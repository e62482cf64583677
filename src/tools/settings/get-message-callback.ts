import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { response } from '../schema-helpers.js';
import { appIdArg, messageCallbackOutput } from './callback-schema.js';

export const getMessageCallback = defineTool({
  action: 'GetMessageCallback',
  title: 'Get event notification callback',
  toolset: 'settings',
  tier: 'read',
  tierReason: 'Reads callback settings.',
  description: 'Get an app’s event notification settings: callback type, URL or MNS queue, enabled events, signing switch (key masked).',
  input: z.strictObject({ AppId: appIdArg().optional() }),
  output: response({ MessageCallback: messageCallbackOutput.optional() }),
});
