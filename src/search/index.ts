export type { AndNode, ComparisonNode, ExactNode, FuzzyNode, InNode, MatchNode, MatchValue, OrNode, RangeBound, RangeNode } from './ast.js';
export { buildMatch, type FieldFilter, type FilterValue, type MatchFilter } from './builder.js';
export type { Result, SearchError, SearchParameter } from './errors.js';
export { evaluate, fieldsOf, sortRecords, type SearchRecord } from './evaluate.js';
export {
  DEFAULT_RETURN_FIELDS,
  FIELD_TABLE,
  getField,
  isSearchType,
  listFields,
  MAX_VIDEO_ID_IN_VALUES,
  SEARCH_TYPES,
  type FieldCapabilities,
  type FieldValueType,
  type SearchType,
} from './fields.js';
export { formatMatch } from './format.js';
export { DEFAULT_SCROLL_TOKEN_TTL_MS, pageOf, pageWindow, paginate, searchQueryKey, type Page, type PageRequest, type PageWindow } from './paging.js';
export { parseMatch, type ParseMatchResult } from './parser.js';
export {
  DEFAULT_SORT,
  parseFields,
  parseSortBy,
  SEARCH_LIMITS,
  validatePaging,
  validateSearchMedia,
  type PagingInput,
  type SearchMediaParams,
  type SortKey,
  type SortOrder,
  type ValidSearchMedia,
} from './validate.js';
export { formatUtcTime, parseUtcTime, recordNumber, recordTimeToMs } from './values.js';
