import type { SandboxEnv } from '../action-context.js';
import { isoSeconds } from '../clock.js';
import { DEFAULT_APP_ID, hexId } from './sandbox-state.js';
import type { PlayStream, TranscodeTaskRecord, TranscodeTemplate, VideoRecord } from './records.js';

/** Simulated durations (simulation-clock seconds): analysis after upload, and one transcode run. */
export const ANALYSIS_SECONDS = 5;
export const TRANSCODE_SECONDS = 60;
export const NO_TRANSCODE_GROUP_ID = 'VOD_NO_TRANSCODE';
/** A source file name containing this marker makes transcoding fail, so failures can be demonstrated. */
export const FAILING_FILE_MARKER = 'corrupt';

export interface NewVideo {
  Title: string;
  FileName: string;
  MediaType?: 'video' | 'audio';
  Description?: string;
  Tags?: string;
  CateId?: number;
  CoverURL?: string;
  TemplateGroupId?: string;
  WorkflowId?: string;
  AppId?: string;
  UserData?: string;
  StorageLocation?: string;
  UploadSource?: string;
}

export function storageLocation(env: SandboxEnv): string {
  return `outin-sandbox.oss-${env.region}.aliyuncs.com`;
}

export function createVideo(env: SandboxEnv, init: NewVideo): VideoRecord {
  const now = env.clock.nowIso();
  const id = env.state.nextId('video');
  const ext = init.FileName.includes('.') ? init.FileName.slice(init.FileName.lastIndexOf('.')) : '.mp4';
  const location = init.StorageLocation ?? storageLocation(env);
  const video: VideoRecord = {
    VideoId: id,
    MediaType: init.MediaType ?? (/\.(mp3|m4a|wav|aac|flac|ogg)$/i.test(ext) ? 'audio' : 'video'),
    Title: init.Title,
    Description: init.Description,
    Tags: init.Tags,
    CateId: init.CateId,
    CoverURL: init.CoverURL,
    Status: 'Uploading',
    CreationTime: now,
    ModificationTime: now,
    StorageLocation: location,
    RegionId: env.region,
    AppId: init.AppId ?? DEFAULT_APP_ID,
    TemplateGroupId: init.TemplateGroupId,
    WorkflowId: init.WorkflowId,
    FileName: init.FileName,
    FileURL: `${env.baseUrl}/${location.split('.')[0]}/sv/${id.slice(0, 8)}/${id}${ext}`,
    Snapshots: [],
    Streams: [],
    HasMezzanine: false,
    UserData: init.UserData,
    StorageClass: 'Standard',
    UploadSource: init.UploadSource ?? 'general',
    UploadStatus: 'Uploading',
    UploadRatio: 0,
  };
  env.state.data.videos[id] = video;
  // The stored record is the watched one: later writes through it keep the search index current.
  return env.state.data.videos[id]!;
}

/** Deterministic media facts derived from the ID, so every run shows the same durations and sizes. */
export function mediaFacts(videoId: string): { duration: number; size: number } {
  const n = parseInt(hexId(videoId).slice(0, 8), 16);
  const duration = 30 + (n % 570) + (n % 10) / 10;
  return { duration: Math.round(duration * 10) / 10, size: Math.round(duration * 250_000) };
}

/** Uploading -> UploadSucc; then analysis and, unless the group is "no transcode", a transcode run. */
export function completeUpload(env: SandboxEnv, video: VideoRecord, size?: number): void {
  const facts = mediaFacts(video.VideoId);
  video.Status = 'UploadSucc';
  video.UploadStatus = 'Normal';
  video.UploadRatio = 1;
  video.HasMezzanine = true;
  video.Size = size ?? facts.size;
  video.ModificationTime = env.clock.nowIso();
  env.events.emit({ EventType: 'FileUploadComplete', EventTime: env.clock.nowIso(), VideoId: video.VideoId, Size: video.Size, Status: 'success', FileUrl: video.FileURL });
  env.clock.schedule(ANALYSIS_SECONDS * 1000, () => finishAnalysis(env, video.VideoId));
}

