import type { ActionHandler } from '../../action-context.js';
import { cdnError, cdnState, FUNCTION_CONFIGURE_MS, requireDomain, type DomainConfigRecord } from './cdn-state.js';
import { DESCRIBABLE_FUNCTIONS, SETTABLE_FUNCTIONS } from './config-functions.js';
import { readDomainName } from './domain-names.js';

interface FunctionRequest {
  functionName: string;
  args: { ArgName: string; ArgValue: string }[];
  configId?: number;
}

/** Parses and checks `Functions` entirely before anything changes. */
function readFunctions(context: Parameters<ActionHandler>[0]): FunctionRequest[] {
  const malformed = () => cdnError(context.action, 'InvalidFunctions.Malformed');
  let raw: unknown;
  try {
    raw = context.json('Functions', { required: true });
  } catch {
    throw malformed();
  }
  if (!Array.isArray(raw) || raw.length === 0) throw malformed();
  return raw.map((entry: unknown): FunctionRequest => {
    if (!entry || typeof entry !== 'object') throw malformed();
    const { functionName, functionArgs, configId } = entry as Record<string, unknown>;
    if (typeof functionName !== 'string' || !Array.isArray(functionArgs)) throw malformed();
    const rule = SETTABLE_FUNCTIONS[functionName];
    if (!rule) throw cdnError(context.action, 'InvalidFunctionName.ValueNotSupported', functionName);
    const args = functionArgs.map((arg: unknown) => {
      if (!arg || typeof arg !== 'object') throw malformed();
      const { argName, argValue } = arg as Record<string, unknown>;
      if (typeof argName !== 'string') throw malformed();
      const check = rule.args[argName];
      if (!check) throw cdnError(context.action, 'InvalidArgName.ValueNotSupported', argName);
      const value = typeof argValue === 'number' ? String(argValue) : argValue;
      if (typeof value !== 'string' || !check(value)) throw cdnError(context.action, 'InvalidArgValue.Malformed');
      return { ArgName: argName, ArgValue: value };
    });
    if (rule.required.some((name) => !args.some((arg) => arg.ArgName === name))) throw cdnError(context.action, 'InvalidArgValue.Malformed');
    if (configId !== undefined && !/^\d+$/.test(String(configId))) throw malformed();
    return { functionName, args, ...(configId !== undefined ? { configId: Number(configId) } : {}) };
  });
}

export const batchSetVodDomainConfigs: ActionHandler = (context) => {
  const state = cdnState(context);
  const domains = context.list('DomainNames', { required: true, max: 50 }).map((name) => requireDomain(context, state, name));
  const functions = readFunctions(context);
  const readyAt = context.clock.now() + FUNCTION_CONFIGURE_MS;
  for (const domain of domains) {
    const own = Object.values(state.configs).filter((config) => config.DomainName === domain.DomainName);
    for (const request of functions) {
      if (request.configId !== undefined && !own.some((config) => config.ConfigId === request.configId && config.FunctionName === request.functionName)) {
        throw cdnError(context.action, 'InvalidFunctions.Malformed');
      }
    }
  }
  for (const domain of domains) {
    for (const request of functions) {
      const own = Object.values(state.configs).filter((config) => config.DomainName === domain.DomainName && config.FunctionName === request.functionName);
      const replaced = request.configId !== undefined ? own.find((config) => config.ConfigId === request.configId) : SETTABLE_FUNCTIONS[request.functionName]?.multi ? undefined : own[0];
      const configId = replaced?.ConfigId ?? context.state.nextNumber('cdnConfig', 5_003_576);
      const record: DomainConfigRecord = { ConfigId: configId, DomainName: domain.DomainName, FunctionName: request.functionName, FunctionArgs: request.args, Status: 'configuring', ReadyAt: readyAt };
      state.configs[String(configId)] = record;
    }
    domain.GmtModified = context.clock.nowIso();
  }
  return {};
};

export const describeVodDomainConfigs: ActionHandler = (context) => {
  const state = cdnState(context);
  const domain = requireDomain(context, state, readDomainName(context));
  const names = context.list('FunctionNames', { required: true });
  for (const name of names) if (!DESCRIBABLE_FUNCTIONS.has(name)) throw cdnError(context.action, 'InvalidFunctionName.ValueNotSupported', name);
  const configs = Object.values(state.configs)
    .filter((config) => config.DomainName === domain.DomainName && names.includes(config.FunctionName))
    .sort((a, b) => a.ConfigId - b.ConfigId);
  return {
    DomainConfigs: configs.map((config) => ({
      FunctionArgs: config.FunctionArgs,
      ConfigId: String(config.ConfigId),
      FunctionName: config.FunctionName,
      Status: config.Status,
    })),
  };
};

export const deleteVodSpecificConfig: ActionHandler = (context) => {
  const state = cdnState(context);
  const domain = requireDomain(context, state, readDomainName(context));
  const configId = context.required('ConfigId');
  const config = state.configs[configId];
  if (!config || config.DomainName !== domain.DomainName) throw cdnError(context.action, 'InvalidConfigId.ValueNotSupported', configId);
  delete state.configs[configId];
  domain.GmtModified = context.clock.nowIso();
  return {};
};
