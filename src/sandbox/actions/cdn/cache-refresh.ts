import type { ActionContext, ActionHandler } from '../../action-context.js';
import { invalidParameter } from '../../errors.js';
import { cdnError, cdnState, QUOTAS, type CdnState, type DomainRecord, type RefreshObjectType } from './cdn-state.js';
import { isHostname } from './domain-names.js';
import { createRefreshTask, normalizeObjectPath } from './refresh-tasks.js';

const MAX_PATHS = 1000;

/** The account's domain serving `host`: exact, or a wildcard `.example.com` one level up. */
export function domainForHost(state: CdnState, host: string): DomainRecord | undefined {
  return state.domains[host] ?? state.domains[`.${host.split('.').slice(1).join('.')}`];
}

/** `ObjectPath`: URLs separated by \n or \r\n, each on one of the caller's domains. */
function readObjectPaths(context: ActionContext, state: CdnState, kind: 'refresh' | 'preload'): { url: string; domain: DomainRecord }[] {
  const lines = context
    .required('ObjectPath')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  if (lines.length > MAX_PATHS) throw cdnError(context.action, 'InvalidObjectPath.Size.Malformed');
  return lines.map((line) => {
    const parsed = normalizeObjectPath(line);
    if (!parsed) throw cdnError(context.action, 'InvalidObjectPath.Malformed');
    if (parsed.host.startsWith('.') || parsed.host.startsWith('*')) throw cdnError(context.action, 'InvalidExtensiveDomain.ValueNotSupported');
    if (!isHostname(parsed.host.replace(/:\d+$/, ''))) throw cdnError(context.action, 'InvalidObjectPath.Malformed');
    const domain = domainForHost(state, parsed.host.replace(/:\d+$/, ''));
    if (!domain) throw cdnError(context.action, 'InvalidDomain.NotFound');
    if (domain.DomainStatus === 'offline') throw cdnError(context.action, 'InvalidDomain.Offline');
    if (domain.DomainStatus === 'configure_failed') throw cdnError(context.action, 'InvalidDomain.Configure_failed');
    if (kind === 'refresh' && domain.DomainStatus === 'configuring') throw cdnError(context.action, 'ServiceBusy');
    return { url: parsed.url, domain };
  });
}

export const refreshVodObjectCaches: ActionHandler = (context) => {
  const state = cdnState(context);
  const objectType = context.str('ObjectType') ?? 'File';
  if (objectType !== 'File' && objectType !== 'Directory') throw cdnError(context.action, 'InvalidObjectType.ValueNotSupported');
  // Force (newer metadata): purge every file of a directory, not only changed ones; the sandbox's caches hold no
  // versions, so it only has to be well formed.
  context.bool('Force');
  const paths = readObjectPaths(context, state, 'refresh');
  const type: RefreshObjectType = objectType === 'File' ? 'file' : 'directory';
  const usage = state.quotaUsage;
  if (type === 'file' ? usage.Url + paths.length > QUOTAS.Url : usage.Dir + paths.length > QUOTAS.Dir) throw cdnError(context.action, 'QuotaExceeded.Refresh');
  if (type === 'file') usage.Url += paths.length;
  else usage.Dir += paths.length;
  const tasks = paths.map(({ url, domain }) => createRefreshTask(context, type === 'directory' && !url.endsWith('/') ? `${url}/` : url, type, domain.DomainName));
  return { RefreshTaskId: tasks.map((task) => task.TaskId).join(',') };
};

/** The metadata's newer preload options: Area (default overseas), L2Preload, WithHeader (JSON: header -> values). */
function readPreloadOptions(context: ActionContext): void {
  context.oneOf('Area', ['domestic', 'overseas'] as const, 'overseas');
  context.bool('L2Preload');
  const headers = context.json<unknown>('WithHeader');
  if (headers === undefined) return;
  const valid =
    headers !== null &&
    typeof headers === 'object' &&
    !Array.isArray(headers) &&
    Object.values(headers).every((values) => typeof values === 'string' || (Array.isArray(values) && values.every((value) => typeof value === 'string')));
  if (!valid) throw invalidParameter('WithHeader', 'It must be a JSON object of header names to values.');
}

export const preloadVodObjectCaches: ActionHandler = (context) => {
  const state = cdnState(context);
  readPreloadOptions(context);
  const paths = readObjectPaths(context, state, 'preload');
  if (state.quotaUsage.Preload + paths.length > QUOTAS.Preload) throw cdnError(context.action, 'QuotaExceeded.Refresh');
  state.quotaUsage.Preload += paths.length;
  const tasks = paths.map(({ url, domain }) => createRefreshTask(context, url, 'preload', domain.DomainName));
  return { PreloadTaskId: tasks.map((task) => task.TaskId).join(',') };
};

export const describeVodRefreshQuota: ActionHandler = (context) => {
  const usage = cdnState(context).quotaUsage;
  return {
    DirQuota: String(QUOTAS.Dir),
    DirRemain: String(QUOTAS.Dir - usage.Dir),
    UrlQuota: String(QUOTAS.Url),
    UrlRemain: String(QUOTAS.Url - usage.Url),
    PreloadQuota: String(QUOTAS.Preload),
    PreloadRemain: String(QUOTAS.Preload - usage.Preload),
    BlockQuota: String(QUOTAS.Block),
    blockRemain: String(QUOTAS.Block),
  };
};