function finishAnalysis(env: SandboxEnv, videoId: string): void {
  const current = env.state.data.videos[videoId];
  if (!current || current.Status !== 'UploadSucc') return;
  const facts = mediaFacts(videoId);
  current.Duration = facts.duration;
  env.events.emit({ EventType: 'VideoAnalysisComplete', EventTime: env.clock.nowIso(), VideoId: current.VideoId, Status: 'success', Duration: facts.duration });
  const groupId = current.TemplateGroupId ?? defaultTemplateGroupId(env);
  if (groupId === NO_TRANSCODE_GROUP_ID) {
    current.Status = 'Normal';
    current.ModificationTime = env.clock.nowIso();
    return;
  }
  startTranscode(env, current, groupId, 'Auto');
}

/**
 * After state is restored from a file (timers are not saved): re-arms analysis of uploaded videos and the
 * completion of running transcode tasks, due at their original times.
 */
export function resumeLifecycle(env: SandboxEnv): void {
  const now = env.clock.now();
  for (const video of Object.values(env.state.data.videos)) {
    if (video.Status === 'UploadSucc') env.clock.schedule(Math.max(0, Date.parse(video.ModificationTime) + ANALYSIS_SECONDS * 1000 - now), () => finishAnalysis(env, video.VideoId));
  }
  for (const task of Object.values(env.state.data.transcodeTasks)) {
    if (task.TaskStatus !== 'Processing') continue;
    const templates = env.state.data.transcodeTemplateGroups[task.TranscodeTemplateGroupId]?.TranscodeTemplateList.filter((template) => template.Definition !== 'OD') ?? [];
    const due = Date.parse(task.CreationTime) + TRANSCODE_SECONDS * 1000 - now;
    env.clock.schedule(Math.max(0, due), () => finishTranscode(env, task, templates));
  }
}

export function defaultTemplateGroupId(env: SandboxEnv): string {
  const groups = Object.values(env.state.data.transcodeTemplateGroups);
  return groups.find((group) => group.IsDefault === 'Default')?.TranscodeTemplateGroupId ?? NO_TRANSCODE_GROUP_ID;
}

/** Starts a transcode task for `video`; it completes TRANSCODE_SECONDS later on the simulation clock. */
export function startTranscode(env: SandboxEnv, video: VideoRecord, groupId: string, trigger: 'Auto' | 'Manual'): TranscodeTaskRecord {
  const group = env.state.data.transcodeTemplateGroups[groupId];
  const templates = (group?.TranscodeTemplateList ?? []).filter((template) => template.Definition !== 'OD');
  const now = env.clock.nowIso();
  const task: TranscodeTaskRecord = {
    TranscodeTaskId: env.state.nextId('transcodeTask'),
    VideoId: video.VideoId,
    TranscodeTemplateGroupId: groupId,
    TaskStatus: 'Processing',
    Trigger: trigger,
    CreationTime: now,
    TranscodeJobInfoList: templates.map((template) => ({
      TranscodeJobId: env.state.nextId('transcodeJob'),
      TranscodeTemplateId: template.TranscodeTemplateId,
      Definition: template.Definition,
      TranscodeJobStatus: 'Transcoding',
      TranscodeProgress: 0,
      CreationTime: now,
    })),
  };
  env.state.data.transcodeTasks[task.TranscodeTaskId] = task;
  video.Status = 'Transcoding';
  video.TemplateGroupId = groupId;
  video.ModificationTime = now;
  env.events.emit({ EventType: 'TranscodeStart', EventTime: now, VideoId: video.VideoId, Status: 'success' });
  env.clock.schedule(TRANSCODE_SECONDS * 1000, () => finishTranscode(env, task, templates));
  return task;
}

