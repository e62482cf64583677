import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { expectError, ok } from '../helpers/signed-request.js';

// Storage classes on the sandbox clock: changes (Changing until done, frozen classes restored first), restores
// (Processing, Success until RestoreExpiration, then frozen again), playback refused for frozen media, the usage
// series they leave; and the batch reads and stream pulls of the same change. Timings: storage-classes.ts.

type Json = Record<string, unknown>;
const HOUR = 3600;
const DAY = 24 * HOUR;

const titled = (sandbox: Sandbox, title: string) => Object.values(sandbox.state.data.videos).find((video) => video.Title.startsWith(title))!.VideoId;
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const window = (sandbox: Sandbox, hours: number) => ({ StartTime: iso(sandbox.clock.now() - hours * HOUR * 1000), EndTime: iso(sandbox.clock.now()) });
const videoOf = async (sandbox: Sandbox, id: string) => (await ok(sandbox, 'GetVideoInfo', { VideoId: id })).Video as Json;
const sum = (rows: Json[], field: string) => rows.reduce((total, row) => total + Number(row[field]), 0);

describe('archived media: restore and playback', () => {
  let sandbox: Sandbox;
  let podcast: string;
  beforeAll(async () => {
    sandbox = await startSandbox({ enforceQps: false });
    podcast = titled(sandbox, 'Podcast episode 12');
  });
  afterAll(() => sandbox.close());

  it('the demo podcast is in Archive storage and does not play', async () => {
    expect(await videoOf(sandbox, podcast)).toMatchObject({ StorageClass: 'Archive' });
    const refused = await expectError(sandbox, 'GetPlayInfo', { VideoId: podcast }, 'Forbidden.IllegalStatus', 403);
    expect(refused.Message).toContain('Archive');
    await expectError(sandbox, 'GetVideoPlayAuth', { VideoId: podcast }, 'Forbidden.IllegalStatus', 403);
  });

  it('RestoreMedia: Processing for about a minute, then playable until RestoreExpiration, then frozen again', async () => {
    const answer = await ok(sandbox, 'RestoreMedia', { MediaIds: podcast, RestoreDays: '2' });
    expect(answer).toMatchObject({ Success: true });
    expect(answer.ForbiddenList).toBeUndefined();
    expect(await videoOf(sandbox, podcast)).toMatchObject({ StorageClass: 'Archive', RestoreStatus: 'Processing' });
    const waiting = await expectError(sandbox, 'GetPlayInfo', { VideoId: podcast }, 'Forbidden.IllegalStatus', 403);
    expect(waiting.Message).toContain('in progress');
    // A restore already running is ignored, not started twice.
    expect((await ok(sandbox, 'RestoreMedia', { MediaIds: podcast })).IgnoredList).toEqual([podcast]);

    sandbox.advance(60);
    const restored = await videoOf(sandbox, podcast);
    expect(restored).toMatchObject({ StorageClass: 'Archive', RestoreStatus: 'Success' });
    expect(Date.parse(String(restored.RestoreExpiration)) - sandbox.clock.now()).toBeGreaterThan(2 * DAY * 1000 - 5000);
    expect(Date.parse(String(restored.RestoreExpiration)) - sandbox.clock.now()).toBeLessThanOrEqual(2 * DAY * 1000);
    await ok(sandbox, 'GetPlayInfo', { VideoId: podcast });
    await ok(sandbox, 'GetVideoPlayAuth', { VideoId: podcast });
    const batch = await ok(sandbox, 'BatchGetMediaInfos', { MediaIds: podcast });
    expect((batch.MediaInfos as Json[])[0]!.MediaInfo).toMatchObject({ StorageClass: 'Archive', RestoreStatus: 'Success', RestoreExpiration: restored.RestoreExpiration });
    expect(sandbox.events.history.some((event) => event.EventType === 'RestoreMediaComplete' && event.MediaId === podcast && event.Status === 'Success')).toBe(true);

    sandbox.advance(2 * DAY);
    const frozen = await videoOf(sandbox, podcast);
    expect(frozen.RestoreStatus).toBeUndefined();
    expect(frozen.RestoreExpiration).toBeUndefined();
    await expectError(sandbox, 'GetPlayInfo', { VideoId: podcast }, 'Forbidden.IllegalStatus', 403);
  });

  it('a restored media asked again stays restored from now for the new number of days', async () => {
    await ok(sandbox, 'RestoreMedia', { MediaIds: podcast, RestoreDays: '1' });
    sandbox.advance(60);
    sandbox.advance(12 * HOUR);
    await ok(sandbox, 'RestoreMedia', { MediaIds: podcast, RestoreDays: '3' });
    const extended = await videoOf(sandbox, podcast);
    expect(extended.RestoreStatus).toBe('Success');
    const left = Date.parse(String(extended.RestoreExpiration)) - sandbox.clock.now();
    expect(left).toBeGreaterThan(3 * DAY * 1000 - 5000);
    expect(left).toBeLessThanOrEqual(3 * DAY * 1000);
    sandbox.advance(2 * DAY);
    await ok(sandbox, 'GetPlayInfo', { VideoId: podcast });
  });

  it('RestoreMedia sorts what it cannot do: not frozen is ignored, unknown and too many days are forbidden', async () => {
    const tutorial = titled(sandbox, 'Getting started');
    const answer = await ok(sandbox, 'RestoreMedia', { MediaIds: `${tutorial},${'f'.repeat(32)},${podcast}`, RestoreDays: '8' });
    expect(answer.Success).toBe(false);
    expect(answer.IgnoredList).toEqual([tutorial]);
    expect(answer.ForbiddenList).toEqual([
      { MediaId: 'f'.repeat(32), Reason: expect.stringContaining('does not exist') },
      { MediaId: podcast, Reason: expect.stringContaining('at most 7 days') },
    ]);
    await expectError(sandbox, 'RestoreMedia', { MediaIds: podcast, RestoreDays: '366' }, 'InvalidParameter', 400);
    await expectError(sandbox, 'RestoreMedia', { MediaIds: podcast, RestoreTier: 'Fast' }, 'InvalidParameter', 400);
    await expectError(sandbox, 'RestoreMedia', { MediaIds: Array.from({ length: 21 }, (_, i) => `id${i}`).join(',') }, 'InvalidParameter', 400);
    await expectError(sandbox, 'RestoreMedia', {}, 'MissingParameter', 400);
  });
});

