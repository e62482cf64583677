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
      return candidates(record[ast.field]).some((v) => equals(v, ast.value));
    case 'fuzzy':
      return candidates(record[ast.field]).some((v) => contains(v, ast.value));
    case 'in':
      return candidates(record[ast.field]).some((v) =>
        ast.values.some((want) => (ast.fuzzy ? contains(v, String(want)) : equals(v, want))),
      );
    case 'range':
      return candidates(record[ast.field]).some((v) => inRange(v, ast.lower, ast.upper));
  }
}

/** Stable sort by the given keys; records missing a sort value go last whatever the order. */
export function sortRecords<T extends SearchRecord>(records: readonly T[], sortBy: readonly SortKey[]): T[] {
  return [...records].sort((a, b) => {
    for (const key of sortBy) {
      const x = sortValue(a[key.field]);
      const y = sortValue(b[key.field]);
      if (x === undefined || y === undefined) {
        if (x !== y) return x === undefined ? 1 : -1;
        continue;
      }
      const c = x < y ? -1 : x > y ? 1 : 0;
      if (c !== 0) return key.order === 'Asc' ? c : -c;
    }
    return 0;
  });
}

function candidates(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** Exact matching is case-sensitive; numbers compare numerically whether stored as number or numeric string. */
function equals(actual: unknown, want: MatchValue): boolean {
  if (typeof want === 'number') return recordNumber(actual) === want;
  return actual === want || (typeof actual === 'number' && String(actual) === want);
}

/** Fuzzy matching: case-insensitive substring ("搜索包含指定字符或字符串的文档"). */
function contains(actual: unknown, want: string): boolean {
  if (typeof actual !== 'string' && typeof actual !== 'number') return false;
  return String(actual).toLowerCase().includes(want.toLowerCase());
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
