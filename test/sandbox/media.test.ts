import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { expectError, ok } from '../helpers/signed-request.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ enforceQps: false });
});
afterAll(() => sandbox.close());

type Json = Record<string, unknown>;
const videos = () => Object.values(sandbox.state.data.videos);
const byTitle = (prefix: string) => videos().find((video) => video.Title.startsWith(prefix))!.VideoId;
const categoryId = (name: string) => Object.values(sandbox.state.data.categories).find((category) => category.CateName === name)!.CateId;

describe('videos: get and list', () => {
  it('GetVideoInfo returns the video; unknown IDs are 404', async () => {
    const id = byTitle('Getting started');
    const video = (await ok(sandbox, 'GetVideoInfo', { VideoId: id })).Video as Json;
    expect(video).toMatchObject({ VideoId: id, Status: 'Normal', CateName: 'Cloud Computing', Tags: 'tutorial,vod' });
    expect(video.Duration).toEqual(expect.any(Number));
    await expectError(sandbox, 'GetVideoInfo', { VideoId: 'f'.repeat(32) }, 'InvalidVideo.NotFound', 404);
  });

  it('GetVideoInfos lists found videos and the IDs that do not exist', async () => {
    const ids = [byTitle('Getting started'), byTitle('Podcast')];
    const body = await ok(sandbox, 'GetVideoInfos', { VideoIds: [...ids, 'missing-id'].join(',') });
    expect((body.VideoList as Json[]).map((video) => video.VideoId)).toEqual(ids);
    expect(body.NonExistVideoIds).toEqual(['missing-id']);
    await expectError(sandbox, 'GetVideoInfos', { VideoIds: 'missing-1,missing-2' }, 'InvalidVideo.NotFound', 404);
  });

  it('GetVideoList filters by status, category and time, and pages', async () => {
    const normal = await ok(sandbox, 'GetVideoList', { Status: 'Normal,Blocked', PageSize: '100' });
    const statuses = (normal.VideoList as Json[]).map((video) => video.Status);
    expect(new Set(statuses)).toEqual(new Set(['Normal', 'Blocked']));
    expect(normal.Total).toBe(statuses.length);

    const cloud = videos().find((video) => video.Title.startsWith('Getting started'))!.CateId!;
    const inCategory = await ok(sandbox, 'GetVideoList', { CateId: String(cloud) });
    expect((inCategory.VideoList as Json[]).every((video) => video.CateId === cloud)).toBe(true);
    expect(inCategory.Total).toBe(videos().filter((video) => video.CateId === cloud).length);

    const all = await ok(sandbox, 'GetVideoList', { PageSize: '100', SortBy: 'CreationTime:Asc' });
    const page2 = await ok(sandbox, 'GetVideoList', { PageSize: '3', PageNo: '2', SortBy: 'CreationTime:Asc' });
    expect((page2.VideoList as Json[]).map((video) => video.VideoId)).toEqual((all.VideoList as Json[]).slice(3, 6).map((video) => video.VideoId));

    const future = await ok(sandbox, 'GetVideoList', { StartTime: '2099-01-01T00:00:00Z', EndTime: '2099-12-31T00:00:00Z' });
    expect(future).toMatchObject({ Total: 0, VideoList: [] });
  });

  it('GetVideoList refuses pages past the first 5000 videos and bad windows', async () => {
    await expectError(sandbox, 'GetVideoList', { PageNo: '51', PageSize: '100' }, 'VideoListExceededMax', 400);
    await expectError(sandbox, 'GetVideoList', { StartTime: '2024-01-02T00:00:00Z', EndTime: '2024-01-01T00:00:00Z' }, 'InvalidParameter', 400);
    await expectError(sandbox, 'GetVideoList', { Status: 'Lost' }, 'InvalidParameter', 400);
  });

  it('a transcoding video becomes Normal when the clock advances', async () => {
    const id = byTitle('Webinar recording');
    expect(((await ok(sandbox, 'GetVideoInfo', { VideoId: id })).Video as Json).Status).toBe('Transcoding');
    const listed = await ok(sandbox, 'GetVideoList', { Status: 'Transcoding' });
    expect((listed.VideoList as Json[]).map((video) => video.VideoId)).toContain(id);
    sandbox.advance(61);
    expect(((await ok(sandbox, 'GetVideoInfo', { VideoId: id })).Video as Json).Status).toBe('Normal');
  });
});

