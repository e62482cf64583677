import { watchMediaCollections, type MediaChangeListener } from './watched-media.js';
import type { AppRecord, AttachedMediaRecord, CategoryRecord, DynamicImageRecord, ImageRecord, SnapshotJobRecord, TranscodeTaskRecord, TranscodeTemplateGroupRecord, VideoRecord } from './records.js';

export const DEFAULT_APP_ID = 'app-1000000';
export const SANDBOX_REGION = 'cn-shanghai';

/** Everything the sandbox knows; plain JSON. Families keep their own tables in `slices`. */
export interface SandboxData {
  videos: Record<string, VideoRecord>;
  images: Record<string, ImageRecord>;
  attachedMedia: Record<string, AttachedMediaRecord>;
  categories: Record<string, CategoryRecord>;
  transcodeTemplateGroups: Record<string, TranscodeTemplateGroupRecord>;
  apps: Record<string, AppRecord>;
  transcodeTasks: Record<string, TranscodeTaskRecord>;
  snapshotJobs: Record<string, SnapshotJobRecord>;
  dynamicImages: Record<string, DynamicImageRecord>;
  slices: Record<string, unknown>;
  counters: Record<string, number>;
  /** Simulation time when the state was saved, so a restored sandbox's clock never runs backwards. */
  savedClock?: number;
}

export function emptyData(): SandboxData {
  return { videos: {}, images: {}, attachedMedia: {}, categories: {}, transcodeTemplateGroups: {}, apps: {}, transcodeTasks: {}, snapshotJobs: {}, dynamicImages: {}, slices: {}, counters: {} };
}

export class SandboxState {
  private current: SandboxData;
  private readonly mediaListeners = new Set<MediaChangeListener>();
  private readonly notifyMedia: MediaChangeListener = (change) => this.mediaListeners.forEach((listener) => listener(change));

  constructor(data: SandboxData = emptyData()) {
    this.current = data;
    watchMediaCollections(data, this.notifyMedia);
  }

  get data(): SandboxData {
    return this.current;
  }

  /** Replacing the data (reset, restore) reports a `reset` to the media listeners. */
  set data(next: SandboxData) {
    this.current = next;
    watchMediaCollections(next, this.notifyMedia);
    this.notifyMedia({ kind: 'reset' });
  }

  /** Called on every write to a video, image or attached media record or collection; returns the unsubscribe. */
  onMediaChange(listener: MediaChangeListener): () => void {
    this.mediaListeners.add(listener);
    return () => this.mediaListeners.delete(listener);
  }

  /** A family's own table, created on first use. `key` is the family name. */
  slice<T>(key: string, create: () => T): T {
    if (!(key in this.data.slices)) this.data.slices[key] = create();
    return this.data.slices[key] as T;
  }

  /** Deterministic IDs: a 32-hex-digit ID derived from a per-kind counter, stable across runs. */
  nextId(kind: string): string {
    const n = (this.data.counters[kind] = (this.data.counters[kind] ?? 0) + 1);
    return hexId(`${kind}:${n}`);
  }

  nextNumber(kind: string, start: number): number {
    const n = (this.data.counters[kind] = (this.data.counters[kind] ?? start - 1) + 1);
    return n;
  }
}

/** 32 lowercase hex digits (like real VOD IDs), from a fast deterministic hash of the seed. */
export function hexId(seed: string): string {
  let out = '';
  for (let round = 0; round < 4; round++) {
    let h = 0x811c9dc5 ^ round;
    for (let i = 0; i < seed.length; i++) {
      h ^= seed.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    h ^= h >>> 13;
    h = Math.imul(h, 0x5bd1e995) >>> 0;
    out += h.toString(16).padStart(8, '0');
  }
  return out;
}
