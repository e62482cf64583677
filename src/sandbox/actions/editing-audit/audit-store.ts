import type { SandboxEnv } from '../../action-context.js';
import { SandboxError } from '../../errors.js';
import type { AuditSettings } from './audit-template.js';

export type AuditJobStatus = 'init' | 'processing' | 'success' | 'fail';
export type Suggestion = 'pass' | 'review' | 'block';

export interface AuditJobRecord {
  JobId: string;
  MediaId: string;
  MediaKind: 'video' | 'image';
  Type: 'AIMediaAudit';
  TemplateId: string;
  Status: AuditJobStatus;
  Code?: string;
  Message?: string;
  CreationTime: string;
  CompleteTime?: string;
  UserData?: string;
  ResourceType?: string;
  /** Template settings captured at submission. */
  Settings: AuditSettings;
  /** Simulation time (ms) the job finishes; lets restored state finish jobs whose timers were lost. */
  DueAt: number;
}

/** One flagged screenshot: every scene's verdict on that frame. */
export interface AuditFrame {
  Timestamp: number;
  Url: string;
  Scenes: Record<VideoScene, { Label: string; Score: number }>;
}

export interface AudioSegment {
  StartTime: number;
  EndTime: number;
  Text: string;
  Label: string;
}

export type VideoScene = 'porn' | 'terrorism' | 'ad' | 'live' | 'logo';
export const VIDEO_SCENES: readonly VideoScene[] = ['porn', 'terrorism', 'ad', 'live', 'logo'];

export interface AuditResultRecord {
  JobId: string;
  MediaId: string;
  /** MediaAuditResult as GetMediaAuditResult returns it. */
  Summary: Record<string, unknown>;
  Frames: AuditFrame[];
  AudioSegments: AudioSegment[];
}

export interface ManualAuditRecord {
  Seq: number;
  CreationTime: string;
  Status: 'Normal' | 'Blocked';
  Reason: string;
  Comment: string;
  Auditor: string;
}

export interface AuditSlice {
  jobs: Record<string, AuditJobRecord>;
  /** Finished results by job ID. */
  results: Record<string, AuditResultRecord>;
  /** Job ID of the latest finished result per media ID. */
  latest: Record<string, string>;
  /** Manual review history per video ID, oldest first. */
  history: Record<string, ManualAuditRecord[]>;
  /** The status a video had before a manual block, restored when it is set Normal again. */
  statusBeforeBlock: Record<string, string>;
}

export const auditSlice = (env: SandboxEnv): AuditSlice =>
  env.state.slice<AuditSlice>('audit', () => ({ jobs: {}, results: {}, latest: {}, history: {}, statusBeforeBlock: {} }));

export const videoNotFound = () => new SandboxError('InvalidVideo.NotFound', 'The video does not exist.', 404);
export const imageNotFound = () => new SandboxError('InvalidImage.NotFound', 'The image does not exist.', 404);
export const jobNotFound = () => new SandboxError('InvalidJobId.NotFound', 'The audit job does not exist.', 404);

/** Audit results can be asked for any video or image ID; unknown IDs are not found. */
export function requireAuditableMedia(env: SandboxEnv, mediaId: string): void {
  if (!env.state.data.videos[mediaId] && !env.state.data.images[mediaId]) throw videoNotFound();
}

/** The latest finished audit of a media, if any. */
export function latestResult(env: SandboxEnv, mediaId: string): AuditResultRecord | undefined {
  const slice = auditSlice(env);
  const jobId = slice.latest[mediaId];
  return jobId ? slice.results[jobId] : undefined;
}