describe('videos: source file info', () => {
  it('GetMezzanineInfo returns the source file with optional stream details', async () => {
    const id = byTitle('Product launch');
    const basic = (await ok(sandbox, 'GetMezzanineInfo', { VideoId: id })).Mezzanine as Json;
    expect(basic).toMatchObject({ VideoId: id, FileName: 'keynote-2026.mov', OutputType: 'cdn', Status: 'Normal', Width: 1920, Height: 1080 });
    expect(basic.VideoStreamList).toBeUndefined();
    expect(String(basic.FileURL)).toContain('auth_key=');

    const detailed = (await ok(sandbox, 'GetMezzanineInfo', { VideoId: id, AdditionType: 'video,audio', OutputType: 'oss', AuthTimeout: '3600' })).Mezzanine as Json;
    expect(detailed.OutputType).toBe('oss');
    expect(String(detailed.FileURL)).toContain('Expires=');
    expect((detailed.VideoStreamList as Json[])[0]).toMatchObject({ CodecName: 'h264', Width: '1920' });
    expect((detailed.AudioStreamList as Json[])[0]).toMatchObject({ CodecName: 'aac' });
  });

  it('GetMezzanineInfo answers the spec errors', async () => {
    await expectError(sandbox, 'GetMezzanineInfo', { VideoId: 'nope' }, 'InvalidVideo.NotFound', 404);
    await expectError(sandbox, 'GetMezzanineInfo', { VideoId: byTitle('Product launch'), OutputType: 'oss', AuthTimeout: '2592001' }, 'InvalidParameter', 400);
  });
});

describe('videos: updates', () => {
  it('UpdateVideoInfo changes only the given fields', async () => {
    const id = byTitle('Podcast');
    const category = categoryId('Courses');
    await ok(sandbox, 'UpdateVideoInfo', { VideoId: id, Title: 'Podcast episode 12 (remastered)', Tags: 'podcast, audio', CateId: String(category) });
    const video = (await ok(sandbox, 'GetVideoInfo', { VideoId: id })).Video as Json;
    expect(video).toMatchObject({ Title: 'Podcast episode 12 (remastered)', Tags: 'podcast,audio', CateId: category, CateName: 'Courses' });
  });

  it('UpdateVideoInfo enforces the limits and the category', async () => {
    const id = byTitle('Podcast');
    await expectError(sandbox, 'UpdateVideoInfo', { VideoId: id, Title: '标'.repeat(43) }, 'InvalidParameter', 400);
    await expectError(sandbox, 'UpdateVideoInfo', { VideoId: id, Tags: Array.from({ length: 17 }, (_, i) => `t${i}`).join(',') }, 'InvalidParameter', 400);
    await expectError(sandbox, 'UpdateVideoInfo', { VideoId: id, CateId: '42' }, 'InvalidCateId.NotFound', 404);
    await expectError(sandbox, 'UpdateVideoInfo', { VideoId: 'nope', Title: 'x' }, 'InvalidVideo.NotFound', 404);
  });

  it('UpdateVideoInfos updates several videos and lists unknown IDs', async () => {
    const [a, b] = [byTitle('Getting started'), byTitle('云原生')];
    const body = await ok(sandbox, 'UpdateVideoInfos', {
      UpdateContent: JSON.stringify([{ VideoId: a, Description: 'Updated tour' }, { VideoId: b, Tags: '云原生,k8s' }, { VideoId: 'ghost', Title: 'x' }]),
    });
    expect(body).toMatchObject({ NonExistVideoIds: ['ghost'], ForbiddenVideoIds: [] });
    const list = (await ok(sandbox, 'GetVideoInfos', { VideoIds: `${a},${b}` })).VideoList as Json[];
    expect(list[0]).toMatchObject({ Description: 'Updated tour', Title: 'Getting started with ApsaraVideo VOD' });
    expect(list[1]).toMatchObject({ Tags: '云原生,k8s' });
  });

  it('UpdateVideoInfos refuses more than 20 items and is all-or-nothing', async () => {
    const many = Array.from({ length: 21 }, (_, i) => ({ VideoId: `v${i}`, Title: 't' }));
    await expectError(sandbox, 'UpdateVideoInfos', { UpdateContent: JSON.stringify(many) }, 'CountExceededMax', 400);
    const id = byTitle('Getting started');
    await expectError(sandbox, 'UpdateVideoInfos', { UpdateContent: JSON.stringify([{ VideoId: id, Title: 'Changed' }, { VideoId: id, CateId: 42 }]) }, 'InvalidCateId.NotFound', 404);
    expect(((await ok(sandbox, 'GetVideoInfo', { VideoId: id })).Video as Json).Title).toBe('Getting started with ApsaraVideo VOD');
  });
});

