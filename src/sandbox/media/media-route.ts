import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SandboxEnv } from '../action-context.js';
import { playableStreams } from '../actions/upload-playback/play-streams.js';
import { readPlayUrlAuth, signLike, type PlayUrlAuth } from '../actions/upload-playback/play-url-signing.js';
import { playbackBlock } from '../actions/storage/playback-block.js';
import type { PlayStream, VideoRecord } from '../state/records.js';
import { FRAME_COUNT, hlsSegmentNames, sampleBody, sampleFile, type SampleFile } from './sample-files.js';
import { sendMediaError, sendPreflight, sendSample } from './send-sample.js';

/**
 * The sandbox's CDN: the files behind the URLs its APIs return. Play URLs (`/play/<VideoId>/<name>.<format>`) are
 * served for streams the video really has, after their URL signature (auth_key or OSS Expires/Signature) is checked;
 * picture URLs (covers, snapshots, audit frames, images, watermarks, animated images) by their extension.
 */
const PICTURE_ROOTS = new Set(['snapshot', 'image', 'aivideocensor', 'watermark', 'dynamic-image']);
const PLAY_PATH = /^\/play\/([^/]+)\/([^/]+)$/;
const SEGMENT_NAME = /^(.+)-(\d+)\.ts$/;
const EMPTY_DANMU = sampleBody(Buffer.from('<?xml version="1.0" encoding="UTF-8"?>\n<i></i>\n'), 'xml');

type Answer = SampleFile | { readonly status: number; readonly code: string; readonly message: string };

const notFound = (what: string): Answer => ({ status: 404, code: 'NotFound', message: `Nothing at ${what}` });

/** True when the path belongs to the media stage (it then answered the request). */
export function handleMediaRequest(req: IncomingMessage, res: ServerResponse, url: URL, env: SandboxEnv): boolean {
  const root = url.pathname.split('/')[1] ?? '';
  if (root !== 'play' && !PICTURE_ROOTS.has(root)) return false;
  if (req.method === 'OPTIONS') {
    sendPreflight(req, res);
    return true;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendMediaError(res, 405, 'MethodNotAllowed', `${req.method ?? ''} is not allowed on media files.`, { allow: 'GET, HEAD, OPTIONS' });
    return true;
  }
  const answer = root === 'play' ? playFile(url, env) : pictureFile(url.pathname);
  if ('body' in answer) sendSample(req, res, answer);
  else sendMediaError(res, answer.status, answer.code, answer.message);
  return true;
}

function streamsOf(env: SandboxEnv, video: VideoRecord): PlayStream[] {
  return [...video.Streams, ...playableStreams(env, video).streams];
}

function streamAt(env: SandboxEnv, video: VideoRecord, pathname: string): PlayStream | undefined {
  return streamsOf(env, video).find((stream) => URL.canParse(stream.PlayURL) && new URL(stream.PlayURL).pathname === pathname);
}

function playFile(url: URL, env: SandboxEnv): Answer {
  const match = PLAY_PATH.exec(url.pathname);
  const video = match ? env.state.data.videos[match[1]!] : undefined;
  if (!match || !video || video.DeletedAt) return notFound(url.pathname);
  const auth = readPlayUrlAuth(url, Math.floor(env.clock.now() / 1000));
  if (auth.verdict === 'invalid') return { status: 403, code: 'Forbidden.UrlAuth', message: 'The URL signature does not match.' };
  if (auth.verdict === 'expired') return { status: 403, code: 'Forbidden.UrlAuthExpired', message: 'The signed URL has expired.' };
  const name = match[2]!;
  if (name === 'danmu.xml') return EMPTY_DANMU;
  const block = playbackBlock(env, video, !playableStreams(env, video).transcoded);
  if (block) return { status: 403, code: 'Forbidden.IllegalStatus', message: `The media cannot be played: ${block}.` };
  const segment = SEGMENT_NAME.exec(name);
  if (segment) {
    const segments = hlsSegmentNames();
    const index = Number(segment[2]);
    const playlist = streamAt(env, video, `/play/${video.VideoId}/${segment[1]}.m3u8`);
    return playlist && index < segments.length ? sampleFile(`hls/${segments[index]}`) : notFound(url.pathname);
  }
  const stream = streamAt(env, video, url.pathname);
  if (!stream) return notFound(url.pathname);
  switch (stream.Format) {
    case 'mp4':
      return sampleFile(stream.StreamType === 'audio' ? 'audio.m4a' : 'clip.mp4');
    case 'm4a':
      return sampleFile('audio.m4a');
    case 'mp3':
      return sampleFile('audio.mp3');
    case 'm3u8':
      return playlistFor(url, name.slice(0, -'.m3u8'.length), auth);
    default:
      return { status: 404, code: 'NotFound', message: `The sandbox has no sample file in ${stream.Format} format (it serves mp4, m4a, m3u8 and mp3).` };
  }
}

/** The sample playlist with its segments named after this stream and signed like the playlist URL was. */
function playlistFor(url: URL, stem: string, auth: PlayUrlAuth): SampleFile {
  let index = 0;
  const lines = sampleFile('hls/index.m3u8')
    .body.toString('utf8')
    .split('\n')
    .map((line) => {
      if (!line.trim() || line.startsWith('#')) return line;
      const segment = `${stem}-${index++}.ts`;
      return segment + new URL(signLike(auth, new URL(segment, url).toString())).search;
    });
  return sampleBody(Buffer.from(lines.join('\n')), 'm3u8');
}

/** Pictures by extension; which JPEG frame follows from the path, so neighbouring covers differ. */
function pictureFile(pathname: string): Answer {
  const extension = pathname.slice(pathname.lastIndexOf('.') + 1).toLowerCase();
  if (extension === 'png') return sampleFile('image.png');
  if (extension === 'gif') return sampleFile('animated.gif');
  if (extension !== 'jpg' && extension !== 'jpeg') return notFound(pathname);
  const frame = (createHash('sha1').update(pathname).digest()[0]! % FRAME_COUNT) + 1;
  return sampleFile(`frame-${frame}.jpg`);
}
