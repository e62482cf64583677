import type { ActionContext, ActionHandler } from '../../action-context.js';
import { invalidParameter, SandboxError } from '../../errors.js';
import type { PlayStream } from '../../state/records.js';
import { compact } from '../media/video-view.js';
import { byDefinition, newestPerDefinitionAndFormat, playableStreams } from './play-streams.js';
import { signCdnUrl, signOssUrl } from './play-url-signing.js';
import { specFailure } from './upload-rules.js';
import { streamView } from '../media/stream-view.js';
import { videoIdOf } from '../media/video-lookup.js';
import { frozenMedia, playbackBlock } from '../storage/playback-block.js';
import { notePlayMark } from '../jobs/watermark-marks.js';

const ACTION = 'GetPlayInfo';
const FORMATS = ['mp4', 'm3u8', 'mp3', 'mpd'] as const;
const STREAM_TYPES = ['video', 'audio'] as const;
const DEFINITIONS = ['FD', 'LD', 'SD', 'HD', 'OD', '2K', '4K', 'SQ', 'HQ', 'AUTO'] as const;
const OSS_MAX_AUTH_TIMEOUT = 2_592_000;
/** Statuses in which playback is refused outright; other statuses play whatever streams exist. */
export const REFUSED_PLAY_STATUSES = new Set(['Blocked', 'Checking']);

interface PlayFilter {
  formats: string[];
  streamTypes: string[];
  definitions: string[];
  encryptType?: string | undefined;
}

function listOf(context: ActionContext, name: string, allowed: readonly string[]): string[] {
  const items = context.list(name);
  for (const item of items) if (!allowed.includes(item)) throw invalidParameter(name, `Allowed values: ${allowed.join(', ')}.`);
  return items;
}

function noneStream(filter: PlayFilter): SandboxError {
  return new SandboxError(
    'InvalidVideo.NoneStream',
    `The video has no stream to play for the request parameter ‘Formats : ${filter.formats.join(',')}, Definition : ${filter.definitions.join(',')}, StreamType : ${filter.streamTypes.join(',')}’.`,
    404,
  );
}

function matches(stream: PlayStream, filter: PlayFilter): boolean {
  const encrypted = filter.encryptType === 'Unencrypted' ? !stream.Encrypt : stream.EncryptType === filter.encryptType;
  return (
    (!filter.formats.length || filter.formats.includes(stream.Format)) &&
    (!filter.streamTypes.length || filter.streamTypes.includes(stream.StreamType)) &&
    (!filter.definitions.length || filter.definitions.includes(stream.Definition)) &&
    (!filter.encryptType || encrypted)
  );
}

interface PlayConfig {
  EncryptType?: unknown;
}
interface ReAuthInfo {
  uid?: unknown;
  rand?: unknown;
}

export const getPlayInfo: ActionHandler = (context) => {
  const video = context.state.data.videos[videoIdOf(context)];
  if (!video) throw specFailure(ACTION, 'InvalidVideo.NotFound', 'The video does not exist.', 404);
  const outputType = context.oneOf('OutputType', ['oss', 'cdn'] as const, 'cdn') ?? 'cdn';
  const authTimeout = context.int('AuthTimeout', { min: 1, ...(outputType === 'oss' ? { max: OSS_MAX_AUTH_TIMEOUT } : {}) });
  const single = (context.oneOf('ResultType', ['Single', 'Multiple'] as const, 'Single') ?? 'Single') === 'Single';
  const playConfig = context.json<PlayConfig>('PlayConfig') ?? {};
  const reAuth = context.json<ReAuthInfo>('ReAuthInfo') ?? {};
  const danmu = context.oneOf('AdditionType', ['danmu'] as const) === 'danmu';
  const filter: PlayFilter = {
    formats: listOf(context, 'Formats', FORMATS),
    streamTypes: listOf(context, 'StreamType', STREAM_TYPES),
    definitions: listOf(context, 'Definition', DEFINITIONS),
    encryptType: typeof playConfig.EncryptType === 'string' ? playConfig.EncryptType : undefined,
  };
  if (REFUSED_PLAY_STATUSES.has(video.Status)) {
    throw specFailure(ACTION, 'Forbidden.IllegalStatus', 'Status of the video is illegal. Current Status is %s.', 403, { '%s': video.Status });
  }
  const { streams, transcoded } = playableStreams(context, video);
  const frozen = playbackBlock(context, video, !transcoded);
  if (frozen) throw frozenMedia(frozen);
  const matching = streams.filter((stream) => matches(stream, filter));
  if (!matching.length) throw noneStream(filter);
  let chosen = matching;
  if (single) {
    chosen = matching.filter((stream) => stream.EncryptType !== 'AliyunVoDEncryption');
    if (!chosen.length) throw specFailure(ACTION, 'Forbidden.AliyunVoDEncryption', 'Currently only the AliyunVoDEncryption stream exists.', 403);
    chosen = newestPerDefinitionAndFormat(chosen);
  }
  notePlayMark(context, video.VideoId);
  const expiresAt = authTimeout === undefined ? undefined : Math.floor(context.clock.now() / 1000) + authTimeout;
  const sign = (url: string | undefined): string | undefined => {
    if (url === undefined || expiresAt === undefined || !URL.canParse(url)) return url;
    return outputType === 'oss' ? signOssUrl(url, expiresAt) : signCdnUrl(url, expiresAt, String(reAuth.uid ?? '0'), String(reAuth.rand ?? '0'));
  };
  return {
    VideoBase: compact({
      VideoId: video.VideoId,
      Title: video.Title,
      CoverURL: sign(video.CoverURL),
      Duration: video.Duration !== undefined ? String(video.Duration) : undefined,
      Status: video.Status,
      MediaType: video.MediaType,
      StorageClass: video.StorageClass,
      CreationTime: video.CreationTime,
      OutputType: outputType,
      TranscodeMode: transcoded ? 'FastTranscode' : 'NoTranscode',
      DanMuURL: danmu && outputType === 'cdn' ? sign(`${context.baseUrl}/play/${video.VideoId}/danmu.xml`) : undefined,
    }),
    PlayInfoList: [...chosen].sort(byDefinition).map((stream) =>
        compact({ ...streamView(stream, sign(stream.PlayURL)), PreprocessStatus: 'UnPreprocess' }),
      ),
  };
};