function finishTranscode(env: SandboxEnv, task: TranscodeTaskRecord, templates: TranscodeTemplate[]): void {
  const video = env.state.data.videos[task.VideoId];
  const now = env.clock.nowIso();
  const failing = !video || video.FileName.toLowerCase().includes(FAILING_FILE_MARKER);
  task.CompleteTime = now;
  task.TaskStatus = failing ? 'CompleteAllFail' : 'CompleteAllSucc';
  task.TranscodeJobInfoList.forEach((job) => {
    job.TranscodeJobStatus = failing ? 'TranscodeFail' : 'TranscodeSuccess';
    job.TranscodeProgress = failing ? 0 : 100;
    job.CompleteTime = now;
    if (failing) {
      job.ErrorCode = 'InvalidMediaFile';
      job.ErrorMessage = 'The source file cannot be decoded.';
    }
  });
  if (!video) return;
  if (failing) {
    video.Status = 'TranscodeFail';
    video.ModificationTime = now;
    env.events.emit({ EventType: 'TranscodeComplete', EventTime: now, VideoId: video.VideoId, Status: 'fail', ErrorCode: 'InvalidMediaFile' });
    return;
  }
  const duration = video.Duration ?? mediaFacts(video.VideoId).duration;
  video.Duration = duration;
  video.Streams = video.Streams.filter((stream) => !templates.some((template) => template.Definition === stream.Definition));
  task.TranscodeJobInfoList.forEach((job, index) => {
    const template = templates[index];
    if (!template) return;
    const stream = streamFor(env, video, template, job.TranscodeJobId, duration);
    video.Streams.push(stream);
    env.events.emit({ EventType: 'StreamTranscodeComplete', EventTime: now, VideoId: video.VideoId, Status: 'success', Definition: stream.Definition, Format: stream.Format, FileUrl: stream.PlayURL, JobId: job.TranscodeJobId });
  });
  video.Snapshots = [1, 2, 3].map((n) => `${env.baseUrl}/snapshot/${video.VideoId}/${video.VideoId}-0000${n}.jpg`);
  video.CoverURL ??= video.Snapshots[0];
  if (video.Status !== 'Blocked') video.Status = 'Normal';
  video.ModificationTime = now;
  env.events.emit({ EventType: 'TranscodeComplete', EventTime: now, VideoId: video.VideoId, Status: 'success' });
}

const SIZES: Record<string, [number, number, number]> = {
  FD: [640, 360, 400], LD: [640, 360, 600], SD: [854, 480, 900], HD: [1280, 720, 1500], FHD: [1920, 1080, 3000], '2K': [2560, 1440, 6000], '4K': [3840, 2160, 12000],
};

function streamFor(env: SandboxEnv, video: VideoRecord, template: TranscodeTemplate, jobId: string, duration: number): PlayStream {
  const [width, height, kbps] = SIZES[template.Definition] ?? [1280, 720, 1500];
  const format = template.Container.Format.toLowerCase();
  const audioOnly = video.MediaType === 'audio' || format === 'mp3' || format === 'm4a';
  const now = env.clock.nowIso();
  return {
    JobId: jobId,
    Definition: template.Definition,
    Format: format,
    StreamType: audioOnly ? 'audio' : 'video',
    Bitrate: String(audioOnly ? 128 : kbps),
    Width: audioOnly ? 0 : width,
    Height: audioOnly ? 0 : height,
    Fps: audioOnly ? '0' : '25',
    Duration: duration.toFixed(3),
    Size: Math.round((duration * (audioOnly ? 128 : kbps) * 1000) / 8),
    Encrypt: 0,
    NarrowBandType: '0',
    PlayURL: `${env.baseUrl}/play/${video.VideoId}/${template.Definition.toLowerCase()}.${format}`,
    Status: 'Normal',
    CreationTime: now,
    ModificationTime: now,
    TemplateId: template.TranscodeTemplateId,
  };
}

export function isoFromMs(ms: number): string {
  return isoSeconds(ms);
}