describe('videos: deletions', () => {
  it('DeleteStream removes streams by job ID', async () => {
    const video = videos().find((candidate) => candidate.Title.startsWith('Product launch'))!;
    const jobId = video.Streams[0]!.JobId;
    await expectError(sandbox, 'DeleteStream', { VideoId: video.VideoId, JobIds: 'not-a-job' }, 'InvalidStream.NotFound', 404);
    await ok(sandbox, 'DeleteStream', { VideoId: video.VideoId, JobIds: jobId });
    await expectError(sandbox, 'DeleteStream', { VideoId: video.VideoId, JobIds: jobId }, 'InvalidStream.NotFound', 404);
    await expectError(sandbox, 'DeleteStream', { VideoId: 'nope', JobIds: jobId }, 'InvalidVideo.NotFound', 404);
    await expectError(sandbox, 'DeleteStream', { VideoId: video.VideoId, JobIds: Array.from({ length: 21 }, (_, i) => `j${i}`).join(',') }, 'JobIdsExceededMax', 400);
  });

  it('DeleteMezzanines removes source files, keeping no-transcode sources unless forced', async () => {
    const [transcoded, original] = sandbox.generateMedia(2);
    // Setup only: mark the second as played from its source (no transcoding).
    sandbox.state.data.videos[original!]!.TemplateGroupId = 'VOD_NO_TRANSCODE';
    const body = await ok(sandbox, 'DeleteMezzanines', { VideoIds: `${transcoded},${original},ghost` });
    expect(body).toMatchObject({ NonExistVideoIds: ['ghost'], UnRemoveableVideoIds: [original] });
    await expectError(sandbox, 'GetMezzanineInfo', { VideoId: transcoded! }, 'InvalidFile.NotFound', 404);
    await ok(sandbox, 'GetMezzanineInfo', { VideoId: original! });

    const forced = await ok(sandbox, 'DeleteMezzanines', { VideoIds: original!, Force: 'true' });
    expect(forced).toMatchObject({ NonExistVideoIds: [], UnRemoveableVideoIds: [] });
    await expectError(sandbox, 'GetMezzanineInfo', { VideoId: original! }, 'InvalidFile.NotFound', 404);
    expect(((await ok(sandbox, 'GetVideoInfo', { VideoId: original! })).Video as Json).Status).toBe('Normal');
  });

  it('DeleteVideo deletes videos with their derived images and reports unknown IDs', async () => {
    const [id] = sandbox.generateMedia(1);
    // Setup only: SubmitDynamicImageJob (processing family) writes these records.
    sandbox.state.data.dynamicImages['dyn-of-doomed'] = { DynamicImageId: 'dyn-of-doomed', JobId: 'job-d', VideoId: id!, Format: 'gif', FileURL: 'http://x/d.gif', Status: 'Success', CreationTime: '2026-01-01T00:00:00Z' };
    expect(((await ok(sandbox, 'ListDynamicImage', { VideoId: id! })).DynamicImageList as Json[]).length).toBe(1);
    const body = await ok(sandbox, 'DeleteVideo', { VideoIds: `${id},ghost` });
    expect(body).toMatchObject({ NonExistVideoIds: ['ghost'], ForbiddenVideoIds: [] });
    await expectError(sandbox, 'GetVideoInfo', { VideoId: id! }, 'InvalidVideo.NotFound', 404);
    expect((await ok(sandbox, 'ListDynamicImage', { VideoId: id! })).DynamicImageList).toEqual([]);
    await expectError(sandbox, 'DeleteVideo', { VideoIds: id! }, 'InvalidVideo.NotFound', 404);
    await expectError(sandbox, 'DeleteVideo', { VideoIds: Array.from({ length: 21 }, (_, i) => `v${i}`).join(',') }, 'VideoIdsExceededMax', 400);
  });
});

