import { describe, it, expect } from 'vitest';
import { paginate, searchQueryKey, type Page, type PageRequest } from '../../src/search/index.js';

const RECORDS = Array.from({ length: 7000 }, (_, i) => i);
const KEY = searchQueryKey('video', "Title = 'x'", 'CreationTime:Desc');
const NOW = Date.parse('2022-07-08T00:00:00Z');

function page(req: Partial<PageRequest>): Page<number> {
  const r = paginate(RECORDS, { searchType: 'video', pageNo: 1, pageSize: 20, queryKey: KEY, now: NOW, ...req });
  if (!r.ok) throw new Error(r.error.detail);
  return r.value;
}

describe('paginate', () => {
  it('slices pages and reports the total', () => {
    const p = page({ pageNo: 2, pageSize: 10 });
    expect(p.items).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
    expect(p.total).toBe(7000);
    expect(typeof p.scrollToken).toBe('string');
  });

  it('limits paging without ScrollToken to the first 5000 records', () => {
    expect(page({ pageNo: 50, pageSize: 100 }).items.at(-1)).toBe(4999);
    const r = paginate(RECORDS, { searchType: 'video', pageNo: 51, pageSize: 100, queryKey: KEY });
    expect(r.ok ? undefined : r.error).toMatchObject({ code: 'InvalidParameter', parameter: 'PageNo' });
  });

  it('enforces the 1200-record window around the ScrollToken page (spec example with PageSize 20)', () => {
    const first = page({ pageNo: 1 }).scrollToken;
    expect(page({ pageNo: 60, scrollToken: first }).items[0]).toBe(1180);
    expect(paginate(RECORDS, { searchType: 'video', pageNo: 61, pageSize: 20, scrollToken: first, queryKey: KEY, now: NOW }).ok).toBe(false);

    const second = page({ pageNo: 2 }).scrollToken;
    expect(page({ pageNo: 61, scrollToken: second }).items[0]).toBe(1200);

    const at61 = page({ pageNo: 61, scrollToken: second }).scrollToken;
    expect(page({ pageNo: 2, scrollToken: at61 }).items[0]).toBe(20);
    expect(paginate(RECORDS, { searchType: 'video', pageNo: 1, pageSize: 20, scrollToken: at61, queryKey: KEY, now: NOW }).ok).toBe(false);
    // Scrolling reaches beyond 5000 records.
    const at120 = page({ pageNo: 120, scrollToken: at61 }).scrollToken;
    expect(page({ pageNo: 179, scrollToken: at120 }).items[0]).toBe(3560);
  });

  it('rejects tokens that are malformed, from another query, or expired', () => {
    const token = page({}).scrollToken;
    const malformed = paginate(RECORDS, { searchType: 'video', pageNo: 2, pageSize: 20, scrollToken: 'nope', queryKey: KEY });
    expect(malformed.ok ? undefined : malformed.error.code).toBe('InvalidParameter');
    const other = paginate(RECORDS, { searchType: 'video', pageNo: 2, pageSize: 20, scrollToken: token, queryKey: 'other', now: NOW });
    expect(other.ok ? undefined : other.error.code).toBe('InvalidScrollToken.Expired');
    const late = paginate(RECORDS, { searchType: 'video', pageNo: 2, pageSize: 20, scrollToken: token, queryKey: KEY, now: NOW + 11 * 60_000 });
    expect(late.ok ? undefined : late.error.code).toBe('InvalidScrollToken.Expired');
  });

  it('issues no token for image/attached searches or empty results', () => {
    const image = paginate(RECORDS, { searchType: 'image', pageNo: 1, pageSize: 10, queryKey: KEY });
    expect(image.ok && image.value.scrollToken).toBe(undefined);
    const empty = paginate([], { searchType: 'video', pageNo: 1, pageSize: 10, queryKey: KEY });
    expect(empty.ok && empty.value).toEqual({ items: [], total: 0 });
  });
});
