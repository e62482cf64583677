import type { ActionContext, ActionHandler } from '../../action-context.js';
import { invalidParameter, missingParameter, SandboxError } from '../../errors.js';
import { DEFAULT_APP_ID } from '../../state/sandbox-state.js';
import { CALLBACK_EVENT_TYPES } from './callback-events.js';
import { accountSlice, type MessageCallbackConfig } from './slice.js';

const MAX_URL_BYTES = 256;
/** The manual: at most 32 characters, with upper case letters, lower case letters and digits. */
const AUTH_KEY = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)[A-Za-z0-9]{3,32}$/;

/** AppId of the callback actions: app-1000000 when omitted (the manual's default for all three). */
function existingAppId(context: ActionContext): string {
  const appId = context.str('AppId') ?? DEFAULT_APP_ID;
  if (!context.state.data.apps[appId]) throw new SandboxError('Forbidden.OperateApp', 'User not authorized to operate app.', 403);
  return appId;
}

function eventTypeList(context: ActionContext): string {
  const types = context.list('EventTypeList');
  if (types.includes('ALL')) return 'ALL';
  const unknown = types.filter((type) => !(CALLBACK_EVENT_TYPES as readonly string[]).includes(type));
  if (unknown.length) throw invalidParameter('EventTypeList', `Unknown event types: ${unknown.join(', ')}.`);
  return [...new Set(types)].join(',');
}

function callbackUrl(context: ActionContext): string | undefined {
  const url = context.str('CallbackURL');
  if (url === undefined) return undefined;
  if (Buffer.byteLength(url, 'utf8') > MAX_URL_BYTES || !/^https?:\/\/[^\s,]+$/.test(url) || !URL.canParse(url)) {
    throw invalidParameter('CallbackURL', 'It must be one http(s) URL of at most 256 bytes.');
  }
  return url;
}

export const setMessageCallback: ActionHandler = (context) => {
  const appId = existingAppId(context);
  const slice = accountSlice(context);
  const previous = slice.callbacks[appId];
  const authKey = context.str('AuthKey');
  if (authKey !== undefined && !AUTH_KEY.test(authKey)) throw invalidParameter('AuthKey', 'Up to 32 letters and digits, with upper case, lower case and digits.');
  const config: MessageCallbackConfig = {
    AppId: appId,
    CallbackType: context.oneOf('CallbackType', ['HTTP', 'MNS'] as const) ?? previous?.CallbackType ?? 'HTTP',
    CallbackURL: callbackUrl(context),
    EventTypeList: eventTypeList(context),
    AuthSwitch: context.oneOf('AuthSwitch', ['on', 'off'] as const) ?? previous?.AuthSwitch ?? 'off',
    AuthKey: authKey ?? previous?.AuthKey,
    MnsEndpoint: context.str('MnsEndpoint') ?? previous?.MnsEndpoint,
    MnsQueueName: context.str('MnsQueueName') ?? previous?.MnsQueueName,
  };
  // The metadata made CallbackURL optional for MNS; an HTTP callback still needs it.
  if (config.CallbackType === 'HTTP' && !config.CallbackURL) throw missingParameter('CallbackURL');
  if (config.CallbackType === 'HTTP' && config.AuthSwitch === 'on' && !config.AuthKey) throw invalidParameter('AuthKey', 'Required when AuthSwitch is on.');
  if (config.CallbackType === 'MNS' && (!config.MnsEndpoint || !config.MnsQueueName)) {
    throw invalidParameter(config.MnsEndpoint ? 'MnsQueueName' : 'MnsEndpoint', 'Required for MNS callbacks.');
  }
  if (config.MnsEndpoint !== undefined && !URL.canParse(config.MnsEndpoint)) throw invalidParameter('MnsEndpoint', 'It must be a URL.');
  slice.callbacks[appId] = config;
  return {};
};

/** The secret is never returned in full. */
export function maskSecret(secret: string): string {
  return secret.length <= 4 ? '****' : `${secret.slice(0, 2)}${'*'.repeat(secret.length - 4)}${secret.slice(-2)}`;
}

export const getMessageCallback: ActionHandler = (context) => {
  const appId = existingAppId(context);
  const config = accountSlice(context).callbacks[appId];
  if (!config) return { MessageCallback: { AppId: appId } };
  const { AuthKey, ...visible } = config;
  return { MessageCallback: { ...visible, ...(AuthKey ? { AuthKey: maskSecret(AuthKey) } : {}) } };
};

export const deleteMessageCallback: ActionHandler = (context) => {
  const appId = existingAppId(context);
  delete accountSlice(context).callbacks[appId];
  return {};
};
