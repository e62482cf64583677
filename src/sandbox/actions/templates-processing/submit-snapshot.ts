import type { ActionContext, ActionHandler, SandboxEnv } from '../../action-context.js';
import { invalidParameter } from '../../errors.js';
import { FAILING_FILE_MARKER, mediaFacts } from '../../state/media-lifecycle.js';
import type { SnapshotJobRecord, VideoRecord } from '../../state/records.js';
import { requireStatus, requireVideo } from './common.js';
import { findVodTemplate, type SnapshotTemplateConfig } from './vod-templates.js';
import { videoIdOf } from '../media/video-lookup.js';

export const SNAPSHOT_SECONDS = 10;
const SNAPSHOTTABLE = ['UploadSucc', 'Normal', 'Checking', 'Blocked'];
/** Keeps one job's output list bounded; the service caps output by duration and Count too. */
const MAX_URLS = 1000;

interface SnapshotPlan {
  type: SnapshotJobRecord['SnapshotType'];
  templateId?: string;
  count: number;
  interval: number;
  offsetMs: number;
  width?: number;
  height?: number;
  /** SpecifiedOffsetTimes: exact positions in ms (then Count and Interval do not apply). */
  offsetsMs?: number[];
}

function planFromTemplate(context: ActionContext, templateId: string): SnapshotPlan {
  const config = JSON.parse(findVodTemplate(context, templateId, 'Snapshot').TemplateConfig) as SnapshotTemplateConfig;
  const snapshot = config.SnapshotConfig ?? {};
  return {
    type: (config.SnapshotType as SnapshotPlan['type'] | undefined) ?? 'NormalSnapshot',
    templateId,
    count: snapshot.Count ?? 1,
    interval: snapshot.Interval ?? 1,
    offsetMs: snapshot.SpecifiedOffsetTime ?? 0,
    width: snapshot.Width,
    height: snapshot.Height,
  };
}

/** SpecifiedOffsetTimes (the metadata's Json type): a JSON array of at most 30 positions in milliseconds. */
function specifiedOffsets(context: ActionContext): number[] | undefined {
  const value = context.json<unknown>('SpecifiedOffsetTimes');
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.length === 0 || value.length > 30 || !value.every((item) => Number.isInteger(item) && item >= 0)) {
    throw invalidParameter('SpecifiedOffsetTimes', 'It must be a JSON array of 1-30 positions in milliseconds.');
  }
  return value as number[];
}

function planFromParams(context: ActionContext): SnapshotPlan {
  const count = context.int('Count', { min: 1 });
  const interval = context.int('Interval', { min: 0 });
  const offsetsMs = specifiedOffsets(context);
  if (count === undefined && interval === undefined && offsetsMs === undefined) throw invalidParameter('Count', 'Give Count, Interval or SpecifiedOffsetTimes.');
  const sprite = context.str('SpriteSnapshotConfig');
  if (sprite !== undefined) context.json('SpriteSnapshotConfig');
  context.userData();
  return {
    offsetsMs,
    type: sprite !== undefined ? 'SpriteSnapshot' : 'NormalSnapshot',
    count: count ?? 1,
    interval: interval ?? 1,
    offsetMs: context.int('SpecifiedOffsetTime', { min: 0, default: 0 })!,
    width: context.int('Width', { min: 8, max: 4096 }),
    height: context.int('Height', { min: 8, max: 4096 }),
  };
}

/** Count and Interval both given: the smaller number of snapshots wins; Interval 0 spreads Count over the duration. */
function snapshotCount(plan: SnapshotPlan, video: VideoRecord): number {
  const seconds = video.Duration ?? mediaFacts(video.VideoId).duration;
  // Positions past the end of the video capture nothing.
  if (plan.offsetsMs) return Math.max(1, plan.offsetsMs.filter((offset) => offset <= seconds * 1000).length);
  const remaining = Math.max(0, seconds - plan.offsetMs / 1000);
  const byInterval = plan.interval > 0 ? Math.floor(remaining / plan.interval) + 1 : plan.count;
  return Math.max(1, Math.min(plan.count, byInterval, MAX_URLS));
}

export const submitSnapshotJob: ActionHandler = (context) => {
  const video = requireVideo(context, videoIdOf(context));
  const templateId = context.str('SnapshotTemplateId');
  const plan = templateId ? planFromTemplate(context, templateId) : planFromParams(context);
  requireStatus(context, video, SNAPSHOTTABLE);
  const job: SnapshotJobRecord = {
    JobId: context.state.nextId('snapshotJob'),
    VideoId: video.VideoId,
    SnapshotTemplateId: plan.templateId,
    SnapshotType: plan.type,
    Status: 'Processing',
    CreationTime: context.clock.nowIso(),
    Count: snapshotCount(plan, video),
    Interval: plan.interval,
    Width: plan.width,
    Height: plan.height,
    Urls: [],
  };
  context.state.data.snapshotJobs[job.JobId] = job;
  context.clock.schedule(SNAPSHOT_SECONDS * 1000, () => completeSnapshot(context, job));
  return { SnapshotJob: { JobId: job.JobId } };
};

export function completeSnapshot(context: SandboxEnv, job: SnapshotJobRecord): void {
  const video = context.state.data.videos[job.VideoId];
  const now = context.clock.nowIso();
  job.CompleteTime = now;
  if (!video || video.FileName.toLowerCase().includes(FAILING_FILE_MARKER)) {
    job.Status = 'Fail';
    context.events.emit({ EventType: 'SnapshotComplete', EventTime: now, VideoId: job.VideoId, Status: 'fail', SubType: 'SpecifiedTime', JobId: job.JobId, ErrorCode: 'InvalidMediaFile' });
    return;
  }
  const base = `${context.baseUrl}/snapshot/${video.VideoId}/${job.JobId}`;
  job.Urls = Array.from({ length: job.Count }, (_, i) => `${base}-${String(i + 1).padStart(5, '0')}.jpg`);
  if (job.SnapshotType === 'SpriteSnapshot') job.Urls.push(`${base}-sprite-00001.jpg`);
  job.Status = 'Success';
  if (job.SnapshotType === 'NormalSnapshot') {
    video.Snapshots = [...new Set([...video.Snapshots, ...job.Urls])];
    video.ModificationTime = now;
  }
  context.events.emit({
    EventType: 'SnapshotComplete',
    EventTime: now,
    VideoId: video.VideoId,
    Status: 'success',
    SubType: job.SnapshotType === 'SpriteSnapshot' ? 'SpriteSnapshot' : 'SpecifiedTime',
    JobId: job.JobId,
    SnapshotRegular: `${base}-{SnapshotCount}.jpg`,
    SnapshotInfos: [{ SnapshotCount: job.Count, Status: 'success' }],
  });
}
