import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { LIST_WRAPPERS } from '../../src/wire/list-wrappers.js';
import { unwrapLists } from '../../src/client/unwrap-lists.js';

describe('unwrapLists', () => {
  it('replaces the wrappers the official models name, at every depth', () => {
    const body = {
      RequestId: 'r',
      Total: 2,
      VideoList: { Video: [{ VideoId: 'a', Snapshots: { Snapshot: ['s1', 's2'] } }, { VideoId: 'b', Snapshots: { Snapshot: 'only' } }] },
    };
    expect(unwrapLists('GetVideoList', body)).toEqual({
      RequestId: 'r',
      Total: 2,
      VideoList: [{ VideoId: 'a', Snapshots: ['s1', 's2'] }, { VideoId: 'b', Snapshots: ['only'] }],
    });
  });

  it('turns an empty wrapper into an empty list and leaves absent fields absent', () => {
    expect(unwrapLists('GetCategories', { RequestId: 'r', SubCategories: {} })).toEqual({ RequestId: 'r', SubCategories: [] });
    expect(unwrapLists('GetCategories', { RequestId: 'r' })).toEqual({ RequestId: 'r' });
  });

  it('leaves actions without wrappers alone', () => {
    const body = { RequestId: 'r', UploadJobs: [{ JobId: 'j' }] };
    expect(unwrapLists('UploadMediaByURL', body)).toEqual(body);
  });

  it('knows the wrappers of the actions the fidelity review named', () => {
    expect(LIST_WRAPPERS.GetVideoInfo).toContain('Video.Snapshots.Snapshot');
    expect(LIST_WRAPPERS.DescribeVodUserDomains).toContain('Domains.PageData');
    expect(LIST_WRAPPERS.SubmitTranscodeJobs).toContain('TranscodeJobs.TranscodeJob');
  });

  it('the committed table is what scripts/gen-list-wrappers.mjs generates', () => {
    execFileSync(process.execPath, ['scripts/gen-list-wrappers.mjs', '--check']);
  });
});