describe('images', () => {
  const images = () => Object.values(sandbox.state.data.images);

  it('GetImageInfo returns the image and its source file', async () => {
    const image = images().find((candidate) => candidate.Title === 'Course banner')!;
    const info = (await ok(sandbox, 'GetImageInfo', { ImageId: image.ImageId, OutputType: 'cdn', AuthTimeout: '3600' })).ImageInfo as Json;
    expect(info).toMatchObject({ ImageId: image.ImageId, Title: 'Course banner', ImageType: 'default', Status: 'Normal' });
    expect(info.Mezzanine).toMatchObject({ OriginalFileName: 'course-banner.png', Width: 1200, Height: 400, FileSize: '182344' });
    await expectError(sandbox, 'GetImageInfo', { ImageId: 'nope' }, 'NoSuchResource', 404);
  });

  it('UpdateImageInfos changes images and lists unknown IDs', async () => {
    const image = images().find((candidate) => candidate.Title === 'Keynote poster')!;
    const category = categoryId('Marketing');
    const body = await ok(sandbox, 'UpdateImageInfos', {
      UpdateContent: JSON.stringify([{ ImageId: image.ImageId, Title: 'Keynote poster v2', Tags: 'keynote,2026', CateId: category }, { ImageId: 'ghost', Title: 'x' }]),
    });
    expect(body.NonExistImageIds).toEqual(['ghost']);
    const info = (await ok(sandbox, 'GetImageInfo', { ImageId: image.ImageId })).ImageInfo as Json;
    expect(info).toMatchObject({ Title: 'Keynote poster v2', Tags: 'keynote,2026', CateId: category });
    await expectError(sandbox, 'UpdateImageInfos', { UpdateContent: JSON.stringify([{ ImageId: image.ImageId, Title: 'party 🎉' }]) }, 'InvalidParameter', 400);
  });

  it('DeleteImage deletes by ID and by URL, and answers 404 when nothing matches', async () => {
    const logo = images().find((candidate) => candidate.Title === 'Brand logo')!;
    await ok(sandbox, 'DeleteImage', { DeleteImageType: 'ImageId', ImageIds: logo.ImageId });
    await expectError(sandbox, 'GetImageInfo', { ImageId: logo.ImageId }, 'NoSuchResource', 404);
    await expectError(sandbox, 'DeleteImage', { DeleteImageType: 'ImageId', ImageIds: logo.ImageId }, 'NoSuchResource', 404);

    const banner = images().find((candidate) => candidate.Title === 'Course banner')!;
    await ok(sandbox, 'DeleteImage', { DeleteImageType: 'ImageURL', ImageURLs: banner.URL });
    await expectError(sandbox, 'GetImageInfo', { ImageId: banner.ImageId }, 'NoSuchResource', 404);
  });
});

