import type { SandboxEnv } from '../../action-context.js';
import type { SandboxState } from '../../state/sandbox-state.js';
import { unwatched, type MediaChange, type MediaCollection } from '../../state/watched-media.js';
import { listFields, recordNumber, recordTimeToMs, type FieldCapabilities, type SearchType } from '../../../search/index.js';
import { matchReader, type AnyMediaRecord } from './search-records.js';

/**
 * The sandbox's search index, kept current by the media change notifications of the state: per search type, the
 * searchable records in the default order (CreationTime desc, then the latest created first, as the scan sorts) and
 * posting sets for the equality fields. Built on the first search; writes only mark records dirty, and the next
 * search settles them, so bulk seeding costs one sort.
 */

export type IndexKey = string | number;

export interface IndexEntry {
  readonly id: string;
  /** Position in the collection's key order (the scan's tie-break); never reused. */
  readonly seq: number;
  readonly type: SearchType;
  /** CreationTime in ms; NaN when it does not parse (such a type is then searched by the scan). */
  readonly time: number;
  /** The plain record (reads through it are not reported). */
  readonly record: AnyMediaRecord;
  /** Pairs of (position in the type's indexed fields, key). */
  readonly keys: readonly IndexKey[];
  /** The SortBy values of the type's sortable fields (same positions as `TypeIndex.sortable`), as the scan sorts them. */
  readonly sortKeys: readonly SortKeyValue[];
}

/** What sortRecords in src/search/evaluate.ts compares: numbers, parsed times, else the text; undefined sorts last. */
export type SortKeyValue = number | string | undefined;

export function sortKeyValue(value: unknown): SortKeyValue {
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return recordTimeToMs(value) ?? value;
  return undefined;
}

function sortableFields(type: SearchType): string[] {
  return listFields(type)
    .filter((f) => f.sortable)
    .map((f) => f.name);
}

/** The default order: CreationTime desc, then the later created first. */
export function byDefaultOrder(a: IndexEntry, b: IndexEntry): number {
  if (a.time !== b.time) return a.time > b.time ? -1 : 1;
  return b.seq - a.seq;
}

/** Fields a `field = value` or `field in (...)` equality can use, other than the ID (answered by key lookup). */
function indexedFields(type: SearchType): FieldCapabilities[] {
  return listFields(type).filter((f) => (f.exact || f.multi) && !f.fuzzy && (f.type === 'string' || f.type === 'long') && f.name !== ID_FIELD[type]);
}

export const ID_FIELD: Readonly<Record<SearchType, string>> = { video: 'VideoId', audio: 'AudioId', image: 'ImageId', attached: 'MediaId' };

/** The key `equals` in evaluate.ts would match: numbers for long fields, strings (numbers as text) otherwise. */
export function indexKey(field: FieldCapabilities, value: unknown): IndexKey | undefined {
  if (field.type === 'long') return recordNumber(value);
  if (typeof value === 'string') return value;
  return typeof value === 'number' ? String(value) : undefined;
}

export class TypeIndex {
  readonly ordered: IndexEntry[] = [];
  /** Per indexed field (same positions as `fields`): key -> entries. */
  readonly postings: Map<IndexKey, Set<IndexEntry>>[];
  /** Entries whose CreationTime does not parse; while any exist the type is searched by the scan. */
  untimed = 0;
  readonly fieldPosition: ReadonlyMap<string, number>;
  /** The sortable fields, whose values every entry carries in `sortKeys`. */
  readonly sortable: readonly string[];
  readonly sortPosition: ReadonlyMap<string, number>;
  /** Per sortable field: entries whose value is not a number (unparsed text, or NaN); 0 means numbers only. */
  readonly unnumberedSortKeys: number[];

  constructor(
    readonly type: SearchType,
    readonly fields: readonly FieldCapabilities[],
    private readonly byId: ReadonlyMap<string, IndexEntry>,
  ) {
    this.postings = fields.map(() => new Map());
    this.fieldPosition = new Map(fields.map((f, position) => [f.name, position]));
    this.sortable = sortableFields(type);
    this.sortPosition = new Map(this.sortable.map((name, position) => [name, position]));
    this.unnumberedSortKeys = this.sortable.map(() => 0);
  }

  /** The entry of a record of this type by its ID. */
  entry(id: string): IndexEntry | undefined {
    const entry = this.byId.get(id);
    return entry?.type === this.type ? entry : undefined;
  }

  posting(position: number, key: IndexKey): ReadonlySet<IndexEntry> | undefined {
    return this.postings[position]?.get(key);
  }

