import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';

export const listAuditSecurityIp = defineTool({
  action: 'ListAuditSecurityIp',
  title: 'List audit security IPs',
  toolset: 'audit_settings',
  tier: 'read',
  tierReason: 'Reads the allowlists.',
  description: 'List audit security IP groups and their IPs (comma-separated), all groups or one by name.',
  input: z.strictObject({
    SecurityGroupName: z.string().min(1).optional().describe('Group name; all when omitted.'),
  }),
  output: response({
    SecurityIpList: out.list(out.obj({ SecurityGroupName: out.str(), Ips: out.str(), CreationTime: out.str(), ModificationTime: out.str() })),
  }),
});
