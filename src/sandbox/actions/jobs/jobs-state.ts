import type { SandboxEnv } from '../../action-context.js';
import { SandboxError } from '../../errors.js';

/** The account that owns every sandbox resource, as job details report it (UserId) and GetVideoPlayAuth's CustomerId. */
export const SANDBOX_USER_ID = 1_000_000_000_000_000;

export type ExtractType = 'TraceMark' | 'CopyrightMark';
export const EXTRACT_TYPES: readonly ExtractType[] = ['TraceMark', 'CopyrightMark'];

/** A digital watermark extraction (SubmitDigitalWatermarkExtractJob); field names as GetDigitalWatermarkExtractResult. */
export interface WatermarkExtractJob {
  JobId: string;
  MediaId: string;
  ExtractType: ExtractType;
  Status: 'Processing' | 'Success' | 'Failed';
  CreateTime: string;
  ModifyTime: string;
  WaterMarkText?: string;
  ErrorMessage?: string;
  /** Simulation time (ms) the job finishes; lets restored state finish jobs whose timers were lost. */
  DueAt: number;
}

/** A digital watermark a video was played with (GetPlayInfo DigitalWatermarkType + Trace). */
export interface PlayMark {
  Type: ExtractType;
  Text: string;
  Time: string;
}

export interface JobsSlice {
  watermarkJobs: Record<string, WatermarkExtractJob>;
  /** By video ID, oldest first, at most MAX_PLAY_MARKS each. */
  playMarks: Record<string, PlayMark[]>;
}

export const MAX_PLAY_MARKS = 50;

export const jobsSlice = (env: SandboxEnv): JobsSlice => env.state.slice<JobsSlice>('jobs', () => ({ watermarkJobs: {}, playMarks: {} }));

export const jobNotFound = () => new SandboxError('InvalidJobId.NotFound', 'The job does not exist.', 404);