  addPostings(entry: IndexEntry): void {
    if (Number.isNaN(entry.time)) this.untimed++;
    entry.sortKeys.forEach((key, position) => {
      if (key !== undefined && (typeof key !== 'number' || Number.isNaN(key))) this.unnumberedSortKeys[position]!++;
    });
    for (let i = 0; i < entry.keys.length; i += 2) {
      const postings = this.postings[entry.keys[i] as number]!;
      const key = entry.keys[i + 1]!;
      let set = postings.get(key);
      if (!set) postings.set(key, (set = new Set()));
      set.add(entry);
    }
  }

  removePostings(entry: IndexEntry): void {
    if (Number.isNaN(entry.time)) this.untimed--;
    entry.sortKeys.forEach((key, position) => {
      if (key !== undefined && (typeof key !== 'number' || Number.isNaN(key))) this.unnumberedSortKeys[position]!--;
    });
    for (let i = 0; i < entry.keys.length; i += 2) {
      const postings = this.postings[entry.keys[i] as number]!;
      const key = entry.keys[i + 1]!;
      const set = postings.get(key);
      set?.delete(entry);
      if (set?.size === 0) postings.delete(key);
    }
  }

  /** Applies order changes: one by one when few, else one filter and one sort. */
  reorder(removed: readonly IndexEntry[], inserted: readonly IndexEntry[]): void {
    const few = removed.length + inserted.length <= Math.max(64, this.ordered.length / 64);
    if (!few) {
      const gone = new Set(removed);
      const kept = this.ordered.filter((entry) => !gone.has(entry));
      this.ordered.length = 0;
      for (const entry of kept) this.ordered.push(entry);
      for (const entry of inserted) this.ordered.push(entry);
      this.ordered.sort(byDefaultOrder);
      return;
    }
    for (const entry of removed) {
      const at = lowerBound(this.ordered, entry);
      const position = this.ordered[at] === entry ? at : this.ordered.indexOf(entry);
      if (position >= 0) this.ordered.splice(position, 1);
    }
    for (const entry of inserted) this.ordered.splice(lowerBound(this.ordered, entry), 0, entry);
  }
}

