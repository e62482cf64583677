import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';
import { authTimeout, checkOssTimeout, outputType } from './media-fields.js';
import { exactlyOneOf, videoOrReferenceId } from '../spec-shapes.js';

const audioStream = out.obj({
  Index: out.str(),
  CodecName: out.str(),
  CodecLongName: out.str(),
  SampleRate: out.str(),
  Channels: out.str(),
  ChannelLayout: out.str(),
  Bitrate: out.str(),
  Duration: out.str(),
});

const videoStream = out.obj({
  Index: out.str(),
  CodecName: out.str(),
  CodecLongName: out.str(),
  Profile: out.str(),
  Width: out.str(),
  Height: out.str(),
  Fps: out.str(),
  AvgFPS: out.str(),
  Bitrate: out.str(),
  Duration: out.str(),
  PixFmt: out.str(),
  Rotate: out.str(),
  HDRType: out.str(),
});

export const getMezzanineInfo = defineTool({
  action: 'GetMezzanineInfo',
  title: 'Get source file info',
  toolset: 'media',
  tier: 'read',
  tierReason: 'Reads source file information.',
  description:
    'Get a video’s source (mezzanine) file: URL, size, duration, resolution, bitrate; add AdditionType for per-stream codec details. 404 InvalidFile.NotFound once the source was deleted.',
  input: exactlyOneOf(
    z
      .strictObject({
        ...videoOrReferenceId(),
        AuthTimeout: authTimeout().optional(),
        OutputType: outputType().optional(),
        AdditionType: z.array(z.enum(['video', 'audio'])).min(1).max(2).describe('Stream details to add.').optional(),
      })
      .superRefine(checkOssTimeout),
    'VideoId',
    'ReferenceId',
  ),
  output: response({
    Mezzanine: out
      .obj({
        VideoId: out.str(),
        FileName: out.str(),
        FileURL: out.str(),
        OutputType: out.str(),
        Status: out.str(),
        CreationTime: out.str(),
        Size: out.long(),
        Duration: out.str(),
        Width: out.long(),
        Height: out.long(),
        Fps: out.str(),
        Bitrate: out.str(),
        AudioStreamList: out.list(audioStream),
        VideoStreamList: out.list(videoStream),
      })
      .optional(),
  }),
});