describe('snapshots', () => {
  it('ListSnapshots returns the cover snapshots of a transcoded video, paged', async () => {
    const id = byTitle('云原生');
    const first = (await ok(sandbox, 'ListSnapshots', { VideoId: id, PageSize: '2' })).MediaSnapshot as Json;
    expect(first.Total).toBe(3);
    expect((first.Snapshots as Json[]).map((snapshot) => snapshot.Index)).toEqual([1, 2]);
    const second = (await ok(sandbox, 'ListSnapshots', { VideoId: id, PageSize: '2', PageNo: '2' })).MediaSnapshot as Json;
    expect((second.Snapshots as Json[]).map((snapshot) => snapshot.Index)).toEqual([3]);
  });

  it('ListSnapshots reads the latest snapshot job of the type; DeleteImage by video removes it', async () => {
    // The demo seeds one finished NormalSnapshot job for the first Normal video.
    const job = Object.values(sandbox.state.data.snapshotJobs).find((candidate) => candidate.SnapshotType === 'NormalSnapshot')!;
    expect(job.VideoId).toBe(byTitle('Getting started'));
    const snapshot = (await ok(sandbox, 'ListSnapshots', { VideoId: job.VideoId, SnapshotType: 'NormalSnapshot' })).MediaSnapshot as Json;
    expect(snapshot).toMatchObject({ JobId: job.JobId, Total: job.Urls.length });
    expect(String(snapshot.Regular)).toContain('{SnapshotCount}');

    await ok(sandbox, 'DeleteImage', { DeleteImageType: 'VideoId', VideoId: job.VideoId, ImageType: 'NormalSnapshot' });
    expect(((await ok(sandbox, 'ListSnapshots', { VideoId: job.VideoId, SnapshotType: 'NormalSnapshot' })).MediaSnapshot as Json).Total).toBe(0);
    await expectError(sandbox, 'DeleteImage', { DeleteImageType: 'VideoId', VideoId: job.VideoId, ImageType: 'NormalSnapshot' }, 'NoSuchResource', 404);
  });

  it('ListSnapshots answers the spec errors', async () => {
    await expectError(sandbox, 'ListSnapshots', { VideoId: 'nope' }, 'InvalidVideo.NotFound', 404);
    await expectError(sandbox, 'ListSnapshots', { VideoId: byTitle('Upload in progress') }, 'Forbidden.IllegalStatus', 400);
  });
});

describe('attached media', () => {
  const watermark = () => Object.values(sandbox.state.data.attachedMedia).find((media) => media.Title === 'Corner watermark')!;

  it('GetAttachedMediaInfo returns files and unknown IDs', async () => {
    const id = watermark().MediaId;
    const body = await ok(sandbox, 'GetAttachedMediaInfo', { MediaIds: `${id},ghost`, OutputType: 'oss' });
    expect(body.NonExistMediaIds).toEqual(['ghost']);
    expect((body.AttachedMediaList as Json[])[0]).toMatchObject({ MediaId: id, Type: 'watermark', Status: 'Normal', Categories: [] });
    await expectError(sandbox, 'GetAttachedMediaInfo', { MediaIds: Array.from({ length: 21 }, (_, i) => `m${i}`).join(',') }, 'ExceededMax', 400);
  });

  it('UpdateAttachedMediaInfos sets title and categories', async () => {
    const id = watermark().MediaId;
    const [first, second] = [categoryId('Courses'), categoryId('Serverless')];
    const body = await ok(sandbox, 'UpdateAttachedMediaInfos', { UpdateContent: JSON.stringify([{ MediaId: id, Title: 'Corner watermark', Description: 'White, 10%', CateIds: `${first},${second}` }]) });
    expect(body.NonExistMediaIds).toEqual([]);
    const media = ((await ok(sandbox, 'GetAttachedMediaInfo', { MediaIds: id })).AttachedMediaList as Json[])[0]!;
    expect(media.Description).toBe('White, 10%');
    expect((media.Categories as Json[]).map((category) => category.CateId)).toEqual([first, second]);
    await expectError(sandbox, 'UpdateAttachedMediaInfos', { UpdateContent: JSON.stringify([{ MediaId: id, CateIds: '42' }]) }, 'InvalidCateId.NotFound', 404);
  });

  it('DeleteAttachedMedia deletes files and lists unknown IDs', async () => {
    const id = watermark().MediaId;
    expect(await ok(sandbox, 'DeleteAttachedMedia', { MediaIds: `${id},ghost` })).toMatchObject({ NonExistMediaIds: ['ghost'] });
    expect((await ok(sandbox, 'GetAttachedMediaInfo', { MediaIds: id })).NonExistMediaIds).toEqual([id]);
  });
});

