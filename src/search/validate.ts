import type { MatchNode } from './ast.js';
import { invalidParameter, sortByExceededMax, type Result, type SearchError } from './errors.js';
import { DEFAULT_RETURN_FIELDS, getField, isSearchType, listFields, SEARCH_TYPES, type SearchType } from './fields.js';
import { parseMatch } from './parser.js';

/** Limits stated in the SearchMedia reference (7.1.1). */
export const SEARCH_LIMITS = {
  defaultPageSize: 10,
  maxPageSize: 100,
  /** PageNo/PageSize paging only reaches the first 5000 hits ("方法一"). */
  maxResultWindow: 5000,
  /** With a ScrollToken, current and target page may be at most 1200 records apart ("方法二"). */
  scrollWindow: 1200,
  maxSortKeys: 3,
  maxScrollSortKeys: 1,
  /** Beyond this PageNo the spec recommends a ScrollToken. */
  scrollRecommendedAfterPage: 200,
} as const;

export type SortOrder = 'Asc' | 'Desc';

export interface SortKey {
  readonly field: string;
  readonly order: SortOrder;
}

export const DEFAULT_SORT: readonly SortKey[] = [{ field: 'CreationTime', order: 'Desc' }];

/** SearchMedia request parameters as they arrive on the wire (numbers may still be strings). */
export interface SearchMediaParams {
  SearchType?: string;
  Match?: string;
  SortBy?: string;
  Fields?: string;
  PageNo?: number | string;
  PageSize?: number | string;
  ScrollToken?: string;
}

export interface ValidSearchMedia {
  readonly searchType: SearchType;
  readonly match: MatchNode | null;
  readonly sortBy: readonly SortKey[];
  /** Requested return fields; empty means the defaults (MediaId, CreationTime, MediaType). */
  readonly fields: readonly string[];
  readonly pageNo: number;
  readonly pageSize: number;
  readonly scrollToken?: string;
  /** Non-fatal advice, e.g. "set ScrollToken beyond page 200". */
  readonly warnings: readonly string[];
}

/** Validates a whole SearchMedia request; the first error wins, checked in parameter order. */
export function validateSearchMedia(params: SearchMediaParams): Result<ValidSearchMedia> {
  const searchType = params.SearchType === undefined || params.SearchType === '' ? 'video' : params.SearchType;
  if (!isSearchType(searchType)) {
    return fail(invalidParameter('SearchType', `SearchType must be one of ${SEARCH_TYPES.join(', ')}; got "${searchType}"`));
  }
  const scrollToken = params.ScrollToken === '' ? undefined : params.ScrollToken;

  const match = parseMatch(params.Match, searchType);
  if (!match.ok) return match;
  const sortBy = parseSortBy(params.SortBy, searchType, { scroll: scrollToken !== undefined });
  if (!sortBy.ok) return sortBy;
  const fields = parseFields(params.Fields, searchType);
  if (!fields.ok) return fields;
  const paging = validatePaging({
    searchType,
    pageNo: params.PageNo,
    pageSize: params.PageSize,
    ...(scrollToken === undefined ? {} : { scrollToken }),
  });
  if (!paging.ok) return paging;

  return {
    ok: true,
    value: {
      searchType,
      match: match.ast,
      sortBy: sortBy.value,
      fields: fields.value,
      ...paging.value,
      ...(scrollToken === undefined ? {} : { scrollToken }),
    },
  };
}

/** Parses `CreationTime:Desc,ModificationTime:Asc`. Order names are accepted case-insensitively. */
export function parseSortBy(
  text: string | undefined,
  searchType: SearchType,
  options: { scroll?: boolean } = {},
): Result<SortKey[]> {
  if (text === undefined || text.trim() === '') return { ok: true, value: [...DEFAULT_SORT] };
  const keys: SortKey[] = [];
  for (const part of text.split(',')) {
    const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*:\s*([A-Za-z]+)\s*$/.exec(part);
    if (!m) return fail(invalidParameter('SortBy', `SortBy entry "${part.trim()}" must look like Field:Desc or Field:Asc`));
    const [, name = '', rawOrder = ''] = m;
    const f = getField(searchType, name);
    const sortable = listFields(searchType).filter((x) => x.sortable).map((x) => x.name);
    if (!f || !f.sortable) {
      const why = f ? `Field "${name}" is not sortable` : `Unknown field "${name}" for SearchType ${searchType}`;
      return fail(invalidParameter('SortBy', `${why}; sortable fields: ${sortable.join(', ')}`));
    }
    const order = rawOrder.toLowerCase() === 'asc' ? 'Asc' : rawOrder.toLowerCase() === 'desc' ? 'Desc' : undefined;
    if (!order) return fail(invalidParameter('SortBy', `Sort order "${rawOrder}" of "${name}" must be Asc or Desc`));
    if (keys.some((k) => k.field === name)) return fail(invalidParameter('SortBy', `Field "${name}" appears twice in SortBy`));
    keys.push({ field: name, order });
  }
  if (options.scroll && keys.length > SEARCH_LIMITS.maxScrollSortKeys) {
    return fail(sortByExceededMax(`Only one sort field is allowed with ScrollToken; got ${keys.length}`));
  }
  if (keys.length > SEARCH_LIMITS.maxSortKeys) {
    return fail(invalidParameter('SortBy', `At most ${SEARCH_LIMITS.maxSortKeys} sort fields are allowed; got ${keys.length}`));
  }
  return { ok: true, value: keys };
}

