import type { SandboxEnv } from '../../action-context.js';

export type AITemplateType = 'AIMediaAudit' | 'AIImage';
export const AI_TEMPLATE_TYPES: readonly AITemplateType[] = ['AIMediaAudit', 'AIImage'];

export interface AITemplateRecord {
  TemplateId: string;
  TemplateType: AITemplateType;
  TemplateName: string;
  /** The JSON string as the caller sent it. */
  TemplateConfig: string;
  Source: 'System' | 'Custom';
  IsDefault: 'Default' | 'NotDefault';
  CreationTime: string;
  ModifyTime: string;
}

export type AIJobType = 'AIVideoTag' | 'AIMediaDNA';
export const AI_JOB_TYPES: readonly AIJobType[] = ['AIVideoTag', 'AIMediaDNA'];

export interface AIJobRecord {
  JobId: string;
  Type: AIJobType;
  MediaId: string;
  Status: 'init' | 'processing' | 'success' | 'fail';
  CreationTime: string;
  CompleteTime?: string;
  /** The job's result as a JSON string (tag result or DNA result). */
  Data?: string;
  Code?: string;
  Message?: string;
  Config?: Record<string, unknown>;
  UserData?: string;
  /** Simulation time (ms) the job finishes; lets restored state finish jobs whose timers were lost. */
  DueAt: number;
}

export interface DnaLibraryEntry {
  MediaId: string;
  Fingerprint: string;
  Duration: number;
  AddedAt: string;
}

export interface AIImageJobRecord {
  JobId: string;
  VideoId: string;
  TemplateId: string;
  TemplateConfig: string;
  AIPipelineId?: string;
  UserData?: string;
  Status: 'processing' | 'success' | 'fail';
  Code?: string;
  Message?: string;
  CreationTime: string;
  AIImageResult?: string;
  DueAt: number;
}

export interface AIImageInfoRecord {
  AIImageInfoId: string;
  JobId: string;
  VideoId: string;
  FileURL: string;
  Format: 'gif' | 'png';
  Score: string;
  Version: string;
  CreationTime: string;
}

export interface AISlice {
  templates: Record<string, AITemplateRecord>;
  jobs: Record<string, AIJobRecord>;
  /** Media whose fingerprint is in the DNA library, by media ID. */
  dnaLibrary: Record<string, DnaLibraryEntry>;
  /** Fingerprints that differ from the default derivation (demo re-uploads). */
  fingerprintOverrides: Record<string, string>;
  tagResults: Record<string, Record<string, unknown>>;
  dnaResults: Record<string, { VideoDNA: Record<string, unknown>[] }>;
  imageJobs: Record<string, AIImageJobRecord>;
  imageInfos: Record<string, AIImageInfoRecord>;
  /** Demo jobs are created once the demo catalog exists (it is seeded after the families). */
  demoPending: boolean;
}

export const SYSTEM_AUDIT_TEMPLATE_ID = 'a1d7e3f0c9b84e6a9d2c5b7f3e1a0c01';
export const SYSTEM_IMAGE_TEMPLATE_ID = 'a1d7e3f0c9b84e6a9d2c5b7f3e1a0c02';

export function emptyAISlice(): AISlice {
  return { templates: {}, jobs: {}, dnaLibrary: {}, fingerprintOverrides: {}, tagResults: {}, dnaResults: {}, imageJobs: {}, imageInfos: {}, demoPending: false };
}

export function aiSlice(env: SandboxEnv): AISlice {
  return env.state.slice('ai', emptyAISlice);
}
