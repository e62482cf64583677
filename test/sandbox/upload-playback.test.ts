import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { expectError, ok } from '../helpers/signed-request.js';

let sandbox: Sandbox;
const videoWhere = (status: string, title?: RegExp) =>
  Object.values(sandbox.state.data.videos).find((video) => video.Status === status && (!title || title.test(video.Title)))!.VideoId;
const decode = (base64: unknown): Record<string, string> => JSON.parse(Buffer.from(String(base64), 'base64').toString('utf8')) as Record<string, string>;

beforeAll(async () => {
  sandbox = await startSandbox({ enforceQps: false });
});
afterAll(() => sandbox.close());

describe('upload credentials', () => {
  it('CreateUploadVideo creates an Uploading video with the given metadata', async () => {
    const cateId = Object.values(sandbox.state.data.categories)[0]!.CateId;
    const created = await ok(sandbox, 'CreateUploadVideo', {
      Title: 'Quarterly review',
      FileName: 'D:\\videos\\review.mov',
      FileSize: '1048576',
      Tags: 'review,q3',
      CateId: String(cateId),
      UserData: '{"MessageCallback":{"CallbackURL":"https://cb.example.com/vod"},"Extend":{"localId":"42"}}',
    });
    expect(created).toMatchObject({ VideoId: expect.stringMatching(/^[0-9a-f]{32}$/), UploadAddress: expect.any(String), UploadAuth: expect.any(String) });
    expect(decode(created.UploadAddress).FileName).toMatch(/\.mov$/);
    const video = (await ok(sandbox, 'GetVideoInfo', { VideoId: String(created.VideoId) })).Video as Record<string, unknown>;
    expect(video).toMatchObject({ Title: 'Quarterly review', Status: 'Uploading', Tags: 'review,q3', CateId: cateId });
    const details = await ok(sandbox, 'GetUploadDetails', { MediaIds: String(created.VideoId) });
    expect((details.UploadDetails as Record<string, unknown>[])[0]).toMatchObject({ FileSize: 1048576, UploadSize: 0, UploadRatio: 0, UploadStatus: 'Uploading' });
  });

  it('CreateUploadVideo refuses bad extensions, emoji, unknown template groups and storage', async () => {
    await expectError(sandbox, 'CreateUploadVideo', { Title: 't', FileName: 'notes.txt' }, 'InvalidFileName.Extension', 400);
    const illegal = await expectError(sandbox, 'CreateUploadVideo', { Title: 'party 🎉', FileName: 'a.mp4' }, 'IllegalCharacters', 400);
    expect(illegal.Message).toContain('Title');
    await expectError(sandbox, 'CreateUploadVideo', { Title: 't', FileName: 'a.mp4', TemplateGroupId: 'nope' }, 'InvalidTranscodeTemplateGroup.NotFound', 404);
    await expectError(sandbox, 'CreateUploadVideo', { Title: 't', FileName: 'a.mp4', StorageLocation: 'not a storage' }, 'InvalidStorage.NotFound', 404);
    await expectError(sandbox, 'CreateUploadVideo', { FileName: 'a.mp4' }, 'MissingParameter', 400);
  });

  it('RefreshUploadVideo renews credentials for the same address, and 404s for unknown videos', async () => {
    const created = await ok(sandbox, 'CreateUploadVideo', { Title: 't', FileName: 'a.mp4' });
    const refreshed = await ok(sandbox, 'RefreshUploadVideo', { VideoId: String(created.VideoId) });
    expect(refreshed.VideoId).toBe(created.VideoId);
    expect(decode(refreshed.UploadAddress)).toEqual(decode(created.UploadAddress));
    expect(decode(refreshed.UploadAuth).AccessKeyId).not.toBe(decode(created.UploadAuth).AccessKeyId);
    await expectError(sandbox, 'RefreshUploadVideo', { VideoId: 'f'.repeat(32) }, 'InvalidVideo.NotFound', 404);
  });

  it('CreateUploadImage and CreateUploadAttachedMedia create Uploading records', async () => {
    const image = await ok(sandbox, 'CreateUploadImage', { ImageType: 'default', Title: 'Thumb' });
    expect(image.ImageURL).toMatch(/\/image\/default\/[0-9A-F]{32}\.png$/);
    expect(image.FileURL).toBe(image.ImageURL);
    const info = await ok(sandbox, 'GetImageInfo', { ImageId: String(image.ImageId) });
    expect(info.ImageInfo).toMatchObject({ ImageId: image.ImageId, Title: 'Thumb', Status: 'Uploading' });
    await expectError(sandbox, 'CreateUploadImage', { ImageType: 'banner' }, 'InvalidParameter', 400);

    const media = await ok(sandbox, 'CreateUploadAttachedMedia', { BusinessType: 'watermark', MediaExt: 'png', Title: 'Logo' });
    expect(media).toMatchObject({ MediaId: expect.any(String), MediaURL: expect.stringMatching(/\/watermark\/.+\.png$/), UploadAddress: expect.any(String) });
    await expectError(sandbox, 'CreateUploadAttachedMedia', { BusinessType: 'subtitle', MediaExt: 'png' }, 'InvalidParameter', 400);
  });
});

