import { describe, it, expect } from 'vitest';
import { parseFields, parseSortBy, validatePaging, validateSearchMedia } from '../../src/search/index.js';

describe('parseSortBy', () => {
  it('defaults to CreationTime:Desc', () => {
    expect(parseSortBy(undefined, 'video')).toEqual({ ok: true, value: [{ field: 'CreationTime', order: 'Desc' }] });
  });

  it('accepts up to three sortable keys, order case-insensitive', () => {
    expect(parseSortBy('CreationTime:Asc, ModificationTime:desc', 'image')).toEqual({
      ok: true,
      value: [
        { field: 'CreationTime', order: 'Asc' },
        { field: 'ModificationTime', order: 'Desc' },
      ],
    });
  });

  it('rejects non-sortable, unknown, malformed and duplicate keys', () => {
    const detail = (text: string) => {
      const r = parseSortBy(text, 'video');
      return r.ok ? '' : `${r.error.code}: ${r.error.detail}`;
    };
    expect(detail('Title:Desc')).toBe('InvalidParameter: Field "Title" is not sortable; sortable fields: CreationTime, ModificationTime');
    expect(detail('Foo:Desc')).toContain('Unknown field "Foo"');
    expect(detail('CreationTime')).toContain('must look like Field:Desc');
    expect(detail('CreationTime:Down')).toContain('must be Asc or Desc');
    expect(detail('CreationTime:Desc,CreationTime:Asc')).toContain('appears twice');
  });

  it('allows only one key when scrolling (SortByExceededMax)', () => {
    const r = parseSortBy('CreationTime:Desc,ModificationTime:Desc', 'video', { scroll: true });
    expect(r.ok ? undefined : r.error).toMatchObject({
      code: 'SortByExceededMax',
      message: 'The SortBy parameter only supports one sort field when traversing all data.',
    });
  });
});

describe('parseFields', () => {
  it('accepts return fields of the type plus the always-returned ones', () => {
    expect(parseFields('Title, CoverURL,MediaId', 'video')).toEqual({ ok: true, value: ['Title', 'CoverURL', 'MediaId'] });
    expect(parseFields('URL,FileName', 'image')).toEqual({ ok: true, value: ['URL', 'FileName'] });
    expect(parseFields('', 'video')).toEqual({ ok: true, value: [] });
  });

  it('rejects unknown and non-returnable fields', () => {
    const bad = parseFields('Title,URL', 'video');
    expect(bad.ok ? undefined : bad.error).toMatchObject({ code: 'InvalidParameter', parameter: 'Fields' });
    const cateId = parseFields('CateId', 'attached');
    expect(cateId.ok ? '' : cateId.error.detail).toBe('Field "CateId" cannot be returned for SearchType attached');
    expect(parseFields('Title,,CoverURL', 'video').ok).toBe(false);
  });
});

describe('validatePaging', () => {
  it('applies defaults and bounds', () => {
    expect(validatePaging({ searchType: 'video' })).toEqual({ ok: true, value: { pageNo: 1, pageSize: 10, warnings: [] } });
    expect(validatePaging({ searchType: 'video', pageNo: '3', pageSize: '100' }).ok).toBe(true);
    expect(validatePaging({ searchType: 'video', pageSize: 101 }).ok).toBe(false);
    expect(validatePaging({ searchType: 'video', pageNo: 0 }).ok).toBe(false);
    expect(validatePaging({ searchType: 'video', pageNo: '1.5' }).ok).toBe(false);
  });

  it('limits non-scroll paging to 5000 records and warns past page 200', () => {
    expect(validatePaging({ searchType: 'video', pageNo: 50, pageSize: 100 }).ok).toBe(true);
    const over = validatePaging({ searchType: 'image', pageNo: 51, pageSize: 100 });
    expect(over.ok ? '' : over.error.detail).toContain('5000-record result window');
    const deep = validatePaging({ searchType: 'video', pageNo: 201, pageSize: 10 });
    expect(deep.ok && deep.value.warnings.length).toBe(1);
    expect(validatePaging({ searchType: 'video', pageNo: 300, pageSize: 100, scrollToken: 'abc' }).ok).toBe(true);
  });

  it('ScrollToken only for video and audio', () => {
    const r = validatePaging({ searchType: 'attached', scrollToken: 'abc' });
    expect(r.ok ? undefined : r.error.parameter).toBe('ScrollToken');
  });
});

describe('validateSearchMedia', () => {
  it('normalises a full request', () => {
    const r = validateSearchMedia({
      SearchType: 'audio',
      Match: "Title = 'x' and Duration = [1,10]",
      SortBy: 'ModificationTime:Asc',
      Fields: 'Title,AudioId',
      PageNo: '2',
      PageSize: '20',
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({ searchType: 'audio', pageNo: 2, pageSize: 20, fields: ['Title', 'AudioId'] });
    expect(r.value.match?.type).toBe('and');
    expect(r.value.sortBy).toEqual([{ field: 'ModificationTime', order: 'Asc' }]);
  });

  it('defaults to video and reports the first bad parameter', () => {
    expect(validateSearchMedia({}).ok && 'video').toBe('video');
    const type = validateSearchMedia({ SearchType: 'movie' });
    expect(type.ok ? undefined : type.error.parameter).toBe('SearchType');
    const match = validateSearchMedia({ Match: "Title = ('a','b')", SortBy: 'Title:Desc' });
    expect(match.ok ? undefined : match.error.code).toBe('ErrorMatchSyntax');
    const sort = validateSearchMedia({ SortBy: 'Title:Desc' });
    expect(sort.ok ? undefined : sort.error.parameter).toBe('SortBy');
    const scroll = validateSearchMedia({ SortBy: 'CreationTime:Desc,ModificationTime:Asc', ScrollToken: 'tok' });
    expect(scroll.ok ? undefined : scroll.error.code).toBe('SortByExceededMax');
  });
});
