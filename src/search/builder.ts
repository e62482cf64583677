import type { ComparisonNode, MatchValue } from './ast.js';
import { invalidParameter, type Result } from './errors.js';
import { getField, type FieldCapabilities, type SearchType } from './fields.js';
import { formatMatch } from './format.js';
import { parseMatch } from './parser.js';
import { formatUtcTime } from './values.js';

export type FilterValue = string | number;

/**
 * Conditions on one field; several keys on one field are and-ed. Time values may be
 * `yyyy-MM-ddTHH:mm:ssZ` strings or epoch milliseconds.
 */
export interface FieldFilter {
  /** Exact match (on in-only fields such as Status, sent as a one-value `in`). */
  eq?: FilterValue;
  /** Fuzzy "contains" match (Title, Tags, Description, FileName). */
  like?: string;
  in?: readonly FilterValue[];
  gt?: FilterValue;
  gte?: FilterValue;
  lt?: FilterValue;
  lte?: FilterValue;
}

/** Field name -> conditions, all and-ed, e.g. `{ Title: { like: 'cat' }, Status: { in: ['Normal'] } }`. */
export type MatchFilter = Readonly<Record<string, FieldFilter>>;

// The protocol has no open-ended range syntax, so a missing bound is filled with a value that never limits.
const TIME_MIN = '1970-01-01T00:00:00Z';
const TIME_MAX = '9999-12-31T23:59:59Z';

/** Builds Match text from a structured filter; the result is validated with `parseMatch`. Empty filter -> ''. */
export function buildMatch(filter: MatchFilter, searchType: SearchType = 'video'): Result<string> {
  const clauses: string[] = [];
  for (const [name, conditions] of Object.entries(filter)) {
    const f = getField(searchType, name);
    for (const node of toNodes(name, f, conditions)) {
      if ('error' in node) return { ok: false, error: invalidParameter('Match', `${name}: ${node.error}`) };
      const text = formatMatch(node);
      const parsed = parseMatch(text, searchType);
      if (!parsed.ok) {
        // Positions point into generated text the caller never saw, so they are dropped.
        const { code, message, parameter, httpStatus, detail } = parsed.error;
        return { ok: false, error: { code, message, parameter, httpStatus, detail: `${detail} (from filter ${name}: ${text})` } };
      }
      clauses.push(text);
    }
  }
  return { ok: true, value: clauses.join(' and ') };
}

function toNodes(name: string, f: FieldCapabilities | undefined, c: FieldFilter): Array<ComparisonNode | { error: string }> {
  const nodes: Array<ComparisonNode | { error: string }> = [];
  const value = (v: FilterValue) => convert(f, v);
  if (c.like !== undefined) {
    nodes.push(f && !f.fuzzy ? { error: `Field "${name}" does not support fuzzy match (like)` } : { type: 'fuzzy', field: name, value: c.like });
  }
  if (c.eq !== undefined) {
    if (f?.fuzzy) nodes.push({ error: `Field "${name}" only supports fuzzy match; use like` });
    else if (f && !f.exact && f.multi) nodes.push({ type: 'in', field: name, values: [value(c.eq)], fuzzy: false });
    else nodes.push({ type: 'exact', field: name, value: value(c.eq) });
  }
  if (c.in !== undefined) nodes.push({ type: 'in', field: name, values: c.in.map(value), fuzzy: f?.fuzzy ?? false });
  if (c.gt !== undefined && c.gte !== undefined) nodes.push({ error: 'use either gt or gte, not both' });
  else if (c.lt !== undefined && c.lte !== undefined) nodes.push({ error: 'use either lt or lte, not both' });
  else if ([c.gt, c.gte, c.lt, c.lte].some((v) => v !== undefined)) {
    const numeric = f?.type === 'long' || f?.type === 'float';
    const low = c.gt ?? c.gte;
    const high = c.lt ?? c.lte;
    nodes.push({
      type: 'range',
      field: name,
      lower: low === undefined ? { value: numeric ? 0 : TIME_MIN, inclusive: true } : { value: value(low), inclusive: c.gt === undefined },
      upper:
        high === undefined
          ? { value: numeric ? Number.MAX_SAFE_INTEGER : TIME_MAX, inclusive: true }
          : { value: value(high), inclusive: c.lt === undefined },
    });
  }
  return nodes;
}

function convert(f: FieldCapabilities | undefined, v: FilterValue): MatchValue {
  if (f?.type === 'time' && typeof v === 'number') return formatUtcTime(v);
  if ((f?.type === 'long' || f?.type === 'float') && typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) {
    return Number(v);
  }
  if (f && f.type !== 'long' && f.type !== 'float') return String(v);
  return v;
}
