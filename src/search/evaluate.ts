import type { MatchNode, MatchValue, RangeBound } from './ast.js';
import type { SortKey } from './validate.js';
import { recordNumber, recordTimeToMs } from './values.js';

/**
 * A media record as the sandbox keeps it: field name -> value. Expected values are strings, numbers, or string
 * arrays for multi-valued fields (Tags may also be a comma-separated string). Times are `yyyy-MM-ddTHH:mm:ssZ`
 * strings (milliseconds allowed) or epoch milliseconds. Other properties are ignored.
 */
export type SearchRecord = Readonly<Record<string, unknown>>;

/** True when `record` satisfies `ast`; a `null` ast (empty Match) matches everything. Missing fields never match. */
export function evaluate(ast: MatchNode | null, record: SearchRecord): boolean {
  if (ast === null) return true;
  switch (ast.type) {
    case 'and':
      return ast.children.every((c) => evaluate(c, record));
    case 'or':
      return ast.children.some((c) => evaluate(c, record));
    case 'exact':
      return anyValue(record[ast.field], (v) => equals(v, ast.value));
    case 'fuzzy': {
      const want = ast.value.toLowerCase();
      return anyValue(record[ast.field], (v) => containsLower(v, want));
    }
    case 'in':
      return anyValue(record[ast.field], (v) =>
        ast.values.some((want) => (ast.fuzzy ? contains(v, String(want)) : equals(v, want))),
      );
    case 'range':
      return anyValue(record[ast.field], (v) => inRange(v, ast.lower, ast.upper));
  }
}

/** `test` on the value, or on each element of a multi-valued field; a missing value matches nothing. */
function anyValue(value: unknown, test: (v: unknown) => boolean): boolean {
  if (value === undefined || value === null) return false;
  return Array.isArray(value) ? value.some(test) : test(value);
}

/** The fields a Match expression reads: a record needs no others to be evaluated. */
export function fieldsOf(ast: MatchNode | null, into: Set<string> = new Set()): Set<string> {
  if (ast === null) return into;
  if (ast.type === 'and' || ast.type === 'or') ast.children.forEach((child) => fieldsOf(child, into));
  else into.add(ast.field);
  return into;
}

/**
 * Stable sort by the given keys; records missing a sort value go last whatever the order. Each record's keys are
 * computed once (times parsed once per record, not once per comparison).
 */
export function sortRecords<T extends SearchRecord>(records: readonly T[], sortBy: readonly SortKey[]): T[] {
  const keyed = records.map((record, index) => ({ record, index, keys: sortBy.map((key) => sortValue(record[key.field])) }));
  keyed.sort((a, b) => {
    for (let i = 0; i < sortBy.length; i++) {
      const x = a.keys[i];
      const y = b.keys[i];
      if (x === undefined || y === undefined) {
        if (x !== y) return x === undefined ? 1 : -1;
        continue;
      }
      const c = x < y ? -1 : x > y ? 1 : 0;
      if (c !== 0) return sortBy[i]!.order === 'Asc' ? c : -c;
    }
    return a.index - b.index;
  });
  return keyed.map((entry) => entry.record);
}

/** Exact matching is case-sensitive; numbers compare numerically whether stored as number or numeric string. */
function equals(actual: unknown, want: MatchValue): boolean {
  if (typeof want === 'number') return recordNumber(actual) === want;
  return actual === want || (typeof actual === 'number' && String(actual) === want);
}

/** Fuzzy matching: case-insensitive substring ("搜索包含指定字符或字符串的文档"). */
function contains(actual: unknown, want: string): boolean {
  return containsLower(actual, want.toLowerCase());
}

function containsLower(actual: unknown, lowerWant: string): boolean {
  if (typeof actual !== 'string' && typeof actual !== 'number') return false;
  return String(actual).toLowerCase().includes(lowerWant);
}

function inRange(actual: unknown, lower: RangeBound, upper: RangeBound): boolean {
  // Numeric bounds mean a long/float field; string bounds are always times (the only ranged string fields).
  const toKey = typeof lower.value === 'number' ? recordNumber : recordTimeToMs;
  const v = toKey(actual);
  const lo = toKey(lower.value);
  const hi = toKey(upper.value);
  if (v === undefined || lo === undefined || hi === undefined) return false;
  return (lower.inclusive ? v >= lo : v > lo) && (upper.inclusive ? v <= hi : v < hi);
}

function sortValue(value: unknown): number | string | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return recordTimeToMs(value) ?? value;
  return undefined;
}