describe('UpdateMediaStorageClass over the sandbox clock', () => {
  let sandbox: Sandbox;
  let tutorial: string;
  let keynote: string;
  beforeAll(async () => {
    sandbox = await startSandbox({ enforceQps: false });
    tutorial = titled(sandbox, 'Getting started');
    keynote = titled(sandbox, 'Product launch keynote');
  });
  afterAll(() => sandbox.close());

  it('to Archive: Changing (unplayable) for a minute, then Archive, with the completion event', async () => {
    const answer = await ok(sandbox, 'UpdateMediaStorageClass', { MediaIds: tutorial, StorageClass: 'Archive' });
    expect(answer).toEqual({ RequestId: expect.any(String), Status: 'Processing' });
    expect(await videoOf(sandbox, tutorial)).toMatchObject({ StorageClass: 'Changing' });
    const changing = await expectError(sandbox, 'GetPlayInfo', { VideoId: tutorial }, 'Forbidden.IllegalStatus', 403);
    expect(changing.Message).toContain('being changed');
    // Neither a second change nor a restore while it changes.
    expect((await ok(sandbox, 'UpdateMediaStorageClass', { MediaIds: tutorial, StorageClass: 'IA' })).ForbiddenList).toEqual([{ MediaId: tutorial, Reason: expect.stringContaining('being changed') }]);
    expect((await ok(sandbox, 'RestoreMedia', { MediaIds: tutorial })).ForbiddenList).toHaveLength(1);
    sandbox.advance(59);
    expect((await videoOf(sandbox, tutorial)).StorageClass).toBe('Changing');
    sandbox.advance(1);
    expect((await videoOf(sandbox, tutorial)).StorageClass).toBe('Archive');
    await expectError(sandbox, 'GetPlayInfo', { VideoId: tutorial }, 'Forbidden.IllegalStatus', 403);
    const event = sandbox.events.history.find((item) => item.EventType === 'UpdateMediaStorageClassComplete' && item.MediaId === tutorial);
    expect(event).toMatchObject({ Status: 'Success', Scope: 'All', StorageClass: 'Archive', TriggerBy: 'API' });
  });

  it('the same class again is ignored; leaving Archive early needs AllowUpdateWithoutTimeLimit', async () => {
    const same = await ok(sandbox, 'UpdateMediaStorageClass', { MediaIds: tutorial, StorageClass: 'Archive' });
    expect(same).toMatchObject({ Status: 'Failed', IgnoredList: [tutorial] });
    const early = await ok(sandbox, 'UpdateMediaStorageClass', { MediaIds: tutorial, StorageClass: 'Standard' });
    expect(early.Status).toBe('Failed');
    expect(early.ForbiddenList).toEqual([{ MediaId: tutorial, Reason: expect.stringContaining('minimum 60 days') }]);
    const forced = await ok(sandbox, 'UpdateMediaStorageClass', { MediaIds: tutorial, StorageClass: 'Standard', AllowUpdateWithoutTimeLimit: 'true' });
    expect(forced.Status).toBe('Processing');
    // Archive is restored first (about a minute), then changed (a minute).
    sandbox.advance(60);
    expect((await videoOf(sandbox, tutorial)).StorageClass).toBe('Changing');
    sandbox.advance(60);
    expect((await videoOf(sandbox, tutorial)).StorageClass).toBe('Standard');
    await ok(sandbox, 'GetPlayInfo', { VideoId: tutorial });
  });

  it('leaving Cold Archive waits for the RestoreTier (Bulk: 12 hours) and counts a Cold Archive retrieval of that tier', async () => {
    await ok(sandbox, 'UpdateMediaStorageClass', { MediaIds: keynote, StorageClass: 'ColdArchive' });
    sandbox.advance(60);
    expect((await videoOf(sandbox, keynote)).StorageClass).toBe('ColdArchive');
    await ok(sandbox, 'UpdateMediaStorageClass', { MediaIds: keynote, StorageClass: 'Standard', RestoreTier: 'Bulk', AllowUpdateWithoutTimeLimit: 'true' });
    sandbox.advance(12 * HOUR);
    expect((await videoOf(sandbox, keynote)).StorageClass).toBe('Changing');
    sandbox.advance(60);
    expect((await videoOf(sandbox, keynote)).StorageClass).toBe('Standard');
    const retrieval = await ok(sandbox, 'DescribeVodTieringStorageRetrievalData', { ...window(sandbox, 24), StorageClass: 'ColdArchive' });
    const rows = retrieval.RetrievalData as Json[];
    expect(sum(rows, 'RetrievalData')).toBeGreaterThan(0);
    expect(sum(rows, 'CABulkRetrievalData')).toBe(sum(rows, 'RetrievalData'));
    expect(sum(rows, 'CAHighPriorRetrievalData')).toBe(0);
  });

  it('Scope SourceFile moves only the source: SourceArchive still plays its transcoded streams', async () => {
    const cloud = titled(sandbox, '云原生');
    await ok(sandbox, 'UpdateMediaStorageClass', { MediaIds: cloud, StorageClass: 'Archive', Scope: 'SourceFile' });
    expect((await videoOf(sandbox, cloud)).StorageClass).toBe('SourceChanging');
    sandbox.advance(60);
    expect((await videoOf(sandbox, cloud)).StorageClass).toBe('SourceArchive');
    await ok(sandbox, 'GetPlayInfo', { VideoId: cloud });
    // Restoring a source-only class is allowed too.
    expect((await ok(sandbox, 'RestoreMedia', { MediaIds: cloud, Scope: 'SourceFile' })).Success).toBe(true);
  });

  it('refuses media not uploaded and bad arguments', async () => {
    const uploading = titled(sandbox, 'Upload in progress');
    const answer = await ok(sandbox, 'UpdateMediaStorageClass', { MediaIds: uploading, StorageClass: 'IA' });
    expect(answer.ForbiddenList).toEqual([{ MediaId: uploading, Reason: expect.stringContaining('Uploading') }]);
    await expectError(sandbox, 'UpdateMediaStorageClass', { MediaIds: tutorial, StorageClass: 'SourceIA' }, 'InvalidParameter', 400);
    await expectError(sandbox, 'UpdateMediaStorageClass', { MediaIds: tutorial, StorageClass: 'IA', Scope: 'Streams' }, 'InvalidParameter', 400);
    await expectError(sandbox, 'UpdateMediaStorageClass', { MediaIds: tutorial }, 'MissingParameter', 400);
  });
});

