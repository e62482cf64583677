import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { aloneInList, httpUrl, response, whenEquals } from '../schema-helpers.js';
import { CALLBACK_EVENT_TYPES } from './callback-schema.js';
import { appId } from '../spec-shapes.js';

export const setMessageCallback = defineTool({
  action: 'SetMessageCallback',
  title: 'Set event notification callback',
  toolset: 'settings',
  tier: 'write',
  tierReason: 'Replaces an app’s callback settings; can be set again.',
  idempotent: true,
  description:
    'Set where an app’s event notifications go (HTTP URL or MNS queue) and which events are sent. Replaces the previous setting; omitting EventTypeList turns notifications off.',
  input: z
    .strictObject({
      CallbackType: z.enum(['HTTP', 'MNS']).optional().describe('Delivery method.'),
      CallbackURL: httpUrl('Callback URL; required unless MNS.')
        .refine((url) => Buffer.byteLength(url, 'utf8') <= 256, 'must be at most 256 bytes')
        .optional(),
      EventTypeList: z
        .array(z.enum(['ALL', ...CALLBACK_EVENT_TYPES]))
        .max(CALLBACK_EVENT_TYPES.length)
        .meta(aloneInList('ALL'))
        .refine((types) => !types.includes('ALL') || types.length === 1, "'ALL' must be alone")
        .optional()
        .describe("Events to send, or ['ALL']; empty or omitted turns all off."),
      AuthSwitch: z.enum(['on', 'off']).optional().describe('Sign HTTP callbacks.'),
      AuthKey: z
        .string()
        .regex(/^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)[A-Za-z0-9]{3,32}$/, 'must be up to 32 letters and digits, with upper case, lower case and digits')
        .optional()
        .describe('Signing key (secret).'),
      MnsEndpoint: httpUrl('MNS public endpoint.').optional(),
      MnsQueueName: z.string().min(1).optional().describe('MNS queue name.'),
      AppId: appId().optional(),
    })
    .meta(whenEquals('CallbackType', 'MNS', { required: ['MnsEndpoint', 'MnsQueueName'] }))
    .superRefine((args, context) => {
      if (args.CallbackType === 'MNS' && (!args.MnsEndpoint || !args.MnsQueueName)) {
        context.addIssue({ code: 'custom', path: ['MnsEndpoint'], message: 'MNS callbacks need MnsEndpoint and MnsQueueName' });
      }
      if (args.CallbackType !== 'MNS' && args.CallbackURL === undefined) {
        context.addIssue({ code: 'custom', path: ['CallbackURL'], message: 'HTTP callbacks need CallbackURL' });
      }
    })
    .meta({
      if: { properties: { CallbackType: { const: 'MNS' } }, required: ['CallbackType'] },
      then: { required: ['MnsEndpoint', 'MnsQueueName'] },
      else: { required: ['CallbackURL'] },
    }),
  output: response({}),
});
