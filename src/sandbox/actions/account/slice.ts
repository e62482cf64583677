import type { SandboxEnv } from '../../action-context.js';

/** The account family's own tables (plain JSON, persisted with the rest of the state). */
export interface MessageCallbackConfig {
  AppId: string;
  CallbackType: 'HTTP' | 'MNS';
  CallbackURL?: string;
  /** Comma-separated, as the API returns it; empty means every notification is off. */
  EventTypeList: string;
  AuthSwitch: 'on' | 'off';
  AuthKey?: string;
  MnsEndpoint?: string;
  MnsQueueName?: string;
}

export interface CallbackDelivery {
  AppId: string;
  EventType: string;
  EventTime: string;
  CallbackURL: string;
  Status: 'success' | 'failed' | 'skipped';
  HttpStatus?: number;
  Error?: string;
  SentAt: string;
}

export interface CrossdomainFile {
  StorageLocation: string;
  Content: string;
  ModificationTime: string;
}

export interface AppPolicyGrant {
  IdentityType: 'RamUser' | 'RamRole';
  IdentityName: string;
  AppId: string;
  PolicyName: string;
  CreationTime: string;
  ModificationTime: string;
}

export interface LiveRecording {
  PlaylistId: string;
  DomainName: string;
  AppName: string;
  StreamName: string;
  RecordStartTime: string;
  RecordEndTime: string;
  VideoId: string;
  CreationTime: string;
}

/** One AI job's processing, recorded from AI completion events for DescribeVodAIData. */
export interface AiUsageEntry {
  Time: string;
  AIType: 'AIVideoCensor' | 'AIVideoFPShot' | 'AIVideoTag';
  Seconds: number;
  RegionId: string;
}

export interface AccountSlice {
  callbacks: Record<string, MessageCallbackConfig>;
  deliveries: CallbackDelivery[];
  crossdomain: Record<string, CrossdomainFile>;
  appPolicies: AppPolicyGrant[];
  liveRecordings: LiveRecording[];
  aiUsage: AiUsageEntry[];
  /** Demo data that points at the demo catalog, which is seeded after the families: filled in on first use. */
  demoBackfillPending: boolean;
  /** VideoId -> when its playback history starts (demo videos get a month of history). */
  playbackSince: Record<string, string>;
}

export const ACCOUNT_SLICE = 'account';
export const MAX_DELIVERY_LOG = 200;

export function accountSlice(env: SandboxEnv): AccountSlice {
  return env.state.slice<AccountSlice>(ACCOUNT_SLICE, () => ({
    callbacks: {},
    deliveries: [],
    crossdomain: {},
    appPolicies: [],
    liveRecordings: [],
    aiUsage: [],
    demoBackfillPending: false,
    playbackSince: {},
  }));
}
