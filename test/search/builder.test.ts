import { describe, it, expect } from 'vitest';
import { buildMatch, formatMatch, parseMatch, type MatchFilter, type SearchType } from '../../src/search/index.js';

function build(filter: MatchFilter, type: SearchType = 'video'): string {
  const r = buildMatch(filter, type);
  if (!r.ok) throw new Error(r.error.detail);
  return r.value;
}

describe('buildMatch', () => {
  it('builds and-ed clauses from the structured filter', () => {
    expect(
      build({
        Title: { like: "cat's" },
        Status: { in: ['Normal', 'Blocked'] },
        CreationTime: { gte: '2022-01-01T00:00:00Z', lt: '2022-02-01T00:00:00Z' },
      }),
    ).toBe(
      "Title = 'cat\\'s' and Status in ('Normal','Blocked') and CreationTime = ['2022-01-01T00:00:00Z','2022-02-01T00:00:00Z')",
    );
  });

  it('maps eq onto exact, or onto a one-value in for in-only fields', () => {
    expect(build({ VideoId: { eq: 'v1' }, Status: { eq: 'Normal' }, CateId: { eq: '42' } })).toBe(
      "VideoId = 'v1' and Status in ('Normal') and CateId = 42",
    );
  });

  it('fills open-ended ranges with non-limiting bounds and converts epoch ms', () => {
    expect(build({ Size: { gt: 1000 } })).toBe(`Size = (1000,${Number.MAX_SAFE_INTEGER}]`);
    expect(build({ Duration: { lte: 60 } })).toBe('Duration = [0,60]');
    expect(build({ CreationTime: { gte: Date.parse('2022-01-01T00:00:00Z') } })).toBe(
      "CreationTime = ['2022-01-01T00:00:00Z','9999-12-31T23:59:59Z']",
    );
  });

  it('returns an empty Match for an empty filter', () => {
    expect(build({})).toBe('');
  });

  it('reports filters the protocol cannot express', () => {
    const fail = (filter: MatchFilter, type: SearchType = 'video') => {
      const r = buildMatch(filter, type);
      return r.ok ? '' : r.error.detail;
    };
    expect(fail({ Title: { gt: 'a' } })).toContain('Field "Title" does not support range query');
    expect(fail({ Title: { eq: 'a' } })).toContain('only supports fuzzy match; use like');
    expect(fail({ VideoId: { like: 'a' } })).toContain('does not support fuzzy match');
    expect(fail({ Nope: { eq: 'a' } })).toContain('Unknown field "Nope"');
    expect(fail({ Size: { gt: 1, gte: 2 } })).toContain('either gt or gte');
    expect(fail({ FileName: { like: 'a' } }, 'video')).toContain('Unknown field');
  });

  it('round-trips through the parser and formatter', () => {
    const filters: Array<[MatchFilter, SearchType]> = [
      [{ Title: { like: 'a', in: ['b', "c'd"] }, Size: { gte: 1, lte: 2 }, CateId: { eq: 7 } }, 'video'],
      [{ FileName: { like: 'x.png' }, ModificationTime: { gt: '2022-01-01T00:00:00Z' } }, 'image'],
      [{ BusinessType: { eq: 'watermark' }, StorageLocation: { in: ['a', 'b'] } }, 'attached'],
      [{ AudioId: { eq: 'a1' }, Duration: { gt: 0.5, lt: 9.75 } }, 'audio'],
    ];
    for (const [filter, type] of filters) {
      const text = build(filter, type);
      const parsed = parseMatch(text, type);
      expect(parsed.ok).toBe(true);
      if (!parsed.ok || !parsed.ast) continue;
      expect(formatMatch(parsed.ast)).toBe(text);
    }
  });

  it('formatMatch output re-parses to the same AST, including or groups', () => {
    const text = "(Title = 'a' and Tags = 'b' or (Description in ('c','d') and Size = (1,2])) and VideoId = 'v'";
    const first = parseMatch(text, 'video');
    if (!first.ok || !first.ast) throw new Error('parse failed');
    const again = parseMatch(formatMatch(first.ast), 'video');
    expect(again.ok && again.ast).toEqual(first.ast);
  });
});
