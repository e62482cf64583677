import type { PlayStream } from '../../state/records.js';

/** A stream as GetPlayInfo and BatchGetMediaInfos answer it (PlayInfo), with its play URL as the caller signs it. */
export function streamView(stream: PlayStream, playUrl: string | undefined): Record<string, unknown> {
  return {
    JobId: stream.JobId,
    Definition: stream.Definition,
    Format: stream.Format,
    StreamType: stream.StreamType,
    PlayURL: playUrl,
    Bitrate: stream.Bitrate,
    Width: stream.Width,
    Height: stream.Height,
    Fps: stream.Fps,
    Duration: stream.Duration,
    Size: stream.Size,
    Encrypt: stream.Encrypt,
    EncryptType: stream.EncryptType,
    HDRType: stream.HDRType,
    NarrowBandType: stream.NarrowBandType,
    Specification: `${stream.StreamType === 'audio' ? 'AAC' : 'H264'}.${stream.Definition}`,
    BitDepth: stream.StreamType === 'audio' ? undefined : 8,
    Status: stream.Status,
    CreationTime: stream.CreationTime,
    ModificationTime: stream.ModificationTime,
  };
}
