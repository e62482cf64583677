import { describe, it, expect } from 'vitest';
import { parseMatch, type MatchNode, type SearchError } from '../../src/search/index.js';

function ast(text: string, type: Parameters<typeof parseMatch>[1] = 'video'): MatchNode | null {
  const r = parseMatch(text, type);
  if (!r.ok) throw new Error(`unexpected error: ${r.error.detail}`);
  return r.ast;
}

function err(text: string, type: Parameters<typeof parseMatch>[1] = 'video'): SearchError {
  const r = parseMatch(text, type);
  if (r.ok) throw new Error(`expected an error for ${text}`);
  return r.error;
}

describe('parseMatch: syntax examples of spec 17.6, instantiated with real fields', () => {
  it('exact match: field = value', () => {
    expect(ast("VideoId = 'abc123'")).toEqual({ type: 'exact', field: 'VideoId', value: 'abc123' });
    expect(ast('CateId = 10000123')).toEqual({ type: 'exact', field: 'CateId', value: 10000123 });
  });

  it("fuzzy match: field = 'value' and field in ('value1','value2')", () => {
    expect(ast("Title = 'value'")).toEqual({ type: 'fuzzy', field: 'Title', value: 'value' });
    expect(ast("Title in ('value1','value2')")).toEqual({
      type: 'in',
      field: 'Title',
      values: ['value1', 'value2'],
      fuzzy: true,
    });
  });

  it("multi-value: field in ('value1','value2')", () => {
    expect(ast("Status in ('Normal','Blocked')")).toEqual({
      type: 'in',
      field: 'Status',
      values: ['Normal', 'Blocked'],
      fuzzy: false,
    });
  });

  it('range: field = (value1,value2) and field = [value1,value2]', () => {
    expect(ast('Size = (100,200)')).toEqual({
      type: 'range',
      field: 'Size',
      lower: { value: 100, inclusive: false },
      upper: { value: 200, inclusive: false },
    });
    expect(ast("CreationTime = ['2018-01-01T00:00:00Z','2018-12-31T00:00:00Z']")).toEqual({
      type: 'range',
      field: 'CreationTime',
      lower: { value: '2018-01-01T00:00:00Z', inclusive: true },
      upper: { value: '2018-12-31T00:00:00Z', inclusive: true },
    });
  });

  it('mixed bounds and float values', () => {
    expect(ast('Duration = [1.5,60)')).toEqual({
      type: 'range',
      field: 'Duration',
      lower: { value: 1.5, inclusive: true },
      upper: { value: 60, inclusive: false },
    });
  });

  it("and: field1 = 'value' and field2 = 'value'", () => {
    expect(ast("Title = 'value' and Description = 'value'")?.type).toBe('and');
  });

  it("or inside parentheses: (field1 = 'value1' or field2 = 'value2')", () => {
    expect(ast("(Title = 'value1' or Description = 'value2')")).toEqual({
      type: 'or',
      children: [
        { type: 'fuzzy', field: 'Title', value: 'value1' },
        { type: 'fuzzy', field: 'Description', value: 'value2' },
      ],
    });
  });

  it("the note's fuzzy example without spaces: (Title='测试'  and Description = '描述')", () => {
    expect(ast("(Title='测试'  and Description = '描述')")).toEqual({
      type: 'and',
      children: [
        { type: 'fuzzy', field: 'Title', value: '测试' },
        { type: 'fuzzy', field: 'Description', value: '描述' },
      ],
    });
  });

  it('empty Match means no filter', () => {
    expect(ast('')).toBeNull();
    expect(ast('   ')).toBeNull();
  });

  it('keywords are case-insensitive', () => {
    expect(ast("Status IN ('Normal') AND Title = 'x'")?.type).toBe('and');
  });

  it('quoted values keep spaces and support backslash escapes', () => {
    expect(ast("Title = 'it\\'s a \\\\ test'")).toEqual({ type: 'fuzzy', field: 'Title', value: "it's a \\ test" });
  });

  it('resolves operators per search type', () => {
    expect(ast("FileName = 'a.png'", 'image')).toEqual({ type: 'fuzzy', field: 'FileName', value: 'a.png' });
    expect(ast("BusinessType = 'watermark'", 'attached')).toEqual({ type: 'exact', field: 'BusinessType', value: 'watermark' });
    expect(ast('CateId = 5', 'attached')).toEqual({ type: 'exact', field: 'CateId', value: 5 });
  });
});