function lowerBound(ordered: readonly IndexEntry[], entry: IndexEntry): number {
  let low = 0;
  let high = ordered.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (byDefaultOrder(ordered[middle]!, entry) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

const COLLECTION_TYPES: Readonly<Record<MediaCollection, readonly SearchType[]>> = {
  videos: ['video', 'audio'],
  images: ['image'],
  attachedMedia: ['attached'],
};

/** The index of one collection of the state (videos hold both video and audio). */
class CollectionIndex {
  private built = false;
  private readonly seqs = new Map<string, number>();
  private nextSeq = 0;
  private readonly entries = new Map<string, IndexEntry>();
  private readonly dirty = new Set<string>();
  private readonly types = new Map<SearchType, TypeIndex>();
  private readonly keyReaders = new Map<SearchType, (record: AnyMediaRecord) => Record<string, unknown>>();

  constructor(
    private readonly env: SandboxEnv,
    private readonly collection: MediaCollection,
  ) {}

  onChange(change: MediaChange): void {
    if (change.kind === 'reset') {
      this.built = false;
      return;
    }
    if (!this.built) return;
    if (change.kind === 'added') this.seqs.set(change.id, this.nextSeq++);
    if (change.kind === 'removed') this.seqs.delete(change.id);
    this.dirty.add(change.id);
  }

  /** The index of `type`, with every write so far applied. */
  forType(type: SearchType): TypeIndex {
    if (!this.built) this.build();
    else if (this.dirty.size) this.settle();
    return this.types.get(type)!;
  }

  private records(): Record<string, object> {
    return this.env.state.data[this.collection];
  }

  private build(): void {
    this.seqs.clear();
    this.entries.clear();
    this.dirty.clear();
    this.types.clear();
    for (const type of COLLECTION_TYPES[this.collection]) {
      this.types.set(type, new TypeIndex(type, indexedFields(type), this.entries));
      this.keyReaders.set(type, matchReader(this.env, type, new Set([...indexedFields(type).map((f) => f.name), 'CreationTime', ...sortableFields(type)])));
    }
    const records = unwatched(this.records());
    let seq = 0;
    for (const id of Object.keys(records)) {
      this.seqs.set(id, seq);
      const entry = this.entryFor(id, seq++, records[id]);
      if (!entry) continue;
      this.entries.set(id, entry);
      const index = this.types.get(entry.type)!;
      index.addPostings(entry);
      index.ordered.push(entry);
    }
    this.nextSeq = seq;
    for (const index of this.types.values()) index.ordered.sort(byDefaultOrder);
    this.built = true;
  }

  private settle(): void {
    const records = unwatched(this.records());
    const removed = new Map<SearchType, IndexEntry[]>();
    const inserted = new Map<SearchType, IndexEntry[]>();
    const push = (into: Map<SearchType, IndexEntry[]>, entry: IndexEntry) => {
      const list = into.get(entry.type);
      if (list) list.push(entry);
      else into.set(entry.type, [entry]);
    };
    for (const id of this.dirty) {
      const before = this.entries.get(id);
      const seq = this.seqs.get(id);
      const after = seq === undefined ? undefined : this.entryFor(id, seq, records[id]);
      if (before && after && sameEntry(before, after)) continue;
      if (before) {
        this.types.get(before.type)!.removePostings(before);
        push(removed, before);
        this.entries.delete(id);
      }
      if (after) {
        this.types.get(after.type)!.addPostings(after);
        push(inserted, after);
        this.entries.set(id, after);
      }
    }
    this.dirty.clear();
    for (const [type, index] of this.types) index.reorder(removed.get(type) ?? [], inserted.get(type) ?? []);
  }

  /** The record's entry, or undefined when it is not searchable (a deleted video, an unknown media type). */
  private entryFor(id: string, seq: number, stored: object | undefined): IndexEntry | undefined {
    if (stored === undefined) return undefined;
    const record = unwatched(stored) as AnyMediaRecord;
    const type = this.typeOf(record);
    if (type === undefined) return undefined;
    const values = this.keyReaders.get(type)!(record);
    const keys: IndexKey[] = [];
    const index = this.types.get(type)!;
    index.fields.forEach((field, position) => {
      const value = values[field.name];
      for (const item of Array.isArray(value) ? (value as unknown[]) : [value]) {
        const key = indexKey(field, item);
        if (key !== undefined) keys.push(position, key);
      }
    });
    const sortKeys = index.sortable.map((name) => sortKeyValue(values[name]));
    return { id, seq, type, time: recordTimeToMs(values.CreationTime) ?? NaN, record, keys, sortKeys };
  }

  private typeOf(record: AnyMediaRecord): SearchType | undefined {
    if (this.collection === 'images') return 'image';
    if (this.collection === 'attachedMedia') return 'attached';
    if (!('MediaType' in record) || record.DeletedAt) return undefined;
    return record.MediaType === 'video' || record.MediaType === 'audio' ? record.MediaType : undefined;
  }
}

function sameEntry(a: IndexEntry, b: IndexEntry): boolean {
  if (a.type !== b.type || a.record !== b.record || a.seq !== b.seq || a.keys.length !== b.keys.length) return false;
  if (a.time !== b.time && !(Number.isNaN(a.time) && Number.isNaN(b.time))) return false;
  if (!a.sortKeys.every((key, i) => Object.is(key, b.sortKeys[i]))) return false;
  return a.keys.every((key, i) => key === b.keys[i]);
}

/** The index of every media collection of one sandbox state. */
export class MediaSearchIndex {
  private readonly collections: Readonly<Record<MediaCollection, CollectionIndex>>;

  constructor(env: SandboxEnv) {
    this.collections = {
      videos: new CollectionIndex(env, 'videos'),
      images: new CollectionIndex(env, 'images'),
      attachedMedia: new CollectionIndex(env, 'attachedMedia'),
    };
    env.state.onMediaChange((change) => {
      if (change.kind === 'reset') Object.values(this.collections).forEach((index) => index.onChange(change));
      else this.collections[change.collection].onChange(change);
    });
  }

  forType(type: SearchType): TypeIndex {
    const collection = type === 'image' ? 'images' : type === 'attached' ? 'attachedMedia' : 'videos';
    return this.collections[collection].forType(type);
  }
}

const indexes = new WeakMap<SandboxState, MediaSearchIndex>();

/** The state's search index, created (and then kept current) on first use. */
export function searchIndexOf(env: SandboxEnv): MediaSearchIndex {
  let index = indexes.get(env.state);
  if (!index) {
    // Not the request context itself: the index outlives the request that created it.
    const { state, clock, events, baseUrl, region } = env;
    indexes.set(env.state, (index = new MediaSearchIndex({ state, clock, events, baseUrl, region })));
  }
  return index;
}
