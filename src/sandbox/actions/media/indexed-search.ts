import type { SandboxEnv } from '../../action-context.js';
import { evaluate, fieldsOf, sortRecords, type ComparisonNode, type MatchNode, type PageWindow, type SearchType, type ValidSearchMedia } from '../../../search/index.js';
import { byDefaultOrder, ID_FIELD, indexKey, searchIndexOf, type IndexEntry, type TypeIndex } from './search-index.js';
import { matchReader, type AnyMediaRecord } from './search-records.js';

export interface IndexedHits {
  readonly total: number;
  /** The records of the page window, in order. */
  readonly records: AnyMediaRecord[];
}

/** Below this share of the type's records, hits are sorted; above it, the ordered list is walked until the page is full. */
const SORT_BELOW_SHARE = 1 / 32;

/**
 * SearchMedia through the index: the same hits, order and Total as the scan in search-media.ts. The index's order
 * answers a sort by CreationTime alone; any other SortBy (or records whose CreationTime does not parse, which the
 * scan orders differently) takes the hits from the index and sorts them as the scan does.
 */
export function searchWithIndex(env: SandboxEnv, request: ValidSearchMedia, window: PageWindow): IndexedHits {
  const index = searchIndexOf(env).forType(request.searchType);
  const [sortKey, ...more] = request.sortBy;
  if (!sortKey || sortKey.field !== 'CreationTime' || more.length || index.untimed > 0) return sortedLikeTheScan(env, index, request, window);
  const ordered = new OrderedView(index.ordered, sortKey.order === 'Asc');
  const match = request.match;
  if (match === null) return { total: ordered.length, records: ordered.range(window.start, window.end) };

  const matches = matcher(env, request.searchType, match);
  const plan = candidatePlan(index, match);
  if (!plan) return walkCounting(ordered, matches, window);

  const [smallest, ...others] = plan.sets;
  const inAll = (entry: IndexEntry) => others.every((set) => set.has(entry));
  const dense = (count: number) => count >= ordered.length * SORT_BELOW_SHARE;
  if (plan.exact) {
    // Every conjunct is answered by the postings: no record needs evaluating.
    const total = others.length ? count(smallest!, inAll) : smallest!.size;
    if (dense(smallest!.size)) return { total, records: ordered.walkUntil((entry) => smallest!.has(entry) && inAll(entry), window) };
    return { total, records: sortedWindow([...smallest!].filter(inAll), ordered.descending, window) };
  }
  const hits = [...smallest!].filter((entry) => inAll(entry) && matches(entry));
  if (!dense(hits.length)) return { total: hits.length, records: sortedWindow(hits, ordered.descending, window) };
  const hitSet = new Set(hits);
  return { total: hits.length, records: ordered.walkUntil((entry) => hitSet.has(entry), window) };
}

const SEQUENCE = '__sequence';

/**
 * The hits (from the postings where they help) in the scan's order: its sort keys, then the creation-order
 * tie-break in the first key's direction. When every key of a field is of one kind (all numbers or all strings,
 * undefined last), that order is total, so the page is picked by a bounded selection over the hits at the cost of
 * reading their keys; otherwise (an unparsable time next to parsed ones) the scan's own sort runs, on the hits in
 * collection order, since those comparisons are not a total order.
 */
function sortedLikeTheScan(env: SandboxEnv, index: TypeIndex, request: ValidSearchMedia, window: PageWindow): IndexedHits {
  const match = request.match;
  let hits: readonly IndexEntry[] = index.ordered;
  if (match !== null) {
    const matches = matcher(env, request.searchType, match);
    const plan = candidatePlan(index, match);
    if (!plan) hits = index.ordered.filter(matches);
    else {
      const [smallest, ...others] = plan.sets;
      hits = [...smallest!].filter((entry) => others.every((set) => set.has(entry)) && (plan.exact || matches(entry)));
    }
  }
  const positions = totalOrderPositions(index, request, hits);
  if (positions) return { total: hits.length, records: selectWindow(hits, compareBy(request.sortBy, positions), window).map((entry) => entry.record) };
  return { total: hits.length, records: scanSortedWindow(env, request, hits, window) };
}

/**
 * Where each SortBy field's values sit in the entries' `sortKeys`, when every field's values among the hits are of
 * one kind (numbers or text; undefined aside), which makes the scan's comparison a total order; else undefined.
 */
