import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { response } from '../schema-helpers.js';

const IPV4 = /^((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\/([1-9]|[12]\d|3[0-2]))?$/;

export const setAuditSecurityIp = defineTool({
  action: 'SetAuditSecurityIp',
  title: 'Set audit security IPs',
  toolset: 'audit_settings',
  tier: 'destructive',
  tierReason: 'Cover and Delete overwrite or remove allowlisted IPs.',
  idempotent: true,
  description:
    'Append, overwrite (Cover) or remove IPs in an audit security group; only these IPs can play Checking or Blocked videos. ' +
    'Max 10 groups, 100 IPs each.',
  input: z.strictObject({
    SecurityGroupName: z.string().min(1).optional().describe('Group name (default Default).'),
    Ips: z.array(z.string().regex(IPV4, 'must be an IPv4 address or CIDR like 192.168.0.1/24')).min(1).max(100).describe('IPs or CIDRs, 1-100.'),
    OperateMode: z.enum(['Append', 'Cover', 'Delete']).optional().describe('Default Append.'),
  }),
  output: response({}),
});
