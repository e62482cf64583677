import type { ActionHandler, ActionResult, SandboxEnv } from '../../action-context.js';
import { SandboxError } from '../../errors.js';
import {
  evaluate,
  fieldsOf,
  pageOf,
  pageWindow,
  paginate,
  searchQueryKey,
  sortRecords,
  validateSearchMedia,
  type PageRequest,
  type SearchError,
  type SearchMediaParams,
  type ValidSearchMedia,
} from '../../../search/index.js';
import { searchWithIndex } from './indexed-search.js';
import { mediaItem, searchableOf, searchables } from './search-records.js';

/** Breaks ties in creation order, following the direction of the first sort key. */
const SEQUENCE = '__sequence';

/** `index` answers from the search index; `scan` walks and sorts every record of the type (the reference). */
export type SearchStrategy = 'index' | 'scan';

const strategies = new WeakMap<SandboxEnv['state'], SearchStrategy>();

/** For benchmarks and the index's equivalence test: answer this sandbox's searches with `strategy` (default `index`). */
export function setSearchStrategy(env: SandboxEnv, strategy: SearchStrategy): void {
  strategies.set(env.state, strategy);
}

export const searchMedia: ActionHandler = (context) => {
  const params: SearchMediaParams = {
    SearchType: context.str('SearchType'),
    Match: context.str('Match'),
    SortBy: context.str('SortBy'),
    Fields: context.str('Fields'),
    PageNo: context.str('PageNo'),
    PageSize: context.str('PageSize'),
    ScrollToken: context.str('ScrollToken'),
  };
  return searchMediaAnswer(context, params, strategies.get(context.state) ?? 'index');
};

/** The SearchMedia answer (without RequestId); throws the SandboxError the service would answer. */
export function searchMediaAnswer(env: SandboxEnv, params: SearchMediaParams, strategy: SearchStrategy): ActionResult {
  const checked = validateSearchMedia(params);
  if (!checked.ok) throw toSandboxError(checked.error);
  const request = checked.value;
  const pageRequest: PageRequest = {
    searchType: request.searchType,
    pageNo: request.pageNo,
    pageSize: request.pageSize,
    ...(request.scrollToken === undefined ? {} : { scrollToken: request.scrollToken }),
    queryKey: searchQueryKey(request.searchType, params.Match, params.SortBy),
    now: env.clock.now(),
  };
  if (strategy === 'index') {
    const window = pageWindow(pageRequest);
    if (!window.ok) throw toSandboxError(window.error);
    const hits = searchWithIndex(env, request, window.value);
    const page = pageOf(hits.records, hits.total, window.value, pageRequest);
    const items = page.items.map((record) => mediaItem(searchableOf(env, request.searchType, record), request.fields));
    return answer(page.total, items, page.scrollToken);
  }
  return scanSearch(env, request, pageRequest);
}

/** Walks every media item of the type, filters and sorts them all: the reference the index must agree with. */
function scanSearch(env: SandboxEnv, request: ValidSearchMedia, pageRequest: PageRequest): ActionResult {
  const read = fieldsOf(request.match, new Set(request.sortBy.map((key) => key.field)));
  // Each match record is built for this request only, so the creation-order tie-breaker can go into it.
  const all = searchables(env, request.searchType, read);
  all.forEach((item, index) => (item.match[SEQUENCE] = index));
  const hits = all.filter((item) => evaluate(request.match, item.match));
  const order = request.sortBy[0]?.order ?? 'Desc';
  const sorted = sortRecords(
    hits.map((item) => item.match),
    [...request.sortBy, { field: SEQUENCE, order }],
  );
  const page = paginate(sorted, pageRequest);
  if (!page.ok) throw toSandboxError(page.error);

  const items = page.value.items.flatMap((record) => {
    const item = all[record[SEQUENCE] as number];
    return item ? [mediaItem(item, request.fields)] : [];
  });
  return answer(page.value.total, items, page.value.scrollToken);
}

function answer(total: number, items: Record<string, unknown>[], scrollToken: string | undefined): ActionResult {
  return { Total: total, MediaList: items, ...(scrollToken === undefined ? {} : { ScrollToken: scrollToken }) };
}

function toSandboxError(error: SearchError): SandboxError {
  const message = error.code === 'InvalidParameter' ? `${error.message} ${error.detail}.` : error.message;
  return new SandboxError(error.code, message, error.httpStatus);
}
