import type { SandboxEnv } from '../../action-context.js';
import { SandboxError } from '../../errors.js';
import { mediaFacts } from '../../state/media-lifecycle.js';
import type { EditingUsageEntry } from './editing-usage.js';

export type ProjectStatus = 'Normal' | 'Producing' | 'Produced' | 'ProduceFailed';
export type MaterialKind = 'video' | 'audio' | 'image';
export const MATERIAL_KINDS: readonly MaterialKind[] = ['video', 'audio', 'image'];

/** A timeline as clients send it (spec appendix Timeline); kept as parsed JSON. */
export interface TimelineClip {
  MediaId?: string;
  VideoId?: string;
  In?: number;
  Out?: number;
  TimelineIn?: number;
  TimelineOut?: number;
  [key: string]: unknown;
}
export type Timeline = Record<string, unknown>;

export interface EditingProjectRecord {
  ProjectId: string;
  Title: string;
  Description?: string;
  CoverURL?: string;
  Timeline?: Timeline;
  Status: ProjectStatus;
  CreationTime: string;
  ModifiedTime: string;
  RegionId: string;
  StorageLocation: string;
  Division?: string;
  MaterialIds: string[];
  /** Videos produced from this project, oldest first. */
  ProducedMediaIds: string[];
}

/** A render not finished yet; DueAt (simulation ms) lets restored state finish it when its timer was lost. */
export interface PendingProduction {
  MediaId: string;
  ProjectId: string;
  DueAt: number;
  Duration: number;
  /** Media the submitted timeline used. */
  Sources: string[];
  /** Output specification billed when the render finishes (editing usage); absent in states saved before it. */
  Specification?: string;
}

export interface EditingSlice {
  projects: Record<string, EditingProjectRecord>;
  /** By produced media ID; a render finishes even if its project is deleted meanwhile. */
  productions: Record<string, PendingProduction>;
  /** Finished productions as editing usage, oldest first (created on first use: older saved states lack it). */
  usage?: EditingUsageEntry[];
}

export const editingSlice = (env: SandboxEnv): EditingSlice => env.state.slice<EditingSlice>('editing', () => ({ projects: {}, productions: {} }));

export const projectNotFound = () => new SandboxError('InvalidEditingProject.NotFound', 'The editing project does not exist.', 404);
export const materialNotFound = (id: string) => new SandboxError('InvalidMaterial.NotFound', `The material "${id}" does not exist.`, 404);

export function findProject(env: SandboxEnv, projectId: string): EditingProjectRecord {
  const project = editingSlice(env).projects[projectId];
  if (!project) throw projectNotFound();
  return project;
}

export interface MaterialRef {
  id: string;
  kind: MaterialKind;
  duration: number;
  coverUrl?: string;
}

/** A video, image or attached media usable as material, or undefined. */
export function lookupMaterial(env: SandboxEnv, id: string): MaterialRef | undefined {
  const { videos, images, attachedMedia } = env.state.data;
  const video = videos[id];
  if (video) return { id, kind: video.MediaType, duration: video.Duration ?? mediaFacts(id).duration, coverUrl: video.CoverURL };
  const image = images[id];
  if (image) return { id, kind: 'image', duration: IMAGE_CLIP_SECONDS, coverUrl: image.URL };
  const attached = attachedMedia[id];
  if (attached) {
    const isImage = /^(jpe?g|png|gif|bmp|webp)$/i.test(attached.Ext.replace('.', ''));
    return { id, kind: isImage ? 'image' : 'video', duration: isImage ? IMAGE_CLIP_SECONDS : mediaFacts(id).duration, coverUrl: isImage ? attached.URL : undefined };
  }
  return undefined;
}

/** An image placed on a timeline without In/Out lasts this long. */
const IMAGE_CLIP_SECONDS = 3;

export function requireMaterials(env: SandboxEnv, ids: string[]): MaterialRef[] {
  return ids.map((id) => lookupMaterial(env, id) ?? throwError(materialNotFound(id)));
}

function throwError(error: SandboxError): never {
  throw error;
}

const TRACKS: [string, string][] = [
  ['VideoTracks', 'VideoTrackClips'],
  ['AudioTracks', 'AudioTrackClips'],
];

/** Clips of the media tracks, track by track (subtitle clips reference no media). */
export function mediaTracks(timeline: Timeline | undefined): TimelineClip[][] {
  if (!timeline) return [];
  const tracks: TimelineClip[][] = [];
  for (const [trackKey, clipKey] of TRACKS) {
    const list = timeline[trackKey];
    if (!Array.isArray(list)) continue;
    for (const track of list) {
      const clips = (track as Record<string, unknown> | null)?.[clipKey];
      if (Array.isArray(clips)) tracks.push(clips.filter((clip): clip is TimelineClip => typeof clip === 'object' && clip !== null));
    }
  }
  return tracks;
}

export const clipMediaId = (clip: TimelineClip): string | undefined => (typeof clip.MediaId === 'string' && clip.MediaId) || (typeof clip.VideoId === 'string' && clip.VideoId) || undefined;

/** The distinct media a timeline references, in order of appearance. */
export function timelineMediaIds(timeline: Timeline | undefined): string[] {
  const ids = mediaTracks(timeline).flatMap((clips) => clips.map(clipMediaId).filter((id): id is string => id !== undefined));
  return [...new Set(ids)];
}

/** Total length: the end of the longest track; clips without TimelineIn follow the previous clip. */
export function timelineDuration(env: SandboxEnv, timeline: Timeline | undefined): number {
  let total = 0;
  for (const clips of mediaTracks(timeline)) {
    let end = 0;
    for (const clip of clips) {
      const id = clipMediaId(clip);
      const sourceLength = id ? (lookupMaterial(env, id)?.duration ?? 0) : 0;
      const start = num(clip.TimelineIn) ?? end;
      const length = (num(clip.Out) ?? sourceLength) - (num(clip.In) ?? 0);
      end = num(clip.TimelineOut) ?? start + Math.max(0, length);
      total = Math.max(total, end);
    }
  }
  return Math.round(total * 10_000) / 10_000;
}

const num = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

/** Project as Get/Add return it; Search leaves out the timeline. */
export function projectView(env: SandboxEnv, project: EditingProjectRecord, options: { withTimeline: boolean }): Record<string, unknown> {
  const view: Record<string, unknown> = {
    ProjectId: project.ProjectId,
    Title: project.Title,
    Description: project.Description,
    Status: project.Status,
    CreationTime: project.CreationTime,
    ModifiedTime: project.ModifiedTime,
    CoverURL: project.CoverURL ?? firstClipCover(env, project.Timeline),
    Duration: timelineDuration(env, project.Timeline),
    RegionId: project.RegionId,
    StorageLocation: project.StorageLocation,
  };
  if (options.withTimeline) view.Timeline = JSON.stringify(project.Timeline ?? {});
  return Object.fromEntries(Object.entries(view).filter(([, value]) => value !== undefined));
}

function firstClipCover(env: SandboxEnv, timeline: Timeline | undefined): string | undefined {
  const first = timelineMediaIds(timeline)[0];
  return first ? lookupMaterial(env, first)?.coverUrl : undefined;
}
