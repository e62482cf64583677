import type { SandboxEnv } from '../../action-context.js';
import { isoSeconds } from '../../clock.js';
import type { VideoRecord } from '../../state/records.js';
import { CHANGE_MS, frozenTier, restoreMs, sourceOnly, tierOf, type RestoreTier, type Scope, type TargetClass, type TieredClass } from './storage-classes.js';

/** One stretch of time a video spent in one settled class (never Changing). */
export interface ClassPeriod {
  storageClass: string;
  since: number;
}

export interface ChangeJob {
  from: string;
  to: string;
  target: TargetClass;
  scope: Scope;
  tier: RestoreTier;
  dueAt: number;
}

export interface RestoreJob {
  /** The class restored (the media's class when the restore started). */
  storageClass: string;
  scope: Scope;
  tier: RestoreTier;
  days: number;
  dueAt: number;
  done?: boolean;
}

/** Bytes read out of a tiered class: a restore, or a change out of the class. */
export interface Retrieval {
  at: number;
  appId: string;
  region: string;
  storageClass: TieredClass;
  bytes: number;
  restoreTier?: RestoreTier;
}

interface StorageSlice {
  history: Record<string, ClassPeriod[]>;
  changes: Record<string, ChangeJob>;
  restores: Record<string, RestoreJob>;
  retrievals: Retrieval[];
}

export function storageSlice(env: SandboxEnv): StorageSlice {
  return env.state.slice<StorageSlice>('storage', () => ({ history: {}, changes: {}, restores: {}, retrievals: [] }));
}

const live = (env: SandboxEnv, videoId: string): VideoRecord | undefined => {
  const video = env.state.data.videos[videoId];
  return video && !video.DeletedAt ? video : undefined;
};

/** The settled classes of a video over time; a video never changed has been in its class since creation. */
export function classHistory(env: SandboxEnv, video: VideoRecord): ClassPeriod[] {
  return storageSlice(env).history[video.VideoId] ?? [{ storageClass: video.StorageClass, since: Date.parse(video.CreationTime) }];
}

/** The settled class at time `at` (Standard before the video existed). */
export function classAt(env: SandboxEnv, video: VideoRecord, at: number): string {
  let current = 'Standard';
  for (const period of classHistory(env, video)) if (period.since <= at) current = period.storageClass;
  return current;
}

/** A new settled class, from `at`: the record and the history. */
export function settleClass(env: SandboxEnv, video: VideoRecord, storageClass: string, at: number): void {
  const slice = storageSlice(env);
  slice.history[video.VideoId] = [...classHistory(env, video), { storageClass, since: at }];
  video.StorageClass = storageClass;
}

export function sourceBytes(video: VideoRecord): number {
  return video.HasMezzanine ? (video.Size ?? 0) : 0;
}

export function streamBytes(video: VideoRecord, at = Number.POSITIVE_INFINITY): number {
  return video.Streams.filter((stream) => Date.parse(stream.CreationTime) <= at).reduce((sum, stream) => sum + stream.Size, 0);
}

/** The bytes a class holds: only the source for Source* classes, else the source and the streams. */
export function bytesIn(video: VideoRecord, storageClass: string, at?: number): number {
  return sourceOnly(storageClass) ? sourceBytes(video) : sourceBytes(video) + streamBytes(video, at);
}

