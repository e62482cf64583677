import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * The tiny real media files the sandbox serves (data/sandbox-media/, made by scripts/gen-sandbox-media.sh): one
 * H.264/AAC clip as MP4 and as an HLS rendition of MPEG-TS segments, its sound alone (M4A), an MP3, five JPEG frames, a PNG and a GIF.
 */
const ROOT = new URL('../../../data/sandbox-media/', import.meta.url);

export interface SampleFile {
  readonly body: Buffer;
  readonly contentType: string;
  /** Strong validator: a hash of the bytes. */
  readonly etag: string;
}

const CONTENT_TYPES: Record<string, string> = {
  mp4: 'video/mp4',
  m3u8: 'application/vnd.apple.mpegurl',
  mpegts: 'video/mp2t',
  m4a: 'audio/mp4',
  mp3: 'audio/mpeg',
  jpg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  xml: 'text/xml; charset=utf-8',
};

/** The number of JPEG frames (frame-1.jpg ... frame-N.jpg). */
export const FRAME_COUNT = 5;

const cache = new Map<string, SampleFile>();

export function sampleBody(body: Buffer, extension: string): SampleFile {
  const contentType = CONTENT_TYPES[extension];
  if (!contentType) throw new Error(`no content type for .${extension}`);
  return { body, contentType, etag: `"${createHash('sha1').update(body).digest('hex')}"` };
}

/** Reads a sample once and keeps it (they total about 100 KB). */
export function sampleFile(name: string): SampleFile {
  let file = cache.get(name);
  if (!file) {
    file = sampleBody(readFileSync(new URL(name, ROOT)), name.slice(name.lastIndexOf('.') + 1));
    cache.set(name, file);
  }
  return file;
}

/** The HLS media playlist's segment file names, in order. */
export function hlsSegmentNames(): string[] {
  return sampleFile('hls/index.m3u8')
    .body.toString('utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}
