import type { ActionHandler } from '../../action-context.js';
import type { PlayStream, VideoRecord } from '../../state/records.js';
import { audioStream, sourceFileFacts, videoStream } from './get-mezzanine-info.js';
import { streamView } from './stream-view.js';
import { findVideo, videoByReferenceId } from './video-lookup.js';
import { compact, omit, videoView } from './video-view.js';

/** The source file as BatchGetMediaInfos' MezzanineInfo (the fields GetMezzanineInfo has, streams included). */
function mezzanineInfo(video: VideoRecord): Record<string, unknown> | undefined {
  if (!video.HasMezzanine) return undefined;
  const { duration, audioOnly, fields } = sourceFileFacts(video);
  return compact({
    MediaId: video.VideoId,
    FileName: video.FileName,
    FileURL: video.FileURL,
    Status: 'Normal',
    CreationTime: video.CreationTime,
    ...fields,
    AudioStreamList: [audioStream(duration)],
    VideoStreamList: audioOnly ? undefined : [videoStream(video, duration)],
  });
}

function playInfo(video: VideoRecord, stream: PlayStream): Record<string, unknown> {
  return compact({
    ...streamView(stream, stream.PlayURL),
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
