import type { SandboxEnv } from '../../action-context.js';

/** The templates-processing family's own tables (plain JSON, persisted with the state). */
export interface WatermarkRecord {
  WatermarkId: string;
  Name: string;
  Type: 'Image' | 'Text';
  IsDefault: 'Default' | 'NotDefault';
  FileUrl?: string;
  /** The JSON string as the API carries it. */
  WatermarkConfig: string;
  AppId: string;
  CreationTime: string;
}

export interface VodTemplateRecord {
  VodTemplateId: string;
  Name: string;
  TemplateType: 'Snapshot' | 'DynamicImage';
  IsDefault: 'Default' | 'NotDefault';
  Source: 'System' | 'Custom';
  /** The JSON string as the API carries it. */
  TemplateConfig: string;
  AppId: string;
  CreationTime: string;
  ModifyTime: string;
}

export interface PreprocessJobRecord {
  JobId: string;
  VideoId: string;
  PreprocessType: 'LivePreprocess';
  Status: 'Preprocessing' | 'PreprocessSucceed' | 'PreprocessFailed';
  CreationTime: string;
  CompleteTime?: string;
}

export interface WorkflowJobRecord {
  JobId: string;
  WorkflowId: string;
  MediaId?: string;
  TranscodeTaskId?: string;
  Status: 'Processing' | 'Success' | 'Fail';
  CreationTime: string;
  CompleteTime?: string;
}

export interface TemplatesProcessingTables {
  watermarks: Record<string, WatermarkRecord>;
  vodTemplates: Record<string, VodTemplateRecord>;
  preprocessJobs: Record<string, PreprocessJobRecord>;
  workflowJobs: Record<string, WorkflowJobRecord>;
}

export function tables(env: SandboxEnv): TemplatesProcessingTables {
  return env.state.slice<TemplatesProcessingTables>('templates-processing', () => ({ watermarks: {}, vodTemplates: {}, preprocessJobs: {}, workflowJobs: {} }));
}