describe('parseMatch: precedence and parentheses', () => {
  it('and binds tighter than or', () => {
    expect(ast("(Title = 'a' and Tags = 'b' or Description = 'c')")).toEqual({
      type: 'or',
      children: [
        {
          type: 'and',
          children: [
            { type: 'fuzzy', field: 'Title', value: 'a' },
            { type: 'fuzzy', field: 'Tags', value: 'b' },
          ],
        },
        { type: 'fuzzy', field: 'Description', value: 'c' },
      ],
    });
  });

  it('parentheses group an or inside an and', () => {
    const node = ast("(Title = 'a' or Title = 'b') and Status in ('Normal')");
    expect(node?.type).toBe('and');
    if (node?.type !== 'and') return;
    expect(node.children[0]?.type).toBe('or');
    expect(node.children[1]?.type).toBe('in');
  });

  it('flattens nested groups of the same operator', () => {
    expect(ast("(Title = 'a' and Title = 'b') and (Title = 'c')")).toEqual(ast("Title = 'a' and Title = 'b' and Title = 'c'"));
    expect(ast("((Title = 'a' or Title = 'b') or Title = 'c')")).toEqual(ast("(Title = 'a' or Title = 'b' or Title = 'c')"));
  });

  it('redundant parentheses are fine', () => {
    expect(ast("((VideoId = 'x'))")).toEqual({ type: 'exact', field: 'VideoId', value: 'x' });
  });
});

describe('parseMatch: errors', () => {
  it('unknown field, with a spelling hint', () => {
    const e = err("Foo = 'x'");
    expect(e).toMatchObject({ code: 'ErrorMatchSyntax', parameter: 'Match', position: 0, httpStatus: 400 });
    expect(e.message).toBe('The parameter Match.Foo has an error syntax, please check it .');
    expect(e.detail).toContain('Unknown field "Foo"');
    expect(err("title = 'x'").detail).toContain('did you mean "Title"');
  });

  it('field not available for the search type', () => {
    expect(err("FileName = 'x'", 'video').detail).toContain('Unknown field "FileName" for SearchType video');
    expect(err("VideoId = 'x'", 'audio').detail).toContain('Unknown field');
  });

  it('return-only field', () => {
    expect(err("CateName = 'x'").detail).toBe('Field "CateName" cannot be used in Match for SearchType video (return field only)');
  });

  it('operator not allowed for field', () => {
    expect(err("Title = ('a','b')").detail).toBe('Field "Title" does not support range query');
    expect(err("Status = 'Normal'").detail).toContain('Field "Status" does not support exact match');
    expect(err('Size = 100').detail).toContain('Field "Size" does not support exact match; use a range');
    expect(err('CateId in (1,2)').detail).toBe('Field "CateId" does not support multi-value (in) query');
    expect(err("AudioId in ('a')", 'audio').detail).toContain('does not support multi-value');
    expect(err("StorageLocation = 'x'", 'audio').detail).toContain('does not support exact match');
  });

  it('unbalanced parentheses', () => {
    const open = err("(Title = 'a' or Title = 'b'");
    expect(open.detail).toContain('Missing ")"');
    expect(open.position).toBe(27);
    const close = err("Title = 'a')");
    expect(close.detail).toContain('Unexpected ")"');
    expect(close.position).toBe(11);
    expect(err('()').detail).toContain('Unexpected ")"');
  });

  it('or outside parentheses', () => {
    const e = err("Title = 'a' or Title = 'b'");
    expect(e.detail).toContain('"or" conditions must be enclosed in parentheses');
    expect(e.position).toBe(12);
  });

  it('bad values', () => {
    expect(err('Title = abc').detail).toContain('expects a single-quoted string value');
    expect(err("CateId = 'abc'").detail).toContain('expects an integer');
    expect(err('CateId = 1.5').detail).toContain('expects an integer');
    expect(err("CreationTime = ['2018-01-01','2018-02-01']").detail).toContain("'yyyy-MM-ddTHH:mm:ssZ'");
    expect(err("CreationTime = ['2018-02-30T00:00:00Z','2018-03-01T00:00:00Z']").detail).toContain('UTC time');
    expect(err('Title = "x"').detail).toContain('single quotes');
    expect(err("Title = 'x").detail).toContain('Unterminated string');
    expect(err('Size = (200,100)').detail).toContain('lower bound greater than its upper bound');
    expect(err("Status in ()").detail).toContain('Empty value list');
  });

  it('malformed structure', () => {
    expect(err("Title 'x'").detail).toContain('Expected "=" or "in"');
    expect(err("Title = 'x' Status in ('a')").detail).toContain('expected "and", "or" or end of input');
    expect(err("Title = 'x' and").detail).toContain('end of input');
    expect(err('Size = (1,2').detail).toContain('to close the range');
    expect(err('Size = (1 2)').detail).toContain('Expected ","');
    expect(err("Status in ('a' 'b')").detail).toContain('Expected "," or ")"');
  });

  it('full-width symbols copied from the spec tables', () => {
    const e = err("Title in （'value1','value2'）");
    expect(e.detail).toBe('Full-width "（" is not allowed; use half-width "("');
    expect(e.position).toBe(9);
  });

  it('VideoId in accepts at most 100 ids', () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `'v${i}'`).join(',');
    expect(parseMatch(`VideoId in (${ids(100)})`, 'video').ok).toBe(true);
    expect(err(`VideoId in (${ids(101)})`).detail).toContain('at most 100');
  });
});