/** Parses `Title,CoverURL`; every entry must be a return field of the search type. */
export function parseFields(text: string | undefined, searchType: SearchType): Result<string[]> {
  if (text === undefined || text.trim() === '') return { ok: true, value: [] };
  const names: string[] = [];
  for (const raw of text.split(',')) {
    const name = raw.trim();
    if (name === '') return fail(invalidParameter('Fields', 'Fields contains an empty entry'));
    const f = getField(searchType, name);
    const always = (DEFAULT_RETURN_FIELDS as readonly string[]).includes(name);
    if (!always && !f?.returnable) {
      const why = f ? `Field "${name}" cannot be returned` : `Unknown field "${name}"`;
      return fail(invalidParameter('Fields', `${why} for SearchType ${searchType}`));
    }
    if (!names.includes(name)) names.push(name);
  }
  return { ok: true, value: names };
}

export interface PagingInput {
  searchType: SearchType;
  pageNo?: number | string;
  pageSize?: number | string;
  scrollToken?: string;
}

/**
 * Checks PageNo/PageSize. Without a ScrollToken only the first 5000 hits are reachable. With one (video/audio
 * only) any depth is allowed here; the 1200-record jump limit needs the token's position, see `paginate`.
 */
export function validatePaging(
  input: PagingInput,
): Result<{ pageNo: number; pageSize: number; warnings: string[] }> {
  const pageNo = positiveInt(input.pageNo, 1);
  if (pageNo === undefined) return fail(invalidParameter('PageNo', `PageNo must be a positive integer; got "${input.pageNo}"`));
  const pageSize = positiveInt(input.pageSize, SEARCH_LIMITS.defaultPageSize);
  if (pageSize === undefined || pageSize > SEARCH_LIMITS.maxPageSize) {
    return fail(
      invalidParameter('PageSize', `PageSize must be an integer from 1 to ${SEARCH_LIMITS.maxPageSize}; got "${input.pageSize}"`),
    );
  }
  const scrollable = input.searchType === 'video' || input.searchType === 'audio';
  if (input.scrollToken !== undefined && !scrollable) {
    return fail(invalidParameter('ScrollToken', `ScrollToken is only supported for SearchType video and audio, not ${input.searchType}`));
  }
  const warnings: string[] = [];
  if (input.scrollToken === undefined) {
    if (pageNo * pageSize > SEARCH_LIMITS.maxResultWindow) {
      const how = scrollable
        ? 'page forward from PageNo 1 passing the returned ScrollToken to reach further'
        : `SearchType ${input.searchType} cannot page further; narrow the Match instead`;
      return fail(
        invalidParameter(
          'PageNo',
          `PageNo * PageSize (${pageNo * pageSize}) exceeds the ${SEARCH_LIMITS.maxResultWindow}-record result window; ${how}`,
        ),
      );
    }
    if (pageNo > SEARCH_LIMITS.scrollRecommendedAfterPage && scrollable) {
      warnings.push(`PageNo above ${SEARCH_LIMITS.scrollRecommendedAfterPage}: the spec recommends passing ScrollToken`);
    }
  }
  return { ok: true, value: { pageNo, pageSize, warnings } };
}

function positiveInt(value: number | string | undefined, fallback: number): number | undefined {
  if (value === undefined || value === '') return fallback;
  const n = typeof value === 'number' ? value : /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(n) && n >= 1 ? n : undefined;
}

function fail(error: SearchError): { ok: false; error: SearchError } {
  return { ok: false, error };
}