describe('URL pull uploads', () => {
  it('progresses PENDING -> DOWNLOADING -> UPLOADING -> SUCCESS and creates a video that transcodes', async () => {
    const url = 'https://media.example.com/lectures/intro.mp4';
    const submitted = await ok(sandbox, 'UploadMediaByURL', {
      UploadURLs: encodeURIComponent(url),
      UploadMetadatas: JSON.stringify([{ SourceURL: url, Title: 'Intro lecture', Tags: 'lecture' }]),
      UserData: '{"Extend":{"batch":"7"}}',
    });
    const jobs = submitted.UploadJobs as { SourceURL: string; JobId: string }[];
    expect(jobs).toEqual([{ SourceURL: url, JobId: expect.any(String) }]);
    const jobId = jobs[0]!.JobId;
    const info = async () => ((await ok(sandbox, 'GetURLUploadInfos', { JobIds: jobId })).URLUploadInfoList as Record<string, string>[])[0]!;
    expect(await info()).toMatchObject({ JobId: jobId, UploadURL: url, Status: 'PENDING', UserData: '{"Extend":{"batch":"7"}}' });
    sandbox.advance(2);
    expect((await info()).Status).toBe('DOWNLOADING');
    sandbox.advance(5);
    const uploading = await info();
    expect(uploading.Status).toBe('UPLOADING');
    expect(uploading.MediaId).toMatch(/^[0-9a-f]{32}$/);
    sandbox.advance(3);
    const done = await info();
    expect(done).toMatchObject({ Status: 'SUCCESS', CompleteTime: expect.any(String), FileSize: expect.stringMatching(/^\d+$/) });
    const video = (await ok(sandbox, 'GetVideoInfo', { VideoId: done.MediaId! })).Video as Record<string, unknown>;
    expect(video).toMatchObject({ Title: 'Intro lecture', Status: 'UploadSucc', Tags: 'lecture' });
    sandbox.advance(70);
    expect(((await ok(sandbox, 'GetVideoInfo', { VideoId: done.MediaId! })).Video as Record<string, unknown>).Status).toBe('Normal');
    const byUrl = await ok(sandbox, 'GetURLUploadInfos', { UploadURLs: url });
    expect((byUrl.URLUploadInfoList as unknown[]).length).toBe(1);
  });

  it('fails downloads of 404 paths and non-http URLs without creating videos', async () => {
    const submitted = await ok(sandbox, 'UploadMediaByURL', { UploadURLs: 'https://media.example.com/gone/404.mp4,ftp://files.example.com/a.mp4' });
    const ids = (submitted.UploadJobs as { JobId: string }[]).map((job) => job.JobId);
    const videosBefore = Object.keys(sandbox.state.data.videos).length;
    sandbox.advance(10);
    const infos = (await ok(sandbox, 'GetURLUploadInfos', { JobIds: ids.join(',') })).URLUploadInfoList as Record<string, string>[];
    expect(infos.map((item) => item.Status)).toEqual(['DOWNLOAD_FAIL', 'DOWNLOAD_FAIL']);
    expect(infos[0]).toMatchObject({ ErrorCode: 'DownloadFailed', MediaId: '' });
    expect(infos[1]!.ErrorCode).toBe('InvalidURL');
    expect(Object.keys(sandbox.state.data.videos).length).toBe(videosBefore);
  });

  it('cancels only queued jobs and reports unknown ones', async () => {
    const submitted = await ok(sandbox, 'UploadMediaByURL', { UploadURLs: 'https://media.example.com/a.mp4,https://media.example.com/b.mp4' });
    const [first, second] = (submitted.UploadJobs as { JobId: string }[]).map((job) => job.JobId);
    const canceled = await ok(sandbox, 'CancelUrlUploadJobs', { JobIds: `${first},unknown-job` });
    expect(canceled).toMatchObject({ CanceledJobs: [first], NonExists: ['unknown-job'] });
    sandbox.advance(3);
    const late = await ok(sandbox, 'CancelUrlUploadJobs', { UploadUrls: 'https://media.example.com/b.mp4' });
    expect(late.CanceledJobs).toEqual([]);
    sandbox.advance(10);
    const infos = (await ok(sandbox, 'GetURLUploadInfos', { JobIds: `${first},${second},missing` })) as { URLUploadInfoList: Record<string, string>[]; NonExists: string[] };
    expect(infos.URLUploadInfoList.map((item) => item.Status)).toEqual(['CANCELED', 'SUCCESS']);
    expect(infos.NonExists).toEqual(['missing']);
  });

  it('refuses more than 20 URLs and malformed ones', async () => {
    const many = Array.from({ length: 21 }, (_, i) => `https://media.example.com/${i}.mp4`).join(',');
    await expectError(sandbox, 'UploadMediaByURL', { UploadURLs: many }, 'InvalidParameter.UploadURLs', 400);
    await expectError(sandbox, 'UploadMediaByURL', { UploadURLs: 'not a url' }, 'InvalidParameter.UploadURLs', 400);
    await expectError(sandbox, 'GetURLUploadInfos', { JobIds: Array.from({ length: 11 }, (_, i) => `j${i}`).join(',') }, 'InvalidParameter', 400);
  });

  it('lists the demo jobs', async () => {
    const demo = await ok(sandbox, 'GetURLUploadInfos', { UploadURLs: 'https://media.example.com/archive/404-launch-teaser.mp4' });
    expect((demo.URLUploadInfoList as Record<string, string>[])[0]).toMatchObject({ Status: 'DOWNLOAD_FAIL', ErrorCode: 'DownloadFailed' });
  });
});