function totalOrderPositions(index: TypeIndex, request: ValidSearchMedia, hits: readonly IndexEntry[]): number[] | undefined {
  const positions: number[] = [];
  for (const key of request.sortBy) {
    const position = index.sortPosition.get(key.field);
    if (position === undefined) return undefined;
    positions.push(position);
    // Numbers only in the whole type (kept by the index): nothing to check per hit.
    if (index.unnumberedSortKeys[position] === 0) continue;
    let kind: string | undefined;
    for (const entry of hits) {
      const value = entry.sortKeys[position];
      if (value === undefined) continue;
      if (typeof value === 'number' && Number.isNaN(value)) return undefined;
      if (kind === undefined) kind = typeof value;
      else if (kind !== typeof value) return undefined;
    }
  }
  return positions;
}

/** sortRecords' comparison, then the creation order in the first key's direction (seqs are unique: a total order). */
function compareBy(sortBy: ValidSearchMedia['sortBy'], positions: readonly number[]): (a: IndexEntry, b: IndexEntry) => number {
  const ascending = sortBy.map((key) => key.order === 'Asc');
  const seqAscending = ascending[0] ?? false;
  return (a, b) => {
    for (let i = 0; i < positions.length; i++) {
      const x = a.sortKeys[positions[i]!];
      const y = b.sortKeys[positions[i]!];
      if (x === undefined || y === undefined) {
        if (x !== y) return x === undefined ? 1 : -1;
        continue;
      }
      const c = x < y ? -1 : x > y ? 1 : 0;
      if (c !== 0) return ascending[i] ? c : -c;
    }
    return seqAscending ? a.seq - b.seq : b.seq - a.seq;
  };
}

/** The window of the hits in `compare` order: a bounded max-heap of the first `window.end`, then a sort of those. */
function selectWindow(hits: readonly IndexEntry[], compare: (a: IndexEntry, b: IndexEntry) => number, window: PageWindow): IndexEntry[] {
  const limit = Math.min(window.end, hits.length);
  if (limit <= 0 || window.start >= limit) return [];
  if (limit * 4 >= hits.length) return [...hits].sort(compare).slice(window.start, limit);
  // heap[0] is the worst of the best `limit` seen so far.
  const heap: IndexEntry[] = [];
  const swap = (i: number, j: number) => {
    const held = heap[i]!;
    heap[i] = heap[j]!;
    heap[j] = held;
  };
  for (const entry of hits) {
    if (heap.length < limit) {
      heap.push(entry);
      for (let at = heap.length - 1; at > 0; ) {
        const parent = (at - 1) >> 1;
        if (compare(heap[at]!, heap[parent]!) <= 0) break;
        swap(at, parent);
        at = parent;
      }
      continue;
    }
    if (compare(entry, heap[0]!) >= 0) continue;
    heap[0] = entry;
    for (let at = 0; ; ) {
      const left = 2 * at + 1;
      let worst = at;
      if (left < limit && compare(heap[left]!, heap[worst]!) > 0) worst = left;
      if (left + 1 < limit && compare(heap[left + 1]!, heap[worst]!) > 0) worst = left + 1;
      if (worst === at) break;
      swap(at, worst);
      at = worst;
    }
  }
  return heap.sort(compare).slice(window.start, limit);
}

/** The scan's own sort, fed the hits in collection order as the scan feeds it. */
function scanSortedWindow(env: SandboxEnv, request: ValidSearchMedia, unordered: readonly IndexEntry[], window: PageWindow): AnyMediaRecord[] {
  const hits = [...unordered].sort((a, b) => a.seq - b.seq);
  const readSortFields = matchReader(env, request.searchType, new Set(request.sortBy.map((key) => key.field)));
  const entries = new Map<number, IndexEntry>();
  const keyed = hits.map((entry) => {
    entries.set(entry.seq, entry);
    return { ...readSortFields(entry.record), [SEQUENCE]: entry.seq };
  });
  const order = request.sortBy[0]?.order ?? 'Desc';
  const sorted = sortRecords(keyed, [...request.sortBy, { field: SEQUENCE, order }]);
  return sorted.slice(window.start, window.end).map((record) => entries.get(record[SEQUENCE])!.record);
}

function matcher(env: SandboxEnv, type: SearchType, match: MatchNode): (entry: IndexEntry) => boolean {
  const read = matchReader(env, type, fieldsOf(match));
  return (entry) => evaluate(match, read(entry.record));
}

