import type { ActionHandler } from '../../action-context.js';
import { mediaFacts } from '../../state/media-lifecycle.js';
import type { PlayStream, VideoRecord } from '../../state/records.js';
import { audioStream, SOURCE_FPS, SOURCE_HEIGHT, SOURCE_WIDTH, videoStream } from './get-mezzanine-info.js';
import { findVideo, videoByReferenceId } from './video-lookup.js';
import { compact, omit, videoView } from './video-view.js';

/** The source file as BatchGetMediaInfos' MezzanineInfo (the fields GetMezzanineInfo has, streams included). */
function mezzanineInfo(video: VideoRecord): Record<string, unknown> | undefined {
  if (!video.HasMezzanine) return undefined;
  const duration = video.Duration ?? mediaFacts(video.VideoId).duration;
  const size = video.Size ?? mediaFacts(video.VideoId).size;
  const audioOnly = video.MediaType === 'audio';
  return compact({
    MediaId: video.VideoId,
    FileName: video.FileName,
    FileURL: video.FileURL,
    Status: 'Normal',
    CreationTime: video.CreationTime,
    Size: size,
    Duration: duration.toFixed(4),
    Width: audioOnly ? undefined : SOURCE_WIDTH,
    Height: audioOnly ? undefined : SOURCE_HEIGHT,
    Fps: audioOnly ? undefined : SOURCE_FPS,
    Bitrate: ((size * 8) / duration / 1000).toFixed(4),
    AudioStreamList: [audioStream(duration)],
    VideoStreamList: audioOnly ? undefined : [videoStream(video, duration)],
  });
}

function playInfo(video: VideoRecord, stream: PlayStream): Record<string, unknown> {
  return compact({
    JobId: stream.JobId,
    Definition: stream.Definition,
    Format: stream.Format,
    StreamType: stream.StreamType,
    PlayURL: stream.PlayURL,
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
    TemplateId: stream.TemplateId,
    TemplateGroupId: stream.TemplateId ? video.TemplateGroupId : undefined,
  });
}

/**
 * Up to 20 media by MediaIds, plus up to 20 by ReferenceIds: basic info (with StorageClass and restore state),
 * source file and streams. Unknown IDs are listed, not an error.
 */
export const batchGetMediaInfos: ActionHandler = (context) => {
  const ids = [...new Set(context.list('MediaIds', { required: true, max: 20 }))];
  const references = [...new Set(context.list('ReferenceIds', { max: 20 }))];
  const byReference = references.map((reference) => videoByReferenceId(context, reference));
  const found = new Map<string, VideoRecord>();
  for (const video of [...ids.map((id) => findVideo(context, id)), ...byReference]) if (video) found.set(video.VideoId, video);
  return {
    MediaInfos: [...found.values()].map((video) => ({
      MediaId: video.VideoId,
      MediaInfo: compact({ MediaId: video.VideoId, ...omit(videoView(context, video), 'VideoId', 'Duration', 'Size', 'RegionId', 'AuditStatus'), UserData: video.UserData }),
      ...(video.HasMezzanine ? { MezzanineInfo: mezzanineInfo(video) } : {}),
      PlayInfoList: video.Streams.map((stream) => playInfo(video, stream)),
    })),
    NonExistMediaIds: ids.filter((id) => !findVideo(context, id)),
    ...(references.length ? { NonExistReferenceIds: references.filter((_, index) => !byReference[index]) } : {}),
  };
};
