import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startSandbox } from '../../src/sandbox/index.js';
import { ok } from '../helpers/signed-request.js';

describe('--sandbox-state', () => {
  it('keeps state across restarts', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sandbox-state-')), 'state.json');
    const first = await startSandbox({ stateFile: file, enforceQps: false });
    const added = await ok(first, 'AddCategory', { CateName: 'Persisted category' });
    const cateId = String((added.Category as { CateId: number }).CateId);
    const demoVideos = Object.keys(first.state.data.videos).length;
    await first.close();

    const second = await startSandbox({ stateFile: file, enforceQps: false });
    try {
      const got = await ok(second, 'GetCategories', { CateId: cateId });
      expect((got.Category as { CateName: string }).CateName).toBe('Persisted category');
      expect(Object.keys(second.state.data.videos)).toHaveLength(demoVideos);
    } finally {
      await second.close();
    }
  });

  it('starts fresh when the file does not exist yet, and refuses a corrupt file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sandbox-state-'));
    const fresh = await startSandbox({ stateFile: join(dir, 'new.json') });
    expect(Object.keys(fresh.state.data.videos).length).toBeGreaterThan(0);
    await fresh.close();
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'bad.json'), '{not json');
    await expect(startSandbox({ stateFile: join(dir, 'bad.json') })).rejects.toThrow(/cannot read sandbox state/);
  });
});

describe('--sandbox-state with work in progress', () => {
  it('finishes a transcode that was running when the sandbox stopped', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sandbox-state-')), 'state.json');
    const first = await startSandbox({ stateFile: file, enforceQps: false });
    const transcoding = Object.values(first.state.data.videos).find((video) => video.Status === 'Transcoding')!;
    await first.close();

    const second = await startSandbox({ stateFile: file, enforceQps: false });
    try {
      second.advance(120);
      const info = await ok(second, 'GetVideoInfo', { VideoId: transcoding.VideoId });
      expect((info.Video as { Status: string }).Status).toBe('Normal');
    } finally {
      await second.close();
    }
  });
});

describe('--sandbox-state with processing jobs in progress', () => {
  it('finishes snapshot and workflow jobs that were running when the sandbox stopped', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sandbox-state-')), 'state.json');
    const first = await startSandbox({ stateFile: file, enforceQps: false });
    const normal = Object.values(first.state.data.videos).find((video) => video.Status === 'Normal' && video.MediaType === 'video')!;
    const snapshot = await ok(first, 'SubmitSnapshotJob', { VideoId: normal.VideoId, Count: '2', SpecifiedOffsetTime: '0', Interval: '1' });
    const jobId = (snapshot.SnapshotJob as { JobId: string }).JobId;
    await first.close();

    const second = await startSandbox({ stateFile: file, enforceQps: false });
    try {
      expect(second.state.data.snapshotJobs[jobId]!.Status).toBe('Processing');
      second.advance(30);
      const listed = await ok(second, 'ListSnapshots', { VideoId: normal.VideoId, SnapshotType: 'NormalSnapshot' });
      expect(JSON.stringify(listed)).toContain(jobId);
      expect(second.state.data.snapshotJobs[jobId]!.Status).toBe('Success');
    } finally {
      await second.close();
    }
  });
});
