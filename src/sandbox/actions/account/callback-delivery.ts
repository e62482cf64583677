import { createHash } from 'node:crypto';
import type { SandboxEnv } from '../../action-context.js';
import { DEFAULT_APP_ID } from '../../state/sandbox-state.js';
import type { VodEvent } from '../../state/records.js';
import { isEnabled } from './callback-events.js';
import { accountSlice, MAX_DELIVERY_LOG, type CallbackDelivery, type MessageCallbackConfig } from './slice.js';

const DELIVERY_TIMEOUT_MS = 5000;

/** The app whose callback settings apply: the app of the media the event is about, else the default app. */
function appOf(env: SandboxEnv, event: VodEvent): string {
  const data = env.state.data;
  for (const key of ['VideoId', 'MediaId', 'ImageId']) {
    const id = event[key];
    if (typeof id !== 'string') continue;
    const owner = data.videos[id] ?? data.images[id] ?? data.attachedMedia[id];
    if (owner) return owner.AppId;
  }
  return typeof event.AppId === 'string' && data.apps[event.AppId] ? event.AppId : DEFAULT_APP_ID;
}

/** HTTP callback authentication: X-VOD-SIGNATURE = md5("<CallbackURL>|<X-VOD-TIMESTAMP>|<AuthKey>"). */
export function callbackSignature(url: string, timestamp: number, authKey: string): string {
  return createHash('md5').update(`${url}|${timestamp}|${authKey}`).digest('hex');
}

function log(env: SandboxEnv, entry: CallbackDelivery): void {
  const deliveries = accountSlice(env).deliveries;
  deliveries.push(entry);
  if (deliveries.length > MAX_DELIVERY_LOG) deliveries.splice(0, deliveries.length - MAX_DELIVERY_LOG);
}

async function post(env: SandboxEnv, config: MessageCallbackConfig, url: string, event: VodEvent): Promise<void> {
  const timestamp = Math.floor(env.clock.now() / 1000);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (config.AuthSwitch === 'on' && config.AuthKey) {
    headers['X-VOD-TIMESTAMP'] = String(timestamp);
    headers['X-VOD-SIGNATURE'] = callbackSignature(url, timestamp, config.AuthKey);
  }
  const base = { AppId: config.AppId, EventType: event.EventType, EventTime: event.EventTime, CallbackURL: url, SentAt: env.clock.nowIso() };
  try {
    const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(event), signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS) });
    await response.arrayBuffer();
    log(env, { ...base, Status: response.ok ? 'success' : 'failed', HttpStatus: response.status });
  } catch (error) {
    log(env, { ...base, Status: 'failed', Error: error instanceof Error ? error.message : String(error) });
  }
}

/** Posts each enabled event to the app's HTTP callback URL, asynchronously; outcomes go to the delivery log. */
export function deliverEvent(env: SandboxEnv, event: VodEvent): void {
  const appId = appOf(env, event);
  const config = accountSlice(env).callbacks[appId];
  if (!config || !isEnabled(config.EventTypeList, event.EventType)) return;
  if (config.CallbackType !== 'HTTP' || !config.CallbackURL) {
    log(env, { AppId: appId, EventType: event.EventType, EventTime: event.EventTime, CallbackURL: config.MnsEndpoint ?? '', Status: 'skipped', Error: 'MNS queues are not simulated.', SentAt: env.clock.nowIso() });
    return;
  }
  void post(env, config, config.CallbackURL, event);
}
