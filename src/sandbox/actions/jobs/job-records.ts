import type { SandboxEnv } from '../../action-context.js';
import { aiReady } from '../ai/ai-ready.js';
import { auditReady } from '../editing-audit/audit-jobs.js';
import { compact } from '../media/video-view.js';
import { tables } from '../templates-processing/tables.js';
import { SANDBOX_USER_ID } from './jobs-state.js';

/**
 * GetJobDetail and ListJobInfo read the job records the other families keep (no copy here): transcode jobs inside
 * transcode tasks, snapshot jobs, the AI family's jobs (tags, DNA, smart covers), audit jobs, and workflow runs.
 */
export type JobType = 'transcode' | 'snapshot' | 'ai' | 'workflow';
export const JOB_TYPES: readonly JobType[] = ['transcode', 'snapshot', 'ai', 'workflow'];
/** ListJobInfo's JobType values (the metadata and the SDK list no workflow for it). */
export const LISTED_JOB_TYPES: readonly JobType[] = ['transcode', 'snapshot', 'ai'];

/** Where GetJobDetail puts each type's detail. */
export const DETAIL_FIELD: Record<JobType, string> = {
  transcode: 'TranscodeJobDetail',
  snapshot: 'SnapshotJobDetail',
  ai: 'AIJobDetail',
  workflow: 'WorkflowTaskDetail',
};

export interface JobEntry {
  jobId: string;
  mediaId: string | undefined;
  createTime: string;
  completeTime?: string | undefined;
  status: string;
  /** The detail object, in the field names of GetJobDetail's model for the type. */
  detail: Record<string, unknown>;
}

/**
 * AI jobs under the names the service bills them by (DescribeVodAIData): GetJobDetail's example names an audit job
 * AIVideoCensor. Smart-cover jobs have no billing name in the sources; they keep their template type, AIImage.
 */
const AI_JOB_NAMES = { AIVideoTag: 'AIVideoTag', AIMediaDNA: 'AIVideoFPShot' } as const;
const WORKFLOW_STATUS = { Processing: 'Processing', Success: 'Succeed', Fail: 'Failed' } as const;

function transcodeJobs(env: SandboxEnv): JobEntry[] {
  return Object.values(env.state.data.transcodeTasks).flatMap((task) =>
    task.TranscodeJobInfoList.map((job) => ({
      jobId: job.TranscodeJobId,
      mediaId: task.VideoId,
      createTime: job.CreationTime,
      completeTime: job.CompleteTime,
      status: job.TranscodeJobStatus,
      detail: compact({
        JobId: job.TranscodeJobId,
        VideoId: task.VideoId,
        TemplateId: job.TranscodeTemplateId,
        Definition: job.Definition,
        Status: job.TranscodeJobStatus,
        CreateTime: job.CreationTime,
        CompleteTime: job.CompleteTime,
        UserId: SANDBOX_USER_ID,
      }),
    })),
  );
}

/** NormalConfig in the short keys of GetJobDetail's example (num, inl, wd, hg, ft), for the keys whose meaning is plain. */
function snapshotJobs(env: SandboxEnv): JobEntry[] {
  return Object.values(env.state.data.snapshotJobs).map((job) => ({
    jobId: job.JobId,
    mediaId: job.VideoId,
    createTime: job.CreationTime,
    completeTime: job.CompleteTime,
    status: job.Status,
    detail: compact({
      JobId: job.JobId,
      VideoId: job.VideoId,
      Status: job.Status,
      Trigger: 'Manual',
      CreateTime: job.CreationTime,
      CompleteTime: job.CompleteTime,
      NormalConfig: JSON.stringify(
        compact({ num: job.Count, inl: job.Interval, wd: job.Width === undefined ? undefined : String(job.Width), hg: job.Height === undefined ? undefined : String(job.Height), ft: 'normal' }),
      ),
      UserId: SANDBOX_USER_ID,
    }),
  }));
}

function aiDetail(entry: { JobId: string; JobType: string; MediaId: string; Status: string; CreateTime: string; CompleteTime?: string | undefined; TemplateConfig?: string | undefined }): JobEntry {
  return {
    jobId: entry.JobId,
    mediaId: entry.MediaId,
    createTime: entry.CreateTime,
    completeTime: entry.CompleteTime,
    status: entry.Status,
    detail: compact({ ...entry, Trigger: 'Manual', UserId: SANDBOX_USER_ID }),
  };
}

function aiJobs(env: SandboxEnv): JobEntry[] {
  const ai = aiReady(env);
  const audit = auditReady(env);
  return [
    ...Object.values(ai.jobs).map((job) =>
      aiDetail({ JobId: job.JobId, JobType: AI_JOB_NAMES[job.Type], MediaId: job.MediaId, Status: job.Status, CreateTime: job.CreationTime, CompleteTime: job.CompleteTime, TemplateConfig: job.Config ? JSON.stringify(job.Config) : undefined }),
    ),
    ...Object.values(ai.imageJobs).map((job) =>
      aiDetail({ JobId: job.JobId, JobType: 'AIImage', MediaId: job.VideoId, Status: job.Status, CreateTime: job.CreationTime, TemplateConfig: job.TemplateConfig }),
    ),
    ...Object.values(audit.jobs).map((job) =>
      aiDetail({
        JobId: job.JobId,
        JobType: 'AIVideoCensor',
        MediaId: job.MediaId,
        Status: job.Status,
        CreateTime: job.CreationTime,
        CompleteTime: job.CompleteTime,
        TemplateConfig: JSON.stringify({ AuditItem: job.Settings.AuditItem, AuditRange: job.Settings.AuditRange, AuditAutoBlock: job.Settings.AuditAutoBlock ? 'yes' : 'no' }),
      }),
    ),
  ];
}

function workflowJobs(env: SandboxEnv): JobEntry[] {
  return Object.values(tables(env).workflowJobs).map((job) => {
    const video = job.MediaId ? env.state.data.videos[job.MediaId] : undefined;
    return {
      jobId: job.JobId,
      mediaId: job.MediaId,
      createTime: job.CreationTime,
      completeTime: job.CompleteTime,
      status: WORKFLOW_STATUS[job.Status],
      detail: compact({
        TaskId: job.JobId,
        Status: WORKFLOW_STATUS[job.Status],
        CreateTime: job.CreationTime,
        FinishTime: job.CompleteTime,
        TaskInput: job.MediaId ? JSON.stringify({ Type: 'Media', Media: job.MediaId }) : undefined,
        Workflow: compact({ WorkflowId: job.WorkflowId, AppId: video?.AppId }),
      }),
    };
  });
}

const SOURCES: Record<JobType, (env: SandboxEnv) => JobEntry[]> = { transcode: transcodeJobs, snapshot: snapshotJobs, ai: aiJobs, workflow: workflowJobs };

export function jobsOfType(env: SandboxEnv, type: JobType): JobEntry[] {
  return SOURCES[type](env);
}
