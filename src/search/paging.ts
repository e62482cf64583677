import { invalidParameter, scrollTokenExpired, type Result } from './errors.js';
import type { SearchType } from './fields.js';
import { SEARCH_LIMITS } from './validate.js';

/** The spec gives no lifetime for ScrollToken; the sandbox default is 10 minutes. */
export const DEFAULT_SCROLL_TOKEN_TTL_MS = 10 * 60 * 1000;

export interface PageRequest {
  readonly searchType: SearchType;
  readonly pageNo: number;
  readonly pageSize: number;
  readonly scrollToken?: string;
  /** Identifies the query (see `searchQueryKey`); a token only works for the query that issued it. */
  readonly queryKey: string;
  readonly now?: number;
  readonly ttlMs?: number;
}

export interface Page<T> {
  readonly items: T[];
  readonly total: number;
  /** Issued for video/audio searches with hits, as the service does. */
  readonly scrollToken?: string;
}

interface TokenPayload {
  v: 1;
  /** Hash of the query key. */
  q: string;
  /** Start (inclusive) and end (exclusive) record offsets of the page that issued the token. */
  s: number;
  e: number;
  /** Issue time, epoch ms. */
  t: number;
}

export function searchQueryKey(searchType: SearchType, match: string | undefined, sortBy: string | undefined): string {
  return JSON.stringify([searchType, match ?? '', sortBy ?? '']);
}

/** Where a page starts and ends in the sorted hits, once the request passed the paging rules. */
export interface PageWindow {
  readonly start: number;
  readonly end: number;
}

/**
 * Cuts one page out of already filtered and sorted records, enforcing the paging rules of SearchMedia:
 * the 5000-record window without a token, and the 1200-record jump limit relative to the token's page.
 */
export function paginate<T>(sorted: readonly T[], request: PageRequest): Result<Page<T>> {
  const req = { ...request, now: request.now ?? Date.now() };
  const window = pageWindow(req);
  if (!window.ok) return window;
  return { ok: true, value: pageOf(sorted.slice(window.value.start, window.value.end), sorted.length, window.value, req) };
}

/**
 * The paging rules alone, for callers that count the hits and fetch only the page's records themselves
 * (the rules depend on the request, never on the hits).
 */
export function pageWindow(req: PageRequest): Result<PageWindow> {
  const now = req.now ?? Date.now();
  const start = (req.pageNo - 1) * req.pageSize;
  const end = start + req.pageSize;

  if (req.scrollToken !== undefined) {
    if (!isScrollable(req)) {
      return { ok: false, error: invalidParameter('ScrollToken', `ScrollToken is not supported for SearchType ${req.searchType}`) };
    }
    const previous = decodeToken(req.scrollToken);
    if (!previous) return { ok: false, error: invalidParameter('ScrollToken', 'ScrollToken is malformed') };
    if (previous.q !== hash(req.queryKey)) {
      return { ok: false, error: scrollTokenExpired('ScrollToken was issued for a different search; start again from page 1') };
    }
    if (now - previous.t > (req.ttlMs ?? DEFAULT_SCROLL_TOKEN_TTL_MS)) {
      return { ok: false, error: scrollTokenExpired('ScrollToken has expired; start again from page 1') };
    }
    const span = Math.max(end, previous.e) - Math.min(start, previous.s);
    if (span > SEARCH_LIMITS.scrollWindow) {
      return {
        ok: false,
        error: invalidParameter(
          'PageNo',
          `With ScrollToken the target page must be within ${SEARCH_LIMITS.scrollWindow} records of the current one (records ${previous.s + 1}-${previous.e})`,
        ),
      };
    }
  } else if (end > SEARCH_LIMITS.maxResultWindow) {
    return {
      ok: false,
      error: invalidParameter('PageNo', `Without ScrollToken only the first ${SEARCH_LIMITS.maxResultWindow} records can be paged`),
    };
  }
  return { ok: true, value: { start, end } };
}

/** The page answer for `items` (the records of `window`) out of `total` hits, with the token the service would issue. */
export function pageOf<T>(items: T[], total: number, window: PageWindow, req: PageRequest): Page<T> {
  const page: Page<T> = { items, total };
  if (!isScrollable(req) || total === 0) return page;
  const scrollToken = encodeToken({ v: 1, q: hash(req.queryKey), s: window.start, e: window.end, t: req.now ?? Date.now() });
  return { ...page, scrollToken };
}

function isScrollable(req: PageRequest): boolean {
  return req.searchType === 'video' || req.searchType === 'audio';
}

function encodeToken(payload: TokenPayload): string {
  return Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
}

function decodeToken(token: string): TokenPayload | undefined {
  try {
    const p = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as Partial<TokenPayload> | null;
    const ints = [p?.s, p?.e, p?.t].every((n) => typeof n === 'number' && Number.isInteger(n) && n >= 0);
    if (p && p.v === 1 && typeof p.q === 'string' && ints) return p as TokenPayload;
  } catch {
    // fall through: malformed
  }
  return undefined;
}

/** FNV-1a, enough to tell queries apart inside a short token. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
