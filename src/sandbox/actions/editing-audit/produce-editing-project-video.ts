import type { ActionContext, ActionHandler, SandboxEnv } from '../../action-context.js';
import { invalidParameter, missingParameter, SandboxError } from '../../errors.js';
import { ANALYSIS_SECONDS, completeUpload, createVideo, FAILING_FILE_MARKER, storageLocation } from '../../state/media-lifecycle.js';
import type { VideoRecord } from '../../state/records.js';
import { editingSlice, findProject, timelineDuration, timelineMediaIds, type EditingProjectRecord } from './editing-store.js';
import { outputSpecification, recordEditingUsage } from './editing-usage.js';
import { readTimeline } from './timeline-param.js';

/** Simulated rendering time before the produced file is "uploaded" into the media lifecycle. */
export const PRODUCE_SECONDS = 20;

interface MediaMetadata {
  Title?: string;
  Description?: string;
  CoverURL?: string;
  CateId?: string | number;
  Tags?: string;
}
interface ProduceConfig {
  TemplateGroupId?: string;
  StorageLocation?: string;
  Width?: unknown;
  Height?: unknown;
}

export const produceEditingProjectVideo: ActionHandler = (context) => {
  const projectId = context.str('ProjectId');
  const timeline = readTimeline(context);
  if (!projectId && !timeline) throw missingParameter('ProjectId');
  const existing = projectId ? findProject(context, projectId) : undefined;
  const effectiveTimeline = timeline ?? existing?.Timeline;
  if (!timelineMediaIds(effectiveTimeline).length) throw invalidParameter('Timeline', 'The timeline has no clips to produce.');
  const metadata = context.json<MediaMetadata>('MediaMetadata') ?? {};
  const config = context.json<ProduceConfig>('ProduceConfig') ?? {};
  const cateId = metadata.CateId !== undefined ? Number(metadata.CateId) : undefined;
  if (cateId !== undefined && !context.state.data.categories[String(cateId)]) throw new SandboxError('InvalidCateId.NotFound', 'The CateId not exist.', 404);
  if (config.TemplateGroupId && !context.state.data.transcodeTemplateGroups[config.TemplateGroupId]) {
    throw new SandboxError('InvalidTranscodeTemplateGroup.NotFound', 'The transcode template group does not exist.', 404);
  }

  // As the spec describes: a Timeline without ProjectId creates a project; with one, it updates that project.
  const project = existing ?? newProject(context);
  if (timeline) {
    project.Timeline = timeline;
    project.MaterialIds = [...new Set([...project.MaterialIds, ...timelineMediaIds(timeline)])];
  }
  project.Title = context.str('Title') ?? project.Title;
  project.Description = context.str('Description') ?? project.Description;
  project.CoverURL = context.str('CoverURL') ?? project.CoverURL;

  const video = createVideo(context, {
    Title: metadata.Title ?? project.Title,
    Description: metadata.Description ?? project.Description,
    CoverURL: metadata.CoverURL ?? project.CoverURL,
    CateId: cateId,
    Tags: metadata.Tags,
    FileName: `${project.ProjectId}.mp4`,
    TemplateGroupId: config.TemplateGroupId,
    StorageLocation: config.StorageLocation,
    UserData: context.str('UserData'),
    UploadSource: 'editing',
  });
  project.Status = 'Producing';
  project.ModifiedTime = context.clock.nowIso();
  project.ProducedMediaIds.push(video.VideoId);
  const duration = timelineDuration(context, project.Timeline);
  editingSlice(context).productions[video.VideoId] = {
    MediaId: video.VideoId,
    ProjectId: project.ProjectId,
    DueAt: context.clock.now() + PRODUCE_SECONDS * 1000,
    Duration: duration,
    Sources: timelineMediaIds(project.Timeline),
    Specification: outputSpecification(context, config, timelineMediaIds(project.Timeline)),
  };
  const env = context.env;
  context.clock.schedule(PRODUCE_SECONDS * 1000, () => finishProduction(env, video.VideoId));
  return { ProjectId: project.ProjectId, MediaId: video.VideoId };
};

function newProject(context: ActionContext): EditingProjectRecord {
  const now = context.clock.nowIso();
  const project: EditingProjectRecord = {
    ProjectId: context.state.nextId('editingProject'),
    Title: context.str('Title') ?? 'Untitled project',
    Status: 'Normal',
    CreationTime: now,
    ModifiedTime: now,
    RegionId: context.region,
    StorageLocation: storageLocation(context),
    MaterialIds: [],
    ProducedMediaIds: [],
  };
  editingSlice(context).projects[project.ProjectId] = project;
  return project;
}

/** Rendering (of the timeline as it was when submitted) fails when a clip's source is gone or unreadable; otherwise the file enters the normal upload lifecycle. */
function finishProduction(env: SandboxEnv, videoId: string): void {
  const slice = editingSlice(env);
  const pending = slice.productions[videoId];
  if (!pending) return;
  delete slice.productions[videoId];
  const { ProjectId: projectId, Duration: duration } = pending;
  const project = slice.projects[projectId];
  const video = env.state.data.videos[videoId];
  if (!video) return;
  const now = env.clock.nowIso();
  const unreadable = pending.Sources.filter((id) => !sourceReadable(env, id));
  if (unreadable.length) {
    video.Status = 'ProduceFail';
    video.ModificationTime = now;
    if (project) project.Status = 'ProduceFailed';
    env.events.emit({ EventType: 'ProduceMediaComplete', EventTime: now, ProjectId: projectId, MediaId: videoId, Status: 'fail', ErrorCode: 'InvalidMaterial', ErrorMessage: `Unreadable material: ${unreadable.join(',')}` });
    return;
  }
  completeUpload(env, video);
  recordEditingUsage(env, { Time: now, Seconds: Math.ceil(duration), Region: video.RegionId, Specification: pending.Specification ?? 'H264.HD', AppId: video.AppId });
  // Analysis would report the facts of an arbitrary file; a produced video lasts as long as its timeline.
  env.clock.schedule(ANALYSIS_SECONDS * 1000, () => {
    const current = env.state.data.videos[videoId];
    if (current && duration > 0) current.Duration = duration;
  });
  if (project) {
    project.Status = 'Produced';
    project.ModifiedTime = now;
  }
  env.events.emit({ EventType: 'ProduceMediaComplete', EventTime: now, ProjectId: projectId, MediaId: videoId, Status: 'success' });
}

/** The editing tables with every render past its due time finished (timers are lost when state is restored from a file). */
export function editingReady(env: SandboxEnv): void {
  const now = env.clock.now();
  for (const pending of Object.values(editingSlice(env).productions)) if (pending.DueAt <= now) finishProduction(env, pending.MediaId);
}

function sourceReadable(env: SandboxEnv, id: string): boolean {
  const video: VideoRecord | undefined = env.state.data.videos[id];
  if (video) return video.HasMezzanine && !video.FileName.toLowerCase().includes(FAILING_FILE_MARKER);
  return Boolean(env.state.data.images[id] ?? env.state.data.attachedMedia[id]);
}