describe('RegisterMedia', () => {
  it('registers OSS files once; repeats return the same ID; foreign or mixed storage fails', async () => {
    const first = 'https://outin-sandbox.oss-cn-shanghai.aliyuncs.com/archive/talk-01.mp4';
    const registered = await ok(sandbox, 'RegisterMedia', {
      RegisterMetadatas: JSON.stringify([
        { FileURL: first, Title: 'Talk 1' },
        { FileURL: 'https://other-bucket.oss-cn-beijing.aliyuncs.com/talk-02.mp4', Title: 'Talk 2' },
        { FileURL: 'https://example.com/talk-03.mp4', Title: 'Talk 3' },
      ]),
    });
    const list = registered.RegisteredMediaList as { MediaId: string; FileURL: string; NewRegister: boolean }[];
    expect(list).toEqual([{ MediaId: expect.any(String), FileURL: first, NewRegister: true }]);
    expect(registered.FailedFileURLs).toEqual(['https://other-bucket.oss-cn-beijing.aliyuncs.com/talk-02.mp4', 'https://example.com/talk-03.mp4']);
    const again = await ok(sandbox, 'RegisterMedia', { RegisterMetadatas: JSON.stringify([{ FileURL: first, Title: 'Talk 1 again' }]) });
    expect(again.RegisteredMediaList).toEqual([{ MediaId: list[0]!.MediaId, FileURL: first, NewRegister: false }]);
    // No template group: not transcoded, plays the source as OD.
    sandbox.advance(6);
    const play = await ok(sandbox, 'GetPlayInfo', { VideoId: list[0]!.MediaId });
    expect(play.VideoBase).toMatchObject({ Status: 'Normal', TranscodeMode: 'NoTranscode' });
    expect((play.PlayInfoList as Record<string, unknown>[])).toEqual([expect.objectContaining({ Definition: 'OD', Format: 'mp4' })]);
  });

  it('refuses more than 10 files', async () => {
    const many = Array.from({ length: 11 }, (_, i) => ({ FileURL: `https://outin-sandbox.oss-cn-shanghai.aliyuncs.com/${i}.mp4`, Title: `${i}` }));
    await expectError(sandbox, 'RegisterMedia', { RegisterMetadatas: JSON.stringify(many) }, 'InvalidParameter', 400);
  });
});

