import type { ActionHandler } from '../../action-context.js';
import { SandboxError } from '../../errors.js';
import { evaluate, fieldsOf, paginate, searchQueryKey, sortRecords, validateSearchMedia, type SearchError } from '../../../search/index.js';
import { mediaItem, searchables } from './search-records.js';

/** Breaks ties in creation order, following the direction of the first sort key. */
const SEQUENCE = '__sequence';

export const searchMedia: ActionHandler = (context) => {
  const params = {
    SearchType: context.str('SearchType'),
    Match: context.str('Match'),
    SortBy: context.str('SortBy'),
    Fields: context.str('Fields'),
    PageNo: context.str('PageNo'),
    PageSize: context.str('PageSize'),
    ScrollToken: context.str('ScrollToken'),
  };
  const checked = validateSearchMedia(params);
  if (!checked.ok) throw toSandboxError(checked.error);
  const request = checked.value;

  const read = fieldsOf(request.match, new Set(request.sortBy.map((key) => key.field)));
  // Each match record is built for this request only, so the creation-order tie-breaker can go into it.
  const all = searchables(context, request.searchType, read);
  all.forEach((item, index) => (item.match[SEQUENCE] = index));
  const hits = all.filter((item) => evaluate(request.match, item.match));
  const order = request.sortBy[0]?.order ?? 'Desc';
  const sorted = sortRecords(
    hits.map((item) => item.match),
    [...request.sortBy, { field: SEQUENCE, order }],
  );
  const page = paginate(sorted, {
    searchType: request.searchType,
    pageNo: request.pageNo,
    pageSize: request.pageSize,
    ...(request.scrollToken === undefined ? {} : { scrollToken: request.scrollToken }),
    queryKey: searchQueryKey(request.searchType, params.Match, params.SortBy),
    now: context.clock.now(),
  });
  if (!page.ok) throw toSandboxError(page.error);

  const items = page.value.items.flatMap((record) => {
    const item = all[record[SEQUENCE] as number];
    return item ? [mediaItem(item, request.fields)] : [];
  });
  return {
    Total: page.value.total,
    MediaList: items,
    ...(page.value.scrollToken === undefined ? {} : { ScrollToken: page.value.scrollToken }),
  };
};

function toSandboxError(error: SearchError): SandboxError {
  const message = error.code === 'InvalidParameter' ? `${error.message} ${error.detail}.` : error.message;
  return new SandboxError(error.code, message, error.httpStatus);
}