function recordRetrieval(env: SandboxEnv, video: VideoRecord, storageClass: TieredClass, bytes: number, tier?: RestoreTier): void {
  if (bytes <= 0) return;
  storageSlice(env).retrievals.push({
    at: env.clock.now(),
    appId: video.AppId,
    region: video.RegionId,
    storageClass,
    bytes,
    ...(storageClass === 'ColdArchive' && tier ? { restoreTier: tier } : {}),
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Changes: Changing/SourceChanging until done; a frozen class is restored first (UpdateMediaStorageClass docs).

export function startChange(env: SandboxEnv, video: VideoRecord, job: Omit<ChangeJob, 'dueAt' | 'from'>): void {
  const from = video.StorageClass;
  const frozen = frozenTier(from);
  const dueAt = env.clock.now() + CHANGE_MS + (frozen ? restoreMs(frozen, job.tier) : 0);
  storageSlice(env).changes[video.VideoId] = { ...job, from, dueAt };
  video.StorageClass = job.scope === 'SourceFile' ? 'SourceChanging' : 'Changing';
  video.ModificationTime = env.clock.nowIso();
  env.clock.schedule(dueAt - env.clock.now(), () => finishChange(env, video.VideoId));
}

function finishChange(env: SandboxEnv, videoId: string): void {
  const slice = storageSlice(env);
  const job = slice.changes[videoId];
  const video = live(env, videoId);
  if (!job || env.clock.now() < job.dueAt) return;
  delete slice.changes[videoId];
  if (!video) return;
  const left = tierOf(job.from);
  if (left) recordRetrieval(env, video, left, bytesIn(video, job.from), job.tier);
  settleClass(env, video, job.to, env.clock.now());
  // The restored copy of the old class is gone with it.
  delete video.RestoreStatus;
  delete video.RestoreExpiration;
  delete slice.restores[videoId];
  video.ModificationTime = env.clock.nowIso();
  env.events.emit({
    EventType: 'UpdateMediaStorageClassComplete',
    EventTime: env.clock.nowIso(),
    Status: 'Success',
    MediaId: videoId,
    Scope: job.scope,
    StorageClass: job.target,
    TriggerBy: 'API',
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Restores: Processing, then Success until RestoreExpiration, then frozen again.

export function startRestore(env: SandboxEnv, video: VideoRecord, job: Omit<RestoreJob, 'dueAt' | 'storageClass'>): void {
  const frozen = frozenTier(video.StorageClass)!;
  const dueAt = env.clock.now() + restoreMs(frozen, job.tier);
  storageSlice(env).restores[video.VideoId] = { ...job, storageClass: video.StorageClass, dueAt };
  video.RestoreStatus = 'Processing';
  delete video.RestoreExpiration;
  env.clock.schedule(dueAt - env.clock.now(), () => finishRestore(env, video.VideoId));
}

/** A restored media asked to stay restored longer: the new period runs from now (as OSS extends a restore). */
export function extendRestore(env: SandboxEnv, video: VideoRecord, days: number): void {
  const job = storageSlice(env).restores[video.VideoId];
  if (job) job.days = days;
  setExpiration(env, video, env.clock.now() + days * 86_400_000);
}

function finishRestore(env: SandboxEnv, videoId: string): void {
  const slice = storageSlice(env);
  const job = slice.restores[videoId];
  const video = live(env, videoId);
  if (!job || job.done || env.clock.now() < job.dueAt || !video || video.StorageClass !== job.storageClass) return;
  job.done = true;
  const frozen = frozenTier(job.storageClass)!;
  recordRetrieval(env, video, frozen, job.scope === 'SourceFile' ? sourceBytes(video) : bytesIn(video, job.storageClass), job.tier);
  video.RestoreStatus = 'Success';
  setExpiration(env, video, env.clock.now() + job.days * 86_400_000);
  env.events.emit({ EventType: 'RestoreMediaComplete', EventTime: env.clock.nowIso(), Status: 'Success', MediaId: videoId, RestoreExpiration: video.RestoreExpiration });
}

function setExpiration(env: SandboxEnv, video: VideoRecord, at: number): void {
  const expiration = isoSeconds(at);
  video.RestoreExpiration = expiration;
  env.clock.schedule(Math.max(0, at - env.clock.now()), () => expire(env, video.VideoId, expiration));
}

/** Back to frozen, unless the restore was extended or replaced meanwhile. */
function expire(env: SandboxEnv, videoId: string, expiration: string): void {
  const video = live(env, videoId);
  if (!video || video.RestoreExpiration !== expiration) return;
  delete video.RestoreStatus;
  delete video.RestoreExpiration;
  delete storageSlice(env).restores[videoId];
}

/** A restored state file: re-arm unfinished changes, restores and expirations at their original times. */
export function resumeStorage(env: SandboxEnv): void {
  const slice = storageSlice(env);
  const now = env.clock.now();
  for (const [videoId, job] of Object.entries(slice.changes)) env.clock.schedule(Math.max(0, job.dueAt - now), () => finishChange(env, videoId));
  for (const [videoId, job] of Object.entries(slice.restores)) {
    if (!job.done) env.clock.schedule(Math.max(0, job.dueAt - now), () => finishRestore(env, videoId));
  }
  for (const video of Object.values(env.state.data.videos)) {
    const expiration = video.RestoreExpiration;
    if (expiration) env.clock.schedule(Math.max(0, Date.parse(expiration) - now), () => expire(env, video.VideoId, expiration));
  }
}
