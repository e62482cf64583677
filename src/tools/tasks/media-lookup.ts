import { listOf, str, VodApiError, type VodApi } from '../../client/index.js';
import { unlessNotFound } from './not-found.js';

/** The key facts of one media item, in the API's field names (what wait_for_media returns beside the status). */
export interface MediaFacts {
  Status?: string | undefined;
  Title?: string | undefined;
  MediaType?: string | undefined;
  Duration?: number | undefined;
  Size?: number | undefined;
  CoverURL?: string | undefined;
  URL?: string | undefined;
  Width?: number | undefined;
  Height?: number | undefined;
  StorageClass?: string | undefined;
  CreationTime?: string | undefined;
}

export type MediaKind = 'video' | 'image' | 'attached';

/** The media's current facts, or undefined when the ID names nothing. */
export type MediaLookup = (api: VodApi, id: string, signal: AbortSignal | undefined) => Promise<MediaFacts | undefined>;

const num = (value: unknown) => (value === undefined || value === null || value === '' || !Number.isFinite(Number(value)) ? undefined : Number(value));
const record = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {});

const lookUpVideo: MediaLookup = async (api, id, signal) => {
  const answer = await unlessNotFound(() => api.call('GetVideoInfo', { VideoId: id }, { idempotent: true, signal }));
  if (!answer?.Video) return undefined;
  const video = record(answer.Video);
  return {
    Status: str(video.Status),
    Title: str(video.Title),
    Duration: num(video.Duration),
    Size: num(video.Size),
    CoverURL: str(video.CoverURL),
    StorageClass: str(video.StorageClass),
    CreationTime: str(video.CreationTime),
  };
};

const lookUpImage: MediaLookup = async (api, id, signal) => {
  const answer = await unlessNotFound(() => api.call('GetImageInfo', { ImageId: id }, { idempotent: true, signal }));
  if (!answer?.ImageInfo) return undefined;
  const image = record(answer.ImageInfo);
  const mezzanine = record(image.Mezzanine);
  return {
    Status: str(image.Status),
    Title: str(image.Title),
    URL: str(image.URL),
    Size: num(mezzanine.FileSize),
    Width: num(mezzanine.Width),
    Height: num(mezzanine.Height),
    CreationTime: str(image.CreationTime),
  };
};

const lookUpAttached: MediaLookup = async (api, id, signal) => {
  const answer = await unlessNotFound(() => api.call('GetAttachedMediaInfo', { MediaIds: id }, { idempotent: true, signal }));
  const media = listOf(answer, 'AttachedMediaList').find((item) => item.MediaId === id);
  if (!media) return undefined;
  return {
    Status: str(media.Status),
    Title: str(media.Title),
    MediaType: 'attached',
    URL: str(media.URL),
    CreationTime: str(media.CreationTime),
  };
};

export const MEDIA_LOOKUPS: Record<MediaKind, MediaLookup> = { video: lookUpVideo, image: lookUpImage, attached: lookUpAttached };

/** Whether the video has play streams (GetPlayInfo), with their definitions and formats; no URLs. */
export async function playInfoOf(api: VodApi, videoId: string, signal: AbortSignal | undefined): Promise<PlayInfoSummary> {
  try {
    const answer = await api.call('GetPlayInfo', { VideoId: videoId }, { idempotent: true, signal });
    const streams = listOf(answer, 'PlayInfoList');
    const distinct = (field: string) => [...new Set(streams.map((stream) => str(stream[field])).filter((value): value is string => value !== undefined))];
    return { Available: streams.length > 0, Streams: streams.length, Definitions: distinct('Definition'), Formats: distinct('Format') };
  } catch (error) {
    // No stream yet (InvalidVideo.NoneStream), an illegal status...: the answer is "no play info", with the reason.
    if (!(error instanceof VodApiError) || error.code === 'Aborted') throw error;
    return { Available: false, Streams: 0, Definitions: [], Formats: [], ErrorCode: error.code };
  }
}

export interface PlayInfoSummary {
  Available: boolean;
  Streams: number;
  Definitions: string[];
  Formats: string[];
  ErrorCode?: string;
}
