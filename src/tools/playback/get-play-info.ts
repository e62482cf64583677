import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';
import { exactlyOneOf, videoOrReferenceId } from '../spec-shapes.js';

const OSS_MAX_AUTH_TIMEOUT = 2_592_000;

const playInfo = out.obj({
  Definition: out.str(),
  Format: out.str(),
  StreamType: out.str(),
  PlayURL: out.str(),
  Bitrate: out.str(),
  Width: out.long(),
  Height: out.long(),
  Fps: out.str(),
  Duration: out.str(),
  Size: out.long(),
  Encrypt: out.long(),
  EncryptType: out.str(),
  Specification: out.str(),
  NarrowBandType: out.str(),
  HDRType: out.str(),
  BitDepth: out.num(),
  WatermarkId: out.str(),
  JobId: out.str(),
  Status: out.str(),
  CreationTime: out.str(),
  ModificationTime: out.str(),
});

export const getPlayInfo = defineTool({
  action: 'GetPlayInfo',
  title: 'Get play URLs',
  toolset: 'playback',
  tier: 'read',
  tierReason: 'Reads a video’s playable streams and URLs.',
  description:
    'Get play URLs of a Normal audio/video’s transcoded streams (definition, format, size, bitrate) plus basic info, filtered by format, stream type and definition. ' +
    'AuthTimeout sets signed-URL lifetime.',
  input: exactlyOneOf(
    z
    .strictObject({
      ...videoOrReferenceId(),
      Formats: z.array(z.enum(['mp4', 'm3u8', 'mp3', 'mpd'])).min(1).max(4).optional().describe('Stream formats (default all).'),
      StreamType: z.array(z.enum(['video', 'audio'])).min(1).max(2).optional().describe('Stream types (default all).'),
      Definition: z
        .array(z.enum(['FD', 'LD', 'SD', 'HD', 'OD', '2K', '4K', 'SQ', 'HQ', 'AUTO']))
        .min(1)
        .max(10)
        .optional()
        .describe('Definitions (default all).'),
      ResultType: z.enum(['Single', 'Multiple']).optional().describe('Single: latest stream per definition+format (default).'),
      OutputType: z.enum(['oss', 'cdn']).optional().describe('URL type (default cdn).'),
      AuthTimeout: z.number().int().min(1).optional().describe('Signed URL lifetime, seconds; oss max 2592000.'),
      ReAuthInfo: z.strictObject({ uid: z.string().optional(), rand: z.string().optional() }).optional().describe('CDN URL-auth uid and rand.'),
      PlayConfig: z
        .strictObject({
          PlayDomain: z.string().min(1).optional(),
          XForwardedFor: z.string().optional(),
          PreviewTime: z.string().regex(/^[1-9]\d*$/, 'seconds as a positive integer').optional(),
          MtsHlsUriToken: z.string().optional(),
          EncryptType: z.enum(['Unencrypted', 'AliyunVoDEncryption', 'HLSEncryption']).optional(),
        })
        .optional()
        .describe('Play domain, preview seconds, encryption filter.'),
      AdditionType: z.enum(['danmu']).optional().describe('danmu: also return the danmaku mask URL.'),
      CodecName: z.string().min(1).optional().describe('Codec filter, e.g. H264.'),
      DigitalWatermarkType: z.enum(['TraceMark', 'CopyrightMark']).optional().describe('Digital watermark of the streams.'),
      Trace: z.string().min(1).max(1024).optional().describe('TraceMark: trace text; CopyrightMark: the template text.'),
    })
    .refine((args) => args.OutputType !== 'oss' || args.AuthTimeout === undefined || args.AuthTimeout <= OSS_MAX_AUTH_TIMEOUT, {
      message: `AuthTimeout is at most ${OSS_MAX_AUTH_TIMEOUT} when OutputType is oss`,
      path: ['AuthTimeout'],
    })
    .refine((args) => args.Trace === undefined || args.DigitalWatermarkType !== undefined, { message: 'Trace needs DigitalWatermarkType', path: ['Trace'] }),
    'VideoId',
    'ReferenceId',
  ),
  output: response({
    VideoBase: out
      .obj({
        VideoId: out.str(),
        Title: out.str(),
        CoverURL: out.str(),
        Duration: out.str(),
        Status: out.str(),
        MediaType: out.str(),
        CreationTime: out.str(),
        OutputType: out.str(),
        TranscodeMode: out.str(),
        DanMuURL: out.str(),
      })
      .optional(),
    PlayInfoList: out.list(playInfo),
  }),
});
