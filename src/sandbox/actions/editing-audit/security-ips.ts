import type { ActionHandler, SandboxEnv } from '../../action-context.js';
import { invalidParameter, SandboxError } from '../../errors.js';
import { specError } from '../../spec-table.js';

export interface SecurityGroupRecord {
  SecurityGroupName: string;
  Ips: string[];
  CreationTime: string;
  ModifyTime: string;
}

export const MAX_SECURITY_GROUPS = 10;
export const MAX_IPS_PER_GROUP = 100;
const DEFAULT_GROUP = 'Default';
const IP_OR_CIDR = /^((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\/([1-9]|[12]\d|3[0-2]))?$/;

export const securityGroups = (env: SandboxEnv): Record<string, SecurityGroupRecord> =>
  env.state.slice<Record<string, SecurityGroupRecord>>('auditSecurityIp', () => ({}));

function spec(action: string, code: string): SandboxError {
  const row = specError(action, code);
  return new SandboxError(code, row?.message ?? code, row?.httpStatus ?? 400);
}

export const setAuditSecurityIp: ActionHandler = (context) => {
  const name = context.str('SecurityGroupName') ?? DEFAULT_GROUP;
  const mode = context.oneOf('OperateMode', ['Append', 'Cover', 'Delete'] as const, 'Append');
  const ips = [...new Set(context.list('Ips', { max: MAX_IPS_PER_GROUP, tooMany: spec('SetAuditSecurityIp', 'IpsExceededMax') }))];
  if (!ips.length) throw spec('SetAuditSecurityIp', 'IpsIsEmpty');
  const invalid = ips.find((ip) => !IP_OR_CIDR.test(ip));
  if (invalid) throw invalidParameter('Ips', `"${invalid}" is not an IPv4 address or CIDR block.`);

  const groups = securityGroups(context);
  const now = context.clock.nowIso();
  const group = groups[name];
  if (mode === 'Delete') {
    if (!group) return {};
    group.Ips = group.Ips.filter((ip) => !ips.includes(ip));
    group.ModifyTime = now;
    if (!group.Ips.length) delete groups[name];
    return {};
  }
  if (!group && Object.keys(groups).length >= MAX_SECURITY_GROUPS) throw spec('SetAuditSecurityIp', 'SecurityIpGroupExceededMax');
  const next = mode === 'Cover' ? ips : [...new Set([...(group?.Ips ?? []), ...ips])];
  if (next.length > MAX_IPS_PER_GROUP) throw spec('SetAuditSecurityIp', 'IpsExceededMax');
  groups[name] = { SecurityGroupName: name, Ips: next, CreationTime: group?.CreationTime ?? now, ModifyTime: now };
  return {};
};

export const listAuditSecurityIp: ActionHandler = (context) => {
  const name = context.str('SecurityGroupName');
  const groups = securityGroups(context);
  const selected = name ? [groups[name] ?? throwNotFound()] : Object.values(groups).sort((a, b) => a.CreationTime.localeCompare(b.CreationTime));
  return {
    SecurityIpList: selected.map((group) => ({ SecurityGroupName: group.SecurityGroupName, Ips: group.Ips.join(','), CreationTime: group.CreationTime, ModificationTime: group.ModifyTime })),
  };
};

function throwNotFound(): never {
  throw spec('ListAuditSecurityIp', 'SecurityIp.NotFound');
}
