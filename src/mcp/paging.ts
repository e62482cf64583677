/**
 * One place for every list tool's paging: how many items exist, how many came back, and the exact arguments of the
 * next page, whatever the action calls them (Total, TotalCount, TotalNum, SubTotal...; PageNo or PageNumber; a
 * ScrollToken).
 */
export interface Paging {
  readonly Total?: number;
  readonly Returned: number;
  /** Arguments to add to the same call for the next page; absent on the last page. */
  readonly NextPage?: Readonly<Record<string, string | number>>;
}

type Json = Record<string, unknown>;

const TOTAL_KEYS = ['Total', 'TotalCount', 'TotalNum', 'TotalCnt', 'SubTotal'];

/** The first total, breadth first: at the top, then in nested objects (and single-item lists) down to three levels. */
function totalOf(value: Json): number | undefined {
  let level: unknown[] = [value];
  for (let depth = 0; depth < 3 && level.length; depth++) {
    const next: unknown[] = [];
    for (const node of level) {
      const object = Array.isArray(node) && node.length === 1 ? node[0] : node;
      if (!object || typeof object !== 'object' || Array.isArray(object)) continue;
      for (const key of TOTAL_KEYS) {
        const raw = (object as Json)[key];
        if ((typeof raw === 'number' || (typeof raw === 'string' && raw !== '')) && Number.isInteger(Number(raw))) return Number(raw);
      }
      next.push(...Object.values(object));
    }
    level = next;
  }
  return undefined;
}

/** The longest list of the answer: the page. */
function returnedOf(value: unknown, depth = 0): number {
  if (Array.isArray(value)) return Math.max(value.length, ...value.map((item) => returnedOf(item, depth + 1)));
  if (value && typeof value === 'object' && depth < 4) return Math.max(0, ...Object.values(value).map((child) => returnedOf(child, depth + 1)));
  return 0;
}

export function pagingOf(parameters: readonly string[], args: Readonly<Record<string, unknown>>, value: Json): Paging | undefined {
  const pageKey = ['PageNo', 'PageNumber'].find((key) => parameters.includes(key));
  const scrolls = parameters.includes('ScrollToken');
  if (!pageKey && !scrolls) return undefined;
  const returned = returnedOf(value);
  const total = totalOf(value);
  const base = { ...(total !== undefined ? { Total: total } : {}), Returned: returned };
  const token = value.ScrollToken;
  if (scrolls && typeof token === 'string' && token && returned > 0 && (total === undefined || returned < total)) {
    return { ...base, NextPage: { ScrollToken: token, ...(args.PageSize !== undefined ? { PageSize: Number(args.PageSize) } : {}) } };
  }
  if (!pageKey || total === undefined) return base;
  const page = Number(args[pageKey] ?? 1);
  const size = Number(args.PageSize ?? returned);
  if (!size || page * size >= total) return base;
  return { ...base, NextPage: { [pageKey]: page + 1, ...(parameters.includes('PageSize') ? { PageSize: size } : {}) } };
}
