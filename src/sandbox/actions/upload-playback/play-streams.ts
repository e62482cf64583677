import type { SandboxEnv } from '../../action-context.js';
import { NO_TRANSCODE_GROUP_ID } from '../../state/media-lifecycle.js';
import type { PlayStream, VideoRecord } from '../../state/records.js';
import { extensionOf } from './upload-rules.js';

/** Formats that play without transcoding when the "no transcode" group was used. */
const DIRECT_PLAY_FORMATS = new Set(['mp4', 'flv', 'mp3', 'm3u8', 'webm']);
export const DEFINITION_ORDER = ['FD', 'LD', 'SD', 'HD', 'FHD', '2K', '4K', 'OD', 'SQ', 'HQ', 'AUTO'];

/** Playable streams: transcoded ones, or the source itself (OD) for an untranscoded directly playable file. */
export function playableStreams(env: SandboxEnv, video: VideoRecord): { streams: PlayStream[]; transcoded: boolean } {
  const streams = video.Streams.filter((stream) => stream.Status === 'Normal');
  if (streams.length || video.Status !== 'Normal' || !video.HasMezzanine) return { streams, transcoded: true };
  const format = extensionOf(video.FileName);
  if (video.TemplateGroupId !== NO_TRANSCODE_GROUP_ID || !format || !DIRECT_PLAY_FORMATS.has(format)) return { streams, transcoded: true };
  const audio = video.MediaType === 'audio' || format === 'mp3';
  const source: PlayStream = {
    JobId: video.VideoId,
    Definition: 'OD',
    Format: format,
    StreamType: audio ? 'audio' : 'video',
    Bitrate: audio ? '128' : '2000',
    Width: audio ? 0 : 1920,
    Height: audio ? 0 : 1080,
    Fps: audio ? '0' : '25',
    Duration: (video.Duration ?? 0).toFixed(3),
    Size: video.Size ?? 0,
    Encrypt: 0,
    NarrowBandType: '0',
    PlayURL: `${env.baseUrl}/play/${video.VideoId}/od.${format}`,
    Status: 'Normal',
    CreationTime: video.CreationTime,
    ModificationTime: video.ModificationTime,
  };
  return { streams: [source], transcoded: false };
}

/** ResultType=Single: the newest stream per definition and format. */
export function newestPerDefinitionAndFormat(streams: PlayStream[]): PlayStream[] {
  const newest = new Map<string, PlayStream>();
  for (const stream of streams) {
    const key = `${stream.Definition}|${stream.Format}`;
    const current = newest.get(key);
    if (!current || stream.CreationTime > current.CreationTime) newest.set(key, stream);
  }
  return [...newest.values()];
}

export function byDefinition(a: PlayStream, b: PlayStream): number {
  const rank = (stream: PlayStream) => {
    const index = DEFINITION_ORDER.indexOf(stream.Definition);
    return index < 0 ? DEFINITION_ORDER.length : index;
  };
  return rank(a) - rank(b) || a.Format.localeCompare(b.Format);
}
