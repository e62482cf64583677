import { describe, expect, it } from 'vitest';
import { emptyData, SandboxState } from '../../src/sandbox/state/sandbox-state.js';
import { unwatched, type MediaChange } from '../../src/sandbox/state/watched-media.js';
import type { ImageRecord, VideoRecord } from '../../src/sandbox/state/records.js';

const video = (id: string): VideoRecord => ({ VideoId: id, Status: 'Uploading', CreationTime: '2026-01-01T00:00:00Z' }) as VideoRecord;

function watched(): { state: SandboxState; changes: MediaChange[] } {
  const state = new SandboxState();
  const changes: MediaChange[] = [];
  state.onMediaChange((change) => changes.push(change));
  return { state, changes };
}

describe('watched media collections', () => {
  it('report records added, replaced and removed, and writes to stored records however they are reached', () => {
    const { state, changes } = watched();
    state.data.videos.a = video('a');
    const stored = state.data.videos.a!;
    stored.Status = 'Normal';
    Object.values(state.data.videos)[0]!.CateId = 7;
    delete stored.DeletedAt;
    state.data.videos.a = { ...stored, Title: 'copy' };
    delete state.data.videos.a;
    expect(changes).toEqual([
      { kind: 'added', collection: 'videos', id: 'a' },
      { kind: 'changed', collection: 'videos', id: 'a' },
      { kind: 'changed', collection: 'videos', id: 'a' },
      { kind: 'changed', collection: 'videos', id: 'a' },
      { kind: 'replaced', collection: 'videos', id: 'a' },
      { kind: 'removed', collection: 'videos', id: 'a' },
    ]);
  });

  it('keep the data plain JSON: same serialization, key order and values', () => {
    const plain = emptyData();
    plain.videos = { b: video('b'), a: video('a') };
    const expected = JSON.stringify(plain);
    const state = new SandboxState(JSON.parse(expected) as typeof plain);
    expect(JSON.stringify(state.data)).toBe(expected);
    expect(Object.keys(state.data.videos)).toEqual(['b', 'a']);
    expect(unwatched(state.data.videos.a!)).toEqual(video('a'));
  });

  it('report a reset when the data is replaced, and watch the new data (not twice when it was watched before)', () => {
    const { state, changes } = watched();
    const other = new SandboxState();
    other.data.images.i = { ImageId: 'i' } as ImageRecord;
    state.data = other.data;
    state.data.images.i!.Status = 'Normal';
    expect(changes).toEqual([{ kind: 'reset' }, { kind: 'changed', collection: 'images', id: 'i' }]);
  });
});
