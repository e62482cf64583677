import type { AnyTool } from '../define-tool.js';
import { listAuditSecurityIp } from './list-audit-security-ip.js';
import { setAuditSecurityIp } from './set-audit-security-ip.js';

export const auditSettingsTools: AnyTool[] = [setAuditSecurityIp, listAuditSecurityIp];
