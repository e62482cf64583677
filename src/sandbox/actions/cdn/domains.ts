import type { ActionHandler } from '../../action-context.js';
import { cdnError, cdnState, MAX_DOMAINS, requireDomain, startConfiguring, type DomainRecord, type Scope } from './cdn-state.js';
import { ADD_SOURCE_ERRORS, cnameFor, isHostname, readDomainName, readSources, UPDATE_SOURCE_ERRORS } from './domain-names.js';

const SCOPES: readonly Scope[] = ['domestic', 'overseas', 'global'];

export const addVodDomain: ActionHandler = (context) => {
  const state = cdnState(context);
  const name = readDomainName(context);
  const sources = readSources(context, ADD_SOURCE_ERRORS, true)!;
  const scope = context.str('Scope') ?? 'domestic';
  if (!(SCOPES as readonly string[]).includes(scope)) throw cdnError(context.action, 'InvalidScope.Malformed');
  const existing = state.domains[name];
  if (existing) throw cdnError(context.action, existing.DomainStatus === 'configuring' ? 'BusinessExist' : 'DomainAlreadyExist');
  if (Object.keys(state.domains).length >= MAX_DOMAINS) throw cdnError(context.action, 'DomainOverLimit');
  const bare = name.replace(/^\./, '');
  if ((name.startsWith('.') && state.domains[`all.${bare}`]) || (name.startsWith('all.') && state.domains[`.${name.slice(4)}`])) {
    throw cdnError(context.action, 'ExtensiveAndAllBothExist');
  }
  const checkUrl = context.str('CheckUrl');
  const topLevel = context.str('TopLevelDomain');
  if (topLevel !== undefined && !isHostname(topLevel.toLowerCase())) throw cdnError(context.action, 'InvalidDomainName.Malformed');
  const now = context.clock.nowIso();
  const domain: DomainRecord = {
    DomainName: name,
    Cname: cnameFor(name),
    Sources: sources,
    Scope: scope as Scope,
    ...(checkUrl ? { CheckUrl: checkUrl } : {}),
    ...(topLevel ? { TopLevelDomain: topLevel.toLowerCase() } : {}),
    DomainStatus: 'configuring',
    CreatedAt: context.clock.now(),
    GmtCreated: now,
    GmtModified: now,
    SSLProtocol: 'off',
    Tags: [],
  };
  startConfiguring(context, domain, 'online');
  state.domains[name] = domain;
  return {};
};

export const updateVodDomain: ActionHandler = (context) => {
  const state = cdnState(context);
  const domain = requireDomain(context, state, readDomainName(context));
  const sources = readSources(context, UPDATE_SOURCE_ERRORS, false);
  const topLevel = context.str('TopLevelDomain');
  if (topLevel !== undefined && !isHostname(topLevel.toLowerCase())) throw cdnError(context.action, 'InvalidDomainName.Malformed');
  if (sources) domain.Sources = sources;
  if (topLevel) domain.TopLevelDomain = topLevel.toLowerCase();
  if (sources && domain.DomainStatus !== 'offline') startConfiguring(context, domain, 'online');
  else domain.GmtModified = context.clock.nowIso();
  return {};
};

export const deleteVodDomain: ActionHandler = (context) => {
  const state = cdnState(context);
  const domain = requireDomain(context, state, readDomainName(context, 'DomainName', 'InvaildParameter'));
  delete state.domains[domain.DomainName];
  for (const [id, config] of Object.entries(state.configs)) if (config.DomainName === domain.DomainName) delete state.configs[id];
  return {};
};

function readDomainList(context: Parameters<ActionHandler>[0]): DomainRecord[] {
  const state = cdnState(context);
  const names = context.list('DomainNames', { required: true, max: 50 });
  return names.map((name) => requireDomain(context, state, name));
}

export const batchStartVodDomain: ActionHandler = (context) => {
  for (const domain of readDomainList(context)) {
    if (domain.DomainStatus !== 'offline') continue;
    delete domain.StoppedAt;
    startConfiguring(context, domain, 'online');
  }
  return {};
};

export const batchStopVodDomain: ActionHandler = (context) => {
  for (const domain of readDomainList(context)) {
    if (domain.DomainStatus === 'offline') continue;
    domain.DomainStatus = 'offline';
    delete domain.TargetStatus;
    delete domain.ReadyAt;
    domain.StoppedAt = context.clock.now();
    domain.GmtModified = context.clock.nowIso();
  }
  return {};
};
