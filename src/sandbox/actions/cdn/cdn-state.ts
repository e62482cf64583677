import type { ActionContext, SandboxEnv } from '../../action-context.js';
import { SandboxError } from '../../errors.js';
import { specError } from '../../spec-table.js';

export type SourceType = 'ipaddr' | 'domain' | 'oss';
export type DomainStatus = 'online' | 'offline' | 'configuring' | 'configure_failed' | 'checking' | 'check_failed';
export type Scope = 'domestic' | 'overseas' | 'global';

export interface DomainSource {
  Type: SourceType;
  Content: string;
  Port: number;
  Priority: string;
  Weight: string;
  Enabled: 'online' | 'offline';
}

export interface DomainRecord {
  DomainName: string;
  Cname: string;
  Sources: DomainSource[];
  Scope: Scope;
  CheckUrl?: string;
  TopLevelDomain?: string;
  Description?: string;
  DomainStatus: DomainStatus;
  /** While configuring: the status reached at ReadyAt (ms, simulation clock). */
  TargetStatus?: DomainStatus;
  ReadyAt?: number;
  CreatedAt: number;
  /** When the domain was last stopped (ms); no traffic after it while offline. */
  StoppedAt?: number;
  GmtCreated: string;
  GmtModified: string;
  SSLProtocol: 'on' | 'off';
  CertId?: number;
  Tags: { Key: string; Value: string }[];
}

export interface DomainConfigRecord {
  ConfigId: number;
  DomainName: string;
  FunctionName: string;
  FunctionArgs: { ArgName: string; ArgValue: string }[];
  Status: 'configuring' | 'success';
  ReadyAt?: number;
}

/** Only public parts of a certificate are kept: the private key is checked, then dropped. */
export interface CertificateRecord {
  CertId: number;
  CertName: string;
  Common: string;
  Fingerprint: string;
  Issuer: string;
  CertOrg: string;
  /** Issue time, seconds since the epoch. */
  LastTime: number;
  CertExpireTime: string;
  SSLPub: string;
  CertType: 'upload' | 'free' | 'cas';
  /** Where the certificate is kept (SetVodDomainSSLCertificate's CertRegion); absent: cn-hangzhou, the default. */
  CertRegion?: string;
}

export type RefreshObjectType = 'file' | 'directory' | 'preload';

export interface RefreshTaskRecord {
  TaskId: string;
  ObjectPath: string;
  ObjectType: RefreshObjectType;
  DomainName: string;
  CreatedAt: number;
  CreationTime: string;
  DurationMs: number;
  /** Set when the task ends in Failed (origin errors). */
  FailureDescription?: string;
}

export interface MediaRefreshItem {
  MediaId: string;
  TaskType: 'Refresh' | 'Preload';
  FilterPolicy: string;
  Status: 'success' | 'fail';
  SuccessPlayUrls: string;
  TaskIds: string;
  ErrorCode?: string;
  ErrorMessage?: string;
  UserData?: string;
  GmtCreate: string;
  GmtModified: string;
}

export interface CdnState {
  domains: Record<string, DomainRecord>;
  configs: Record<string, DomainConfigRecord>;
  certificates: Record<string, CertificateRecord>;
  refreshTasks: Record<string, RefreshTaskRecord>;
  mediaRefreshJobs: Record<string, MediaRefreshItem[]>;
  quotaUsage: { Day: string; Url: number; Dir: number; Preload: number };
  verifiedDomains: string[];
}

export const MAX_DOMAINS = 20;
export const DOMAIN_CONFIGURE_MS = 60_000;
export const FUNCTION_CONFIGURE_MS = 10_000;
export const QUOTAS = { Url: 2000, Dir: 100, Preload: 500, Block: 500 } as const;

const INITIAL = (): CdnState => ({
  domains: {},
  configs: {},
  certificates: {},
  refreshTasks: {},
  mediaRefreshJobs: {},
  quotaUsage: { Day: '', Url: 0, Dir: 0, Preload: 0 },
  verifiedDomains: [],
});

/** The family's tables, with time-driven transitions (configuring -> online...) applied up to now. */
export function cdnState(env: SandboxEnv): CdnState {
  const state = env.state.slice<CdnState>('cdn', INITIAL);
  const now = env.clock.now();
  for (const domain of Object.values(state.domains)) {
    if (domain.DomainStatus === 'configuring' && domain.ReadyAt !== undefined && domain.ReadyAt <= now) {
      domain.DomainStatus = domain.TargetStatus ?? 'online';
      delete domain.TargetStatus;
      delete domain.ReadyAt;
    }
  }
  for (const config of Object.values(state.configs)) {
    if (config.Status === 'configuring' && config.ReadyAt !== undefined && config.ReadyAt <= now) {
      config.Status = 'success';
      delete config.ReadyAt;
    }
  }
  const day = new Date(now).toISOString().slice(0, 10);
  if (state.quotaUsage.Day !== day) state.quotaUsage = { Day: day, Url: 0, Dir: 0, Preload: 0 };
  return state;
}

/** Codes the family shares; used where the action's own table does not list the code. */
const FAMILY_ERRORS: Record<string, [string, number]> = {
  'InvalidDomain.NotFound': ['The domain provided does not belong to you.', 404],
  'InvalidDomain.Offline': ['The domain provided is offline.', 404],
  ServiceBusy: ['The specified Domain is configuring, please retry later.', 403],
  'InvalidDomainName.Malformed': ['Specified DomainName is malformed.', 400],
  DomainOwnerVerifyFail: ['Owner verification of the root domain failed.', 400],
  'InvalidObjectPath.Size.Malformed': ['The size of ObjectPath is bigger than 1000.', 400],
  'InvalidStartTime.Malformed': ['Specified StartTime is malformed.', 400],
  'InvalidEndTime.Malformed': ['Specified EndTime is malformed.', 400],
  'InvalidConfigId.ValueNotSupported': ['ConfigId [%s] is not supported.', 400],
};

/** The spec's error row for this action (or the family's), with `%s` filled in. */
export function cdnError(action: string, code: string, ...fill: string[]): SandboxError {
  const row = specError(action, code);
  const [message, status] = row ? [row.message, row.httpStatus] : (FAMILY_ERRORS[code] ?? [code, 400]);
  let filled = message;
  for (const value of fill) filled = filled.replace('%s', value);
  return new SandboxError(code, filled, status);
}

export function requireDomain(context: ActionContext, state: CdnState, name: string): DomainRecord {
  const domain = state.domains[name.toLowerCase()];
  if (!domain) throw cdnError(context.action, 'InvalidDomain.NotFound');
  return domain;
}

/** Puts a domain into `configuring`; it reaches `target` after DOMAIN_CONFIGURE_MS. */
export function startConfiguring(env: SandboxEnv, domain: DomainRecord, target: DomainStatus): void {
  domain.DomainStatus = 'configuring';
  domain.TargetStatus = target;
  domain.ReadyAt = env.clock.now() + DOMAIN_CONFIGURE_MS;
  domain.GmtModified = env.clock.nowIso();
}

/** FNV-1a, for deterministic per-domain figures. */
export function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