describe('upload details and fragments', () => {
  it('GetUploadDetails reports missing IDs and the 20-ID limit', async () => {
    const normal = videoWhere('Normal');
    const details = await ok(sandbox, 'GetUploadDetails', { MediaIds: `${normal},missing-id`, MediaType: 'video' });
    expect(details.NonExistMediaIds).toEqual(['missing-id']);
    expect(details.ForbiddenMediaIds).toEqual([]);
    expect((details.UploadDetails as Record<string, unknown>[])[0]).toMatchObject({ MediaId: normal, UploadRatio: 1, UploadStatus: 'Normal', Status: 'Normal' });
    await expectError(sandbox, 'GetUploadDetails', { MediaIds: Array.from({ length: 21 }, (_, i) => `v${i}`).join(',') }, 'LimitExceeded.MediaIds', 400);
  });

  it('DeleteMultipartUpload: spec errors', async () => {
    await expectError(sandbox, 'DeleteMultipartUpload', { MediaId: videoWhere('Uploading'), MediaType: 'image' }, 'InvalidParameter', 400);
    await expectError(sandbox, 'DeleteMultipartUpload', { MediaId: 'f'.repeat(32), MediaType: 'video' }, 'InvalidVideo.NotFound', 400);
    // The demo's unfinished upload has two parts: the first call deletes them, the second finds none.
    await ok(sandbox, 'DeleteMultipartUpload', { MediaId: videoWhere('Uploading'), MediaType: 'video' });
    await expectError(sandbox, 'DeleteMultipartUpload', { MediaId: videoWhere('Uploading'), MediaType: 'video' }, 'InvalidMultipartUpload.NotFound', 400);
  });
});

