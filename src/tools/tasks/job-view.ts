import type { VodApi } from '../../client/index.js';

/** The job types wait_for_job knows, each read with the action the API has for it. */
export const JOB_TYPES = ['Transcode', 'Snapshot', 'AI', 'AIMediaAudit', 'URLUpload', 'CDNRefresh', 'MediaRefresh', 'Workflow'] as const;
export type JobType = (typeof JOB_TYPES)[number];

export type JobPhase = 'running' | 'succeeded' | 'failed' | 'partlySucceeded' | 'notFound';

/** One output of a job (a stream, a snapshot, an uploaded media, a refreshed URL...), in the API's field names. */
export interface JobOutput {
  JobId?: string | undefined;
  TaskId?: string | undefined;
  VideoId?: string | undefined;
  Definition?: string | undefined;
  Status?: string | undefined;
  Progress?: number | undefined;
  Url?: string | undefined;
  Format?: string | undefined;
  Size?: number | undefined;
  Width?: string | undefined;
  Height?: string | undefined;
  TaskIds?: string | undefined;
  ErrorCode?: string | undefined;
  ErrorMessage?: string | undefined;
}

/** What one look at a job found. */
export interface JobView {
  phase: JobPhase;
  Status?: string | undefined;
  /** Completion in percent, where the API gives one. */
  Progress?: number | undefined;
  VideoId?: string | undefined;
  MediaId?: string | undefined;
  SubType?: string | undefined;
  CreationTime?: string | undefined;
  CompleteTime?: string | undefined;
  ErrorCode?: string | undefined;
  ErrorMessage?: string | undefined;
  Outputs?: JobOutput[] | undefined;
  /** Totals the outputs were cut from (e.g. the snapshot count). */
  OutputsTotal?: number | undefined;
  Suggestion?: string | undefined;
  Label?: string | undefined;
}

/** Looks at one job; made per call, so it can remember how the ID was resolved (a transcode task or job ID). */
export type JobLookup = (api: VodApi, signal: AbortSignal | undefined) => Promise<JobView>;

const RUNNING = new Set(['processing', 'init', 'transcoding', 'partial', 'refreshing', 'pending', 'preprocessing', 'downloading', 'download_success', 'uploading', 'running']);

/** Running statuses across the job families (case-insensitive); anything else is final. */
export function isRunningStatus(status: string | undefined): boolean {
  return status !== undefined && RUNNING.has(status.toLowerCase());
}

const FAILED = /fail|error|cancel/i;

/** The phase of a job with one status: running, else failed when the status says so, else succeeded. */
export function phaseOf(status: string | undefined): JobPhase {
  if (status === undefined) return 'notFound';
  if (isRunningStatus(status)) return 'running';
  return FAILED.test(status) ? 'failed' : 'succeeded';
}

/** The phase of a job made of several items (a transcode task's jobs, a media refresh's media, refresh tasks). */
export function phaseOfAll(statuses: readonly (string | undefined)[]): JobPhase {
  const phases = statuses.map(phaseOf);
  if (!phases.length) return 'notFound';
  if (phases.includes('running')) return 'running';
  const failed = phases.filter((phase) => phase === 'failed' || phase === 'notFound').length;
  return failed === 0 ? 'succeeded' : failed === phases.length ? 'failed' : 'partlySucceeded';
}

export const num = (value: unknown) => (value === undefined || value === null || value === '' || !Number.isFinite(Number(value)) ? undefined : Number(value));
export const record = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {});
/** "45%" -> 45. */
export const percentOf = (value: unknown) => num(typeof value === 'string' ? value.replace(/%$/, '') : value);