describe('tiered storage usage and media distribution', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startSandbox({ enforceQps: false });
  });
  afterAll(() => sandbox.close());

  it('DescribeVodTieringStorageData: the bytes in each class per hour, young bytes until a month has passed', async () => {
    const tutorial = titled(sandbox, 'Getting started');
    await ok(sandbox, 'UpdateMediaStorageClass', { MediaIds: tutorial, StorageClass: 'IA' });
    sandbox.advance(2 * HOUR);
    const video = sandbox.state.data.videos[tutorial]!;
    const bytes = (video.Size ?? 0) + video.Streams.reduce((total, stream) => total + stream.Size, 0);
    const answer = await ok(sandbox, 'DescribeVodTieringStorageData', { ...window(sandbox, 1), StorageClass: 'IA' });
    const rows = answer.StorageData as Json[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.at(-1)).toMatchObject({ Region: 'cn-shanghai', StorageClass: 'IA', StorageUtilization: bytes, LessthanMonthDatasize: bytes });
    expect(rows.every((row) => row.StorageClass === 'IA')).toBe(true);
    // The demo podcast is in Archive.
    const archive = (await ok(sandbox, 'DescribeVodTieringStorageData', { ...window(sandbox, 1), StorageClass: 'Archive' })).StorageData as Json[];
    expect(Number(archive.at(-1)!.StorageUtilization)).toBeGreaterThan(0);

    sandbox.advance(31 * DAY);
    const later = (await ok(sandbox, 'DescribeVodTieringStorageData', { ...window(sandbox, 1), StorageClass: 'IA' })).StorageData as Json[];
    expect(later.at(-1)).toMatchObject({ StorageUtilization: bytes, LessthanMonthDatasize: 0 });
    // Nothing stored in another region.
    expect((await ok(sandbox, 'DescribeVodTieringStorageData', { ...window(sandbox, 1), Region: 'cn-beijing' })).StorageData).toEqual([]);
  });

  it('the tiering queries check their window, regions and classes', async () => {
    const now = sandbox.clock.now();
    await expectError(sandbox, 'DescribeVodTieringStorageData', { StartTime: iso(now - 32 * DAY * 1000), EndTime: iso(now) }, 'InvalidTimeRange', 400);
    await expectError(sandbox, 'DescribeVodTieringStorageData', { StartTime: iso(now), EndTime: iso(now - HOUR * 1000) }, 'InvalidParameterEndTime', 400);
    await expectError(sandbox, 'DescribeVodTieringStorageData', { StartTime: '2026-01-01 00:00:00' }, 'InvalidParameterStartTime', 400);
    await expectError(sandbox, 'DescribeVodTieringStorageData', { Region: 'us-west-1' }, 'InvalidParameter', 400);
    await expectError(sandbox, 'DescribeVodTieringStorageData', { StorageClass: 'Standard' }, 'InvalidParameter', 400);
    await expectError(sandbox, 'DescribeVodTieringStorageRetrievalData', { StartTime: iso(now - 120_000), EndTime: iso(now) }, 'InvalidParameter', 400);
    // Both omitted: the last 24 hours.
    expect(((await ok(sandbox, 'DescribeVodTieringStorageData')).StorageData as Json[]).length).toBeGreaterThan(0);
  });

  it('DescribeMediaDistribution counts media by creation time per natural period, by current storage class', async () => {
    const all = await ok(sandbox, 'DescribeMediaDistribution', { StartTime: iso(sandbox.clock.now() - 40 * DAY * 1000), EndTime: iso(sandbox.clock.now()), Interval: 'week' });
    const live = Object.values(sandbox.state.data.videos).filter((video) => !video.DeletedAt).length;
    expect(all.Total).toBe(live);
    expect(sum(all.MediaDistributionList as Json[], 'Count')).toBe(live);
    for (const period of all.MediaDistributionList as Json[]) expect(new Date(String(period.StartTime)).getUTCDay()).toBe(1);
    const archived = await ok(sandbox, 'DescribeMediaDistribution', { StartTime: iso(sandbox.clock.now() - 40 * DAY * 1000), EndTime: iso(sandbox.clock.now()), Interval: 'month', StorageClass: 'Archive' });
    expect(archived.Total).toBe(1);
    expect((archived.MediaDistributionList as Json[])[0]!.StartTime).toMatch(/-01T00:00:00Z$/);
    // Created more than 24 hours ago: nothing in the default window.
    expect((await ok(sandbox, 'DescribeMediaDistribution')).Total).toBe(0);
    await expectError(sandbox, 'DescribeMediaDistribution', { StartTime: '2026-01-01T00:00:00Z', EndTime: '2026-07-02T00:00:00Z' }, 'InvalidParameter', 400);
    await expectError(sandbox, 'DescribeMediaDistribution', { Interval: 'year' }, 'InvalidParameter', 400);
  });
});

