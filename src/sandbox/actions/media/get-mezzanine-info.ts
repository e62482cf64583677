import type { ActionHandler } from '../../action-context.js';
import { invalidParameter, SandboxError } from '../../errors.js';
import { mediaFacts } from '../../state/media-lifecycle.js';
import type { VideoRecord } from '../../state/records.js';
import { accessUrl } from './url-auth.js';
import { requireVideo, videoIdOf } from './video-lookup.js';
import { compact } from './video-view.js';

export const SOURCE_WIDTH = 1920;
export const SOURCE_HEIGHT = 1080;
export const SOURCE_FPS = '25.0000';

/** The source file's size, duration, picture and bitrate, as GetMezzanineInfo and BatchGetMediaInfos state them. */
export function sourceFileFacts(video: VideoRecord) {
  const duration = video.Duration ?? mediaFacts(video.VideoId).duration;
  const size = video.Size ?? mediaFacts(video.VideoId).size;
  const audioOnly = video.MediaType === 'audio';
  return {
    duration,
    audioOnly,
    fields: {
      Size: size,
      Duration: duration.toFixed(4),
      Width: audioOnly ? undefined : SOURCE_WIDTH,
      Height: audioOnly ? undefined : SOURCE_HEIGHT,
      Fps: audioOnly ? undefined : SOURCE_FPS,
      Bitrate: ((size * 8) / duration / 1000).toFixed(4),
    },
  };
}

export const getMezzanineInfo: ActionHandler = (context) => {
  const video = requireVideo(context, videoIdOf(context));
  const additions = context.list('AdditionType');
  const unknown = additions.find((type) => type !== 'video' && type !== 'audio');
  if (unknown) throw invalidParameter('AdditionType', 'Allowed values: video, audio.');
  if (!video.HasMezzanine) throw new SandboxError('InvalidFile.NotFound', 'The file does not exist.', 404);
  const { url, outputType } = accessUrl(context, { oss: video.FileURL, cdn: video.FileURL }, { defaultTimeout: 1800 });
  const { duration, audioOnly, fields } = sourceFileFacts(video);
  return {
    Mezzanine: compact({
      VideoId: video.VideoId,
      FileName: video.FileName,
      FileURL: url,
      OutputType: outputType,
      Status: 'Normal',
      CreationTime: video.CreationTime,
      ...fields,
      AudioStreamList: additions.includes('audio') ? [audioStream(duration)] : undefined,
      VideoStreamList: additions.includes('video') && !audioOnly ? [videoStream(video, duration)] : undefined,
    }),
  };
};

export function audioStream(duration: number): Record<string, string> {
  return {
    Index: '0',
    CodecName: 'aac',
    CodecLongName: 'AAC (Advanced Audio Coding)',
    CodecTagString: 'mp4a',
    CodecTag: '0x6134706d',
    CodecTimeBase: '1/44100',
    SampleFmt: 'fltp',
    SampleRate: '44100',
    Channels: '2',
    ChannelLayout: 'stereo',
    Lang: 'und',
    Bitrate: '128.000',
    Duration: duration.toFixed(6),
    Timebase: '1/44100',
  };
}

export function videoStream(video: VideoRecord, duration: number): Record<string, string> {
  const fps = SOURCE_FPS.slice(0, 4);
  return {
    Index: '1',
    CodecName: 'h264',
    CodecLongName: 'H.264 / AVC / MPEG-4 AVC / MPEG-4 part 10',
    CodecTagString: 'avc1',
    CodecTag: '0x31637661',
    CodecTimeBase: '1/50',
    Profile: 'High',
    Level: '40',
    PixFmt: 'yuv420p',
    Width: String(SOURCE_WIDTH),
    Height: String(SOURCE_HEIGHT),
    Sar: '1:1',
    Dar: '16:9',
    Fps: fps,
    AvgFPS: fps,
    HasBFrames: '2',
    Rotate: '0',
    Lang: 'und',
    NumFrames: String(Math.round(duration * 25)),
    Bitrate: video.Size ? (((video.Size * 8) / duration / 1000) - 128).toFixed(3) : '1872.000',
    Duration: duration.toFixed(6),
    Timebase: '1/12800',
    HDRType: 'SDR',
  };
}
