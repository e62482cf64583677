import { describe, it, expect } from 'vitest';
import { FIELD_TABLE, getField, listFields, SEARCH_TYPES } from '../../src/search/index.js';

describe('field table (spec 17.6)', () => {
  it('has a table per search type', () => {
    expect(SEARCH_TYPES).toEqual(['video', 'audio', 'image', 'attached']);
    expect(listFields('video')).toHaveLength(20);
    expect(listFields('audio')).toHaveLength(20);
    expect(listFields('image')).toHaveLength(13);
    expect(listFields('attached')).toHaveLength(14);
  });

  it('only CreationTime and ModificationTime are sortable', () => {
    for (const type of SEARCH_TYPES) {
      expect(listFields(type).filter((f) => f.sortable).map((f) => f.name)).toEqual(['CreationTime', 'ModificationTime']);
    }
  });

  it('fuzzy fields are the free-text ones, and all allow in', () => {
    expect(listFields('image').filter((f) => f.fuzzy).map((f) => f.name)).toEqual(['FileName', 'Title', 'Tags', 'Description']);
    for (const type of SEARCH_TYPES) for (const f of listFields(type)) if (f.fuzzy) expect(f.multi).toBe(true);
  });

  it('keeps the per-type differences of the spec', () => {
    expect(getField('video', 'VideoId')).toMatchObject({ exact: true, multi: true });
    expect(getField('audio', 'AudioId')).toMatchObject({ exact: true, multi: false });
    expect(getField('video', 'StorageLocation')).toMatchObject({ exact: true, multi: true });
    expect(getField('audio', 'StorageLocation')).toMatchObject({ exact: false, multi: true });
    expect(getField('attached', 'CateId')).toMatchObject({ returnable: false, exact: true });
    expect(getField('video', 'Size')).toMatchObject({ type: 'long', range: true, exact: false });
    expect(getField('video', 'Duration')?.type).toBe('float');
    expect(getField('video', 'CreationTime')?.type).toBe('time');
    expect(FIELD_TABLE.video.get('FileName')).toBeUndefined();
  });
});
