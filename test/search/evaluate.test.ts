import { describe, it, expect } from 'vitest';
import { evaluate, parseMatch, sortRecords, type SearchRecord } from '../../src/search/index.js';

const VIDEOS: SearchRecord[] = [
  { VideoId: 'v1', Title: 'Cat video', Tags: ['pets', 'funny'], Description: 'A cat', Status: 'Normal', CateId: 10, Size: 100, Duration: 10.5, CreationTime: '2022-01-01T00:00:00Z', ModificationTime: '2022-03-01T00:00:00Z', StorageLocation: 'bucket-a' },
  { VideoId: 'v2', Title: 'Dog VIDEO', Tags: 'pets,dogs', Description: 'A dog', Status: 'Blocked', CateId: 20, Size: 200, Duration: 20, CreationTime: '2022-02-01T00:00:00Z', ModificationTime: '2022-02-15T00:00:00Z', StorageLocation: 'bucket-b' },
  { VideoId: 'v3', Title: '阿里云 测试', Tags: [], Description: '描述', Status: 'UploadSucc', CateId: '10', Size: 300, Duration: 30, CreationTime: Date.parse('2022-03-01T00:00:00Z'), ModificationTime: '2022-01-01T00:00:00.500Z', StorageLocation: 'bucket-a' },
  { VideoId: 'v4', Title: 'Untitled', Status: 'Normal', Size: 400, CreationTime: '2022-04-01T00:00:00Z' },
];

function ids(match: string): string[] {
  const r = parseMatch(match, 'video');
  if (!r.ok) throw new Error(r.error.detail);
  return VIDEOS.filter((v) => evaluate(r.ast, v)).map((v) => String(v.VideoId));
}

describe('evaluate', () => {
  it('empty Match matches every record', () => {
    expect(ids('')).toEqual(['v1', 'v2', 'v3', 'v4']);
  });

  it('exact: case-sensitive strings, numbers stored as number or numeric string', () => {
    expect(ids("VideoId = 'v2'")).toEqual(['v2']);
    expect(ids("VideoId = 'V2'")).toEqual([]);
    expect(ids('CateId = 10')).toEqual(['v1', 'v3']);
    expect(ids("StorageLocation = 'bucket-a'")).toEqual(['v1', 'v3']);
  });

  it('fuzzy: case-insensitive substring, over string arrays and comma strings', () => {
    expect(ids("Title = 'video'")).toEqual(['v1', 'v2']);
    expect(ids("Title = '测试'")).toEqual(['v3']);
    expect(ids("Tags = 'pet'")).toEqual(['v1', 'v2']);
    expect(ids("Tags = 'dogs'")).toEqual(['v2']);
  });

  it('in: exact on plain fields, fuzzy on fuzzy fields', () => {
    expect(ids("Status in ('Normal','Blocked')")).toEqual(['v1', 'v2', 'v4']);
    expect(ids("Status in ('normal')")).toEqual([]);
    expect(ids("VideoId in ('v1','v3','zz')")).toEqual(['v1', 'v3']);
    expect(ids("Title in ('cat','untitled')")).toEqual(['v1', 'v4']);
  });

  it('range: open and closed bounds on numbers', () => {
    expect(ids('Size = [100,300]')).toEqual(['v1', 'v2', 'v3']);
    expect(ids('Size = (100,300)')).toEqual(['v2']);
    expect(ids('Size = [100,300)')).toEqual(['v1', 'v2']);
    expect(ids('Size = (100,300]')).toEqual(['v2', 'v3']);
    expect(ids('Duration = [10.5,20]')).toEqual(['v1', 'v2']);
  });

  it('range on times: UTC strings and epoch-ms record values; missing field never matches', () => {
    expect(ids("CreationTime = ['2022-02-01T00:00:00Z','2022-03-01T00:00:00Z']")).toEqual(['v2', 'v3']);
    expect(ids("CreationTime = ('2022-02-01T00:00:00Z','2022-03-01T00:00:00Z')")).toEqual([]);
    expect(ids("CreationTime = ('2022-01-01T00:00:00Z','2022-03-01T00:00:00Z']")).toEqual(['v2', 'v3']);
    expect(ids("ModificationTime = ('2022-01-01T00:00:00Z','2022-01-02T00:00:00Z')")).toEqual(['v3']);
  });

  it('and / or / parentheses', () => {
    expect(ids("Status in ('Normal') and Size = [0,150]")).toEqual(['v1']);
    expect(ids("(VideoId = 'v1' or VideoId = 'v4')")).toEqual(['v1', 'v4']);
    expect(ids("(VideoId = 'v1' or VideoId = 'v2' and Status in ('Normal'))")).toEqual(['v1']);
    expect(ids("(VideoId = 'v1' or VideoId = 'v2') and Status in ('Blocked')")).toEqual(['v2']);
  });
});

describe('sortRecords', () => {
  it('sorts by time descending and ascending, mixing string and ms values', () => {
    const byCreation = (order: 'Asc' | 'Desc') =>
      sortRecords(VIDEOS, [{ field: 'CreationTime', order }]).map((v) => v.VideoId);
    expect(byCreation('Desc')).toEqual(['v4', 'v3', 'v2', 'v1']);
    expect(byCreation('Asc')).toEqual(['v1', 'v2', 'v3', 'v4']);
  });

  it('puts missing values last and uses later keys as tie-breakers', () => {
    const sorted = sortRecords(VIDEOS, [{ field: 'ModificationTime', order: 'Asc' }]);
    expect(sorted.map((v) => v.VideoId)).toEqual(['v3', 'v2', 'v1', 'v4']);
    const records = [
      { id: 'a', CreationTime: '2022-01-01T00:00:00Z', ModificationTime: '2022-01-01T00:00:00Z' },
      { id: 'b', CreationTime: '2022-01-01T00:00:00Z', ModificationTime: '2022-02-01T00:00:00Z' },
    ];
    const twoKeys = sortRecords(records, [
      { field: 'CreationTime', order: 'Desc' },
      { field: 'ModificationTime', order: 'Desc' },
    ]);
    expect(twoKeys.map((r) => r.id)).toEqual(['b', 'a']);
  });

  it('does not mutate its input', () => {
    const before = VIDEOS.map((v) => v.VideoId);
    sortRecords(VIDEOS, [{ field: 'CreationTime', order: 'Desc' }]);
    expect(VIDEOS.map((v) => v.VideoId)).toEqual(before);
  });
});