describe('playback', () => {
  it('GetPlayInfo returns streams and VideoBase, filtered', async () => {
    const videoId = videoWhere('Normal', /Getting started/);
    const all = await ok(sandbox, 'GetPlayInfo', { VideoId: videoId });
    const streams = (all.PlayInfoList as Record<string, unknown>[]);
    expect(streams.map((s) => s.Definition)).toEqual(['LD', 'SD', 'HD']);
    expect(streams[0]).toMatchObject({ Format: 'mp4', StreamType: 'video', Specification: 'H264.LD', Encrypt: 0, Status: 'Normal', PlayURL: expect.stringContaining(sandbox.url) });
    expect(all.VideoBase).toMatchObject({ VideoId: videoId, Status: 'Normal', MediaType: 'video', OutputType: 'cdn', Duration: expect.any(String) });
    const hd = await ok(sandbox, 'GetPlayInfo', { VideoId: videoId, Definition: 'HD', Formats: 'mp4' });
    expect((hd.PlayInfoList as unknown[])).toHaveLength(1);
    const none = await expectError(sandbox, 'GetPlayInfo', { VideoId: videoId, Formats: 'm3u8' }, 'InvalidVideo.NoneStream', 404);
    expect(none.Message).toContain('Formats : m3u8');
    await expectError(sandbox, 'GetPlayInfo', { VideoId: videoId, Formats: 'avi' }, 'InvalidParameter', 400);
  });

  it('GetPlayInfo signs URLs with AuthTimeout (auth_key for cdn, OSS signature for oss)', async () => {
    const videoId = videoWhere('Normal', /Getting started/);
    const cdn = await ok(sandbox, 'GetPlayInfo', { VideoId: videoId, AuthTimeout: '1800', ReAuthInfo: '{"uid":"12345","rand":"abc"}' });
    const url = new URL(String((cdn.PlayInfoList as { PlayURL: string }[])[0]!.PlayURL));
    const [timestamp, rand, uid, hash] = url.searchParams.get('auth_key')!.split('-');
    expect(Number(timestamp) - Math.floor(sandbox.clock.now() / 1000)).toBeGreaterThanOrEqual(1799);
    expect([rand, uid]).toEqual(['abc', '12345']);
    expect(hash).toMatch(/^[0-9a-f]{32}$/);
    const origin = await ok(sandbox, 'GetPlayInfo', { VideoId: videoId, OutputType: 'oss', AuthTimeout: '600' });
    const originUrl = new URL(String((origin.PlayInfoList as { PlayURL: string }[])[0]!.PlayURL));
    expect([...originUrl.searchParams.keys()]).toEqual(['Expires', 'OSSAccessKeyId', 'Signature']);
    await expectError(sandbox, 'GetPlayInfo', { VideoId: videoId, OutputType: 'oss', AuthTimeout: '2592001' }, 'InvalidParameter', 400);
  });

  it('GetPlayInfo: the spec errors for missing, blocked, failed and unfinished videos', async () => {
    await expectError(sandbox, 'GetPlayInfo', { VideoId: 'f'.repeat(32) }, 'InvalidVideo.NotFound', 404);
    const blocked = await expectError(sandbox, 'GetPlayInfo', { VideoId: videoWhere('Blocked') }, 'Forbidden.IllegalStatus', 403);
    expect(blocked.Message).toBe('Status of the video is illegal. Current Status is Blocked.');
    await expectError(sandbox, 'GetPlayInfo', { VideoId: videoWhere('TranscodeFail') }, 'InvalidVideo.NoneStream', 404);
    await expectError(sandbox, 'GetPlayInfo', { VideoId: videoWhere('Uploading') }, 'InvalidVideo.NoneStream', 404);
  });

  it('GetVideoPlayAuth returns a base64 PlayAuth and VideoMeta', async () => {
    const videoId = videoWhere('Normal', /Getting started/);
    const answer = await ok(sandbox, 'GetVideoPlayAuth', { VideoId: videoId, AuthInfoTimeout: '200', ApiVersion: '1.0.0' });
    expect(answer.VideoMeta).toMatchObject({ VideoId: videoId, Status: 'Normal', Title: 'Getting started with ApsaraVideo VOD', Duration: expect.any(Number) });
    const playAuth = JSON.parse(Buffer.from(String(answer.PlayAuth), 'base64').toString('utf8')) as Record<string, unknown>;
    expect(playAuth).toMatchObject({ AccessKeyId: expect.stringMatching(/^STS\./), Region: sandbox.region });
    const authInfo = JSON.parse(String(playAuth.AuthInfo)) as Record<string, string>;
    expect(authInfo.MediaId).toBe(videoId);
    expect(Date.parse(authInfo.ExpireTime!) - sandbox.clock.now()).toBeGreaterThan(190_000);
    await expectError(sandbox, 'GetVideoPlayAuth', { VideoId: videoId, AuthInfoTimeout: '50' }, 'InvalidParameter', 400);
    await expectError(sandbox, 'GetVideoPlayAuth', { VideoId: videoWhere('Blocked') }, 'Forbidden.IllegalStatus', 403);
    await expectError(sandbox, 'GetVideoPlayAuth', { VideoId: 'f'.repeat(32) }, 'InvalidVideo.NotFound', 404);
  });
});