describe('batch reads and stream pulls', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startSandbox({ enforceQps: false });
  });
  afterAll(() => sandbox.close());

  it('BatchGetMediaInfos: metadata, source file and streams; unknown IDs listed', async () => {
    const tutorial = titled(sandbox, 'Getting started');
    const video = sandbox.state.data.videos[tutorial]!;
    video.ReferenceId = 'tutorial-0001';
    const answer = await ok(sandbox, 'BatchGetMediaInfos', { MediaIds: `${tutorial},${'e'.repeat(32)}`, ReferenceIds: 'tutorial-0001,missing-0002' });
    const infos = answer.MediaInfos as Json[];
    expect(infos).toHaveLength(1);
    expect(infos[0]).toMatchObject({
      MediaId: tutorial,
      MediaInfo: { MediaId: tutorial, Title: video.Title, StorageClass: 'Standard', ReferenceId: 'tutorial-0001' },
      MezzanineInfo: { FileName: video.FileName, Size: video.Size },
    });
    expect((infos[0]!.PlayInfoList as Json[]).map((stream) => stream.Definition).sort()).toEqual(video.Streams.map((stream) => stream.Definition).sort());
    expect(answer.NonExistMediaIds).toEqual(['e'.repeat(32)]);
    expect(answer.NonExistReferenceIds).toEqual(['missing-0002']);
    await expectError(sandbox, 'BatchGetMediaInfos', { MediaIds: Array.from({ length: 21 }, (_, i) => `id${i}`).join(',') }, 'InvalidParameter', 400);
    await expectError(sandbox, 'BatchGetMediaInfos', { ReferenceIds: 'tutorial-0001' }, 'MissingParameter', 400);
  });

  it('GetImageInfos: several images with signed URLs; unknown IDs listed', async () => {
    const images = Object.values(sandbox.state.data.images).slice(0, 2);
    const answer = await ok(sandbox, 'GetImageInfos', { ImageIds: `${images[0]!.ImageId},${images[1]!.ImageId},nope`, OutputType: 'oss', AuthTimeout: '600' });
    expect((answer.ImageInfo as Json[]).map((image) => image.ImageId)).toEqual([images[0]!.ImageId, images[1]!.ImageId]);
    expect(String((answer.ImageInfo as Json[])[0]!.URL)).toContain('Expires=');
    expect(answer.NonExistImageIds).toEqual(['nope']);
    await expectError(sandbox, 'GetImageInfos', { ImageIds: 'nope', OutputType: 'oss', AuthTimeout: '2592001' }, 'InvalidParameter', 400);
  });

  it('UploadStreamByURL: a URL job GetURLUploadInfos tracks; the stored stream plays with its HDR type', async () => {
    const tutorial = titled(sandbox, 'Getting started');
    const answer = await ok(sandbox, 'UploadStreamByURL', {
      MediaId: tutorial,
      Definition: '4K',
      StreamURL: 'https://media.example.com/streams/tutorial-4k',
      FileExtension: 'mp4',
      HDRType: 'hdr10',
      UserData: '{"Extend":{"batch":"7"}}',
    });
    expect(answer).toMatchObject({ StreamJobId: expect.stringMatching(/^[0-9a-f]{32}$/), SourceURL: 'https://media.example.com/streams/tutorial-4k', FileURL: expect.stringMatching(/\.mp4$/) });
    const jobId = String(answer.StreamJobId);
    const pending = await ok(sandbox, 'GetURLUploadInfos', { JobIds: jobId });
    expect((pending.URLUploadInfoList as Json[])[0]).toMatchObject({ Status: 'PENDING', MediaId: tutorial });
    sandbox.advance(10);
    const done = await ok(sandbox, 'GetURLUploadInfos', { JobIds: jobId });
    expect((done.URLUploadInfoList as Json[])[0]).toMatchObject({ Status: 'SUCCESS', MediaId: tutorial });
    const play = await ok(sandbox, 'GetPlayInfo', { VideoId: tutorial, Definition: '4K' });
    expect(play.PlayInfoList).toEqual([expect.objectContaining({ Definition: '4K', Format: 'mp4', HDRType: 'HDR10', JobId: jobId })]);
    const event = sandbox.events.history.find((item) => item.EventType === 'UploadByURLComplete' && item.JobId === jobId);
    expect(event).toMatchObject({ Status: 'success', FileType: 'Stream', VideoId: tutorial, StreamFileURL: answer.FileURL });
  });

  it('UploadStreamByURL refuses what cannot work, and a pull that fails says so', async () => {
    const tutorial = titled(sandbox, 'Getting started');
    const base = { MediaId: tutorial, Definition: 'HD', StreamURL: 'https://media.example.com/hd.m3u8' };
    await expectError(sandbox, 'UploadStreamByURL', { ...base, StreamURL: 'https://media.example.com/no-extension' }, 'InvalidParameter', 400);
    await expectError(sandbox, 'UploadStreamByURL', { ...base, Definition: 'XL' }, 'InvalidParameter', 400);
    await expectError(sandbox, 'UploadStreamByURL', { ...base, HDRType: 'HDR11' }, 'InvalidParameter', 400);
    await expectError(sandbox, 'UploadStreamByURL', { ...base, UploadMetadata: '[1]' }, 'InvalidParameter', 400);
    await expectError(sandbox, 'UploadStreamByURL', { ...base, UserData: '{"MessageCallback":{"CallbackURL":"https://x.example.com","CallbackType":"mns"}}' }, 'InvalidParameter', 400);
    await expectError(sandbox, 'UploadStreamByURL', { ...base, MediaId: 'f'.repeat(32) }, 'InvalidVideo.NotFound', 404);
    const failing = await ok(sandbox, 'UploadStreamByURL', { ...base, StreamURL: 'https://media.example.com/404/hd.m3u8' });
    sandbox.advance(10);
    const info = await ok(sandbox, 'GetURLUploadInfos', { JobIds: String(failing.StreamJobId) });
    expect((info.URLUploadInfoList as Json[])[0]).toMatchObject({ Status: 'DOWNLOAD_FAIL', ErrorCode: 'DownloadFailed' });
  });
});

describe('storage work in progress across a restart (--sandbox-state)', () => {
  it('finishes a change and a restore that were running when the sandbox stopped, and expires the restore', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sandbox-state-')), 'state.json');
    const first = await startSandbox({ stateFile: file, enforceQps: false });
    const tutorial = titled(first, 'Getting started');
    const podcast = titled(first, 'Podcast episode 12');
    await ok(first, 'UpdateMediaStorageClass', { MediaIds: tutorial, StorageClass: 'IA' });
    await ok(first, 'RestoreMedia', { MediaIds: podcast });
    await first.close();

    const second = await startSandbox({ stateFile: file, enforceQps: false });
    try {
      second.advance(60);
      expect((await videoOf(second, tutorial)).StorageClass).toBe('IA');
      expect((await videoOf(second, podcast)).RestoreStatus).toBe('Success');
      second.advance(DAY);
      expect((await videoOf(second, podcast)).RestoreStatus).toBeUndefined();
    } finally {
      await second.close();
    }
  });
});
