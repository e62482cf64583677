import { createHmac, randomBytes } from 'node:crypto';
import type { ActionHandler } from '../../action-context.js';
import { isoSeconds } from '../../clock.js';
import { compact } from '../media/video-view.js';
import { PLAY_AUTH_KEY } from './play-url-signing.js';
import { specFailure } from './upload-rules.js';
import { videoIdOf } from '../media/video-lookup.js';
import { frozenMedia, playbackBlock } from '../storage/playback-block.js';
import { playableStreams } from './play-streams.js';

const ACTION = 'GetVideoPlayAuth';
/** No play credential while the video is under review, blocked, or has no usable source. */
const REFUSED_STATUSES = new Set(['Blocked', 'Checking', 'Uploading', 'UploadFail', 'ProduceFail']);

/** PlayAuth: base64 of a JSON credential the player exchanges for play URLs, as the service issues it. */
export const getVideoPlayAuth: ActionHandler = (context) => {
  const video = context.state.data.videos[videoIdOf(context)];
  if (!video) throw specFailure(ACTION, 'InvalidVideo.NotFound', 'The video does not exist.', 404);
  const timeout = context.int('AuthInfoTimeout', { min: 100, max: 3000, default: 100 }) ?? 100;
  context.oneOf('ApiVersion', ['1.0.0'] as const);
  if (REFUSED_STATUSES.has(video.Status)) throw specFailure(ACTION, 'Forbidden.IllegalStatus', 'Status of the video is illegal.', 403);
  const frozen = playbackBlock(context, video, !playableStreams(context, video).transcoded);
  if (frozen) throw frozenMedia(frozen);
  const meta = compact({ CoverURL: video.CoverURL, Duration: video.Duration, Status: video.Status, Title: video.Title, VideoId: video.VideoId });
  const expireTime = isoSeconds(context.clock.now() + timeout * 1000);
  const authInfo = { CI: randomBytes(24).toString('base64'), Caller: randomBytes(24).toString('base64'), ExpireTime: expireTime, MediaId: video.VideoId, PlayDomain: new URL(context.baseUrl).host };
  const signature = createHmac('sha1', PLAY_AUTH_KEY).update(JSON.stringify(authInfo)).digest('base64');
  const playAuth = {
    SecurityToken: `CAIS${randomBytes(240).toString('base64')}`,
    AuthInfo: JSON.stringify({ ...authInfo, Signature: signature }),
    AccessKeyId: `STS.${randomBytes(18).toString('hex')}`,
    AccessKeySecret: randomBytes(33).toString('base64'),
    Region: context.region,
    CustomerId: 1_000_000_000_000_000,
    PlayDomain: authInfo.PlayDomain,
    VideoMeta: meta,
  };
  return { PlayAuth: Buffer.from(JSON.stringify(playAuth), 'utf8').toString('base64'), VideoMeta: meta };
};