interface CandidatePlan {
  /** Every hit is in all of these, smallest first. */
  readonly sets: readonly ReadonlySet<IndexEntry>[];
  /** The sets are exactly the hits: every conjunct was an indexed equality. */
  readonly exact: boolean;
}

/** Candidates from the top-level conjuncts that are equalities on indexed fields or the ID; undefined when none is. */
function candidatePlan(index: TypeIndex, match: MatchNode): CandidatePlan | undefined {
  const conjuncts = match.type === 'and' ? match.children : [match];
  const sets: ReadonlySet<IndexEntry>[] = [];
  let exact = true;
  for (const conjunct of conjuncts) {
    const candidates = conjunct.type === 'and' || conjunct.type === 'or' ? undefined : candidatesOf(index, conjunct);
    if (candidates) sets.push(candidates.set);
    if (!candidates?.exact) exact = false;
  }
  if (!sets.length) return undefined;
  return { sets: sets.sort((a, b) => a.size - b.size), exact };
}

const NONE: ReadonlySet<IndexEntry> = new Set();

function candidatesOf(index: TypeIndex, node: ComparisonNode): { set: ReadonlySet<IndexEntry>; exact: boolean } | undefined {
  const values = node.type === 'exact' ? [node.value] : node.type === 'in' && !node.fuzzy ? node.values : undefined;
  if (!values) return undefined;
  if (node.field === ID_FIELD[index.type]) {
    // The collection key is the record's ID; the evaluator still checks the ID field itself.
    const set = new Set(values.flatMap((value) => index.entry(String(value)) ?? []));
    return { set, exact: false };
  }
  const position = index.fieldPosition.get(node.field);
  if (position === undefined) return undefined;
  const field = index.fields[position]!;
  // A query value of the other kind (a string for a long field) is left to the evaluator.
  if (values.some((value) => (typeof value === 'number') !== (field.type === 'long'))) return undefined;
  const sets = values.map((value) => {
    const key = indexKey(field, value);
    return (key === undefined ? undefined : index.posting(position, key)) ?? NONE;
  });
  if (sets.length === 1) return { set: sets[0]!, exact: true };
  const union = new Set<IndexEntry>();
  for (const set of sets) for (const entry of set) union.add(entry);
  return { set: union, exact: true };
}

/** The type's entries in the requested direction, without copying. */
class OrderedView {
  constructor(
    private readonly entries: readonly IndexEntry[],
    private readonly ascending: boolean,
  ) {}

  get length(): number {
    return this.entries.length;
  }

  get descending(): boolean {
    return !this.ascending;
  }

  at(position: number): IndexEntry {
    return this.entries[this.ascending ? this.entries.length - 1 - position : position]!;
  }

  range(start: number, end: number): AnyMediaRecord[] {
    const records: AnyMediaRecord[] = [];
    for (let i = start; i < Math.min(end, this.length); i++) records.push(this.at(i).record);
    return records;
  }

  /** The hits of the window, walking in order and stopping once the window is full. */
  walkUntil(isHit: (entry: IndexEntry) => boolean, window: PageWindow): AnyMediaRecord[] {
    const records: AnyMediaRecord[] = [];
    let hits = 0;
    for (let i = 0; i < this.length && hits < window.end; i++) {
      const entry = this.at(i);
      if (!isHit(entry)) continue;
      if (hits >= window.start) records.push(entry.record);
      hits++;
    }
    return records;
  }
}

/** Walks every entry (Total needs them all) and keeps the window's hits. */
function walkCounting(ordered: OrderedView, isHit: (entry: IndexEntry) => boolean, window: PageWindow): IndexedHits {
  const records: AnyMediaRecord[] = [];
  let total = 0;
  for (let i = 0; i < ordered.length; i++) {
    const entry = ordered.at(i);
    if (!isHit(entry)) continue;
    if (total >= window.start && total < window.end) records.push(entry.record);
    total++;
  }
  return { total, records };
}

function sortedWindow(hits: IndexEntry[], descending: boolean, window: PageWindow): AnyMediaRecord[] {
  hits.sort(byDefaultOrder);
  if (!descending) hits.reverse();
  return hits.slice(window.start, window.end).map((entry) => entry.record);
}

function count(entries: ReadonlySet<IndexEntry>, test: (entry: IndexEntry) => boolean): number {
  let n = 0;
  for (const entry of entries) if (test(entry)) n++;
  return n;
}
