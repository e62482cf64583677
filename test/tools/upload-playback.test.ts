import { describe, expect, it } from 'vitest';
import type { AnyTool } from '../../src/tools/define-tool.js';
import { playbackTools } from '../../src/tools/playback/index.js';
import { uploadTools } from '../../src/tools/upload/index.js';
import { expectResponseExample, expectRoundTrip, requestExampleOf } from '../helpers/spec-data.js';
import { manualActions } from '../helpers/manual-data.js';

// The manual's actions (they have spec examples); the metadata's newer ones are tested in storage-media.test.ts.
const MANUAL = new Set(manualActions());
const tools: AnyTool[] = [...uploadTools, ...playbackTools].filter((tool) => MANUAL.has(tool.action));
const byAction = new Map(tools.map((tool) => [tool.action, tool]));
const tool = (action: string): AnyTool => byAction.get(action)!;

describe('upload-playback tools: spec examples', () => {
  it('covers the 12 actions of the group', () => {
    expect(tools.map((t) => t.action).sort()).toEqual(
      [
        'CreateUploadVideo', 'RefreshUploadVideo', 'CreateUploadImage', 'CreateUploadAttachedMedia', 'UploadMediaByURL', 'GetURLUploadInfos',
        'CancelUrlUploadJobs', 'DeleteMultipartUpload', 'GetUploadDetails', 'RegisterMedia', 'GetPlayInfo', 'GetVideoPlayAuth',
      ].sort(),
    );
  });

  it.each(tools.map((t) => [t.action, t] as const))('%s: request example round-trips', (action, t) => expectRoundTrip(t, requestExampleOf(action)));

  it.each(tools.map((t) => [t.action, t] as const))('%s: JSON response example passes the output schema', (_action, t) => expectResponseExample(t));

  it('assigns the tiers', () => {
    expect(Object.fromEntries(tools.map((t) => [t.action, t.tier]))).toEqual({
      CreateUploadVideo: 'write', RefreshUploadVideo: 'write', CreateUploadImage: 'write', CreateUploadAttachedMedia: 'write',
      UploadMediaByURL: 'write', RegisterMedia: 'write', CancelUrlUploadJobs: 'write', DeleteMultipartUpload: 'destructive',
      GetURLUploadInfos: 'read', GetUploadDetails: 'read', GetPlayInfo: 'read', GetVideoPlayAuth: 'read',
    });
  });
});

describe('upload-playback tools: invalid input is refused', () => {
  const refuses = (action: string, args: Record<string, unknown>) => expect(tool(action).input.safeParse(args).success, JSON.stringify(args)).toBe(false);
  const accepts = (action: string, args: Record<string, unknown>) => expect(tool(action).input.safeParse(args).success, JSON.stringify(args)).toBe(true);

  it('CreateUploadVideo', () => {
    accepts('CreateUploadVideo', { Title: '云原生', FileName: 'a.mp4', Tags: ['a', 'b'], UserData: { MessageCallback: { CallbackURL: 'https://cb.example.com/x' } } });
    refuses('CreateUploadVideo', { FileName: 'a.mp4' });
    refuses('CreateUploadVideo', { Title: 't', FileName: 'no-extension' });
    refuses('CreateUploadVideo', { Title: '题'.repeat(43), FileName: 'a.mp4' });
    refuses('CreateUploadVideo', { Title: 'fun 😀', FileName: 'a.mp4' });
    refuses('CreateUploadVideo', { Title: 't', FileName: 'a.mp4', Tags: Array.from({ length: 17 }, (_, i) => `t${i}`) });
    refuses('CreateUploadVideo', { Title: 't', FileName: 'a.mp4', UserData: { MessageCallback: { CallbackURL: 'ftp://x' } } });
  });

  it('RefreshUploadVideo', () => {
    refuses('RefreshUploadVideo', {});
  });

  it('CreateUploadImage', () => {
    refuses('CreateUploadImage', { ImageType: 'banner' });
    refuses('CreateUploadImage', { ImageType: 'default', ImageExt: 'bmp' });
  });

  it('CreateUploadAttachedMedia', () => {
    accepts('CreateUploadAttachedMedia', { BusinessType: 'subtitle', MediaExt: 'vtt' });
    refuses('CreateUploadAttachedMedia', { BusinessType: 'subtitle', MediaExt: 'png' });
    refuses('CreateUploadAttachedMedia', { BusinessType: 'watermark', CateIds: ['1', '2', '3', '4', '5', '6'] });
    refuses('CreateUploadAttachedMedia', {});
  });

  it('UploadMediaByURL', () => {
    accepts('UploadMediaByURL', { UploadURLs: ['https://a.example.com/x.mp4'], UploadMetadatas: [{ SourceURL: 'https://a.example.com/x.mp4', Title: 'x' }] });
    refuses('UploadMediaByURL', { UploadURLs: ['ftp://a.example.com/x.mp4'] });
    refuses('UploadMediaByURL', { UploadURLs: Array.from({ length: 21 }, (_, i) => `https://a.example.com/${i}.mp4`) });
    refuses('UploadMediaByURL', { UploadURLs: ['https://a.example.com/x.mp4'], UploadMetadatas: [{ SourceURL: 'https://a.example.com/x.mp4' }] });
  });

  it('GetURLUploadInfos and CancelUrlUploadJobs need JobIds or URLs, at most 10', () => {
    refuses('GetURLUploadInfos', {});
    refuses('GetURLUploadInfos', { JobIds: Array.from({ length: 11 }, (_, i) => `j${i}`) });
    refuses('CancelUrlUploadJobs', {});
    refuses('CancelUrlUploadJobs', { UploadUrls: ['not a url'] });
  });

  it('DeleteMultipartUpload and GetUploadDetails', () => {
    refuses('DeleteMultipartUpload', { MediaId: 'v', MediaType: 'image' });
    refuses('DeleteMultipartUpload', { MediaType: 'video' });
    refuses('GetUploadDetails', { MediaIds: Array.from({ length: 21 }, (_, i) => `v${i}`) });
    refuses('GetUploadDetails', { MediaIds: [] });
  });

  it('RegisterMedia', () => {
    refuses('RegisterMedia', { RegisterMetadatas: Array.from({ length: 11 }, (_, i) => ({ FileURL: `https://b.oss-cn-shanghai.aliyuncs.com/${i}.mp4`, Title: 't' })) });
    refuses('RegisterMedia', { RegisterMetadatas: [{ Title: 't' }] });
  });

  it('GetPlayInfo', () => {
    accepts('GetPlayInfo', { VideoId: 'v', Formats: ['mp4', 'm3u8'], Definition: ['LD', 'HD'], OutputType: 'oss', AuthTimeout: 2_592_000 });
    refuses('GetPlayInfo', { VideoId: 'v', Formats: ['avi'] });
    refuses('GetPlayInfo', { VideoId: 'v', OutputType: 'oss', AuthTimeout: 2_592_001 });
    refuses('GetPlayInfo', { VideoId: 'v', AuthTimeout: 0 });
    refuses('GetPlayInfo', { VideoId: 'v', ResultType: 'All' });
  });

  it('GetVideoPlayAuth', () => {
    refuses('GetVideoPlayAuth', { VideoId: 'v', AuthInfoTimeout: 99 });
    refuses('GetVideoPlayAuth', { VideoId: 'v', AuthInfoTimeout: 3001 });
    refuses('GetVideoPlayAuth', { VideoId: 'v', ApiVersion: '2.0.0' });
  });
});