describe('animated images', () => {
  it('the demo has an animated image for the first Normal video', async () => {
    const listed = (await ok(sandbox, 'ListDynamicImage', { VideoId: byTitle('Getting started') })).DynamicImageList as Json[];
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ Format: 'gif', Width: '640', Height: '360' });
    expect(await ok(sandbox, 'ListDynamicImage', { VideoId: 'unknown' })).toMatchObject({ DynamicImageList: [] });
  });

  it('ListDynamicImage lists finished images; DeleteDynamicImage removes them', async () => {
    const id = byTitle('Product launch');
    const add = (n: number) => {
      // Setup only: SubmitDynamicImageJob (processing family) writes these records.
      const key = `dyn-${n}`;
      sandbox.state.data.dynamicImages[key] = { DynamicImageId: key, JobId: `job-${n}`, VideoId: id, Format: 'gif', FileURL: `http://x/${key}.gif`, Status: n === 3 ? 'Processing' : 'Success', CreationTime: '2026-01-01T00:00:00Z' };
    };
    [1, 2, 3].forEach(add);
    const listed = (await ok(sandbox, 'ListDynamicImage', { VideoId: id })).DynamicImageList as Json[];
    expect(listed.map((image) => image.DynamicImageId)).toEqual(['dyn-1', 'dyn-2']);
    expect(listed[0]).toMatchObject({ VideoId: id, JobId: 'job-1', Format: 'gif' });

    await ok(sandbox, 'DeleteDynamicImage', { VideoId: id, DynamicImageIds: 'dyn-1' });
    expect(((await ok(sandbox, 'ListDynamicImage', { VideoId: id })).DynamicImageList as Json[]).map((image) => image.DynamicImageId)).toEqual(['dyn-2']);
    await ok(sandbox, 'DeleteDynamicImage', { VideoId: id });
    expect((await ok(sandbox, 'ListDynamicImage', { VideoId: id })).DynamicImageList).toEqual([]);
  });

  it('DeleteDynamicImage without IDs refuses videos with more than 10 images', async () => {
    const id = byTitle('云原生');
    for (let n = 0; n < 11; n++) {
      sandbox.state.data.dynamicImages[`many-${n}`] = { DynamicImageId: `many-${n}`, JobId: `job-m${n}`, VideoId: id, Format: 'webp', FileURL: `http://x/m${n}.webp`, Status: 'Success', CreationTime: '2026-01-01T00:00:00Z' };
    }
    await expectError(sandbox, 'DeleteDynamicImage', { VideoId: id }, 'InvalidParameter', 400);
    await expectError(sandbox, 'DeleteDynamicImage', { VideoId: id, DynamicImageIds: Array.from({ length: 11 }, (_, n) => `many-${n}`).join(',') }, 'InvalidParameter', 400);
  });
});
