import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { ok } from '../helpers/signed-request.js';

const MEDIA = join(import.meta.dirname, '../../data/sandbox-media');
let sandbox: Sandbox;
const videoNamed = (fileName: string) => Object.values(sandbox.state.data.videos).find((video) => video.FileName === fileName)!.VideoId;
const playUrls = async (videoId: string, params: Record<string, string> = {}) =>
  ((await ok(sandbox, 'GetPlayInfo', { VideoId: videoId, ...params })).PlayInfoList as { PlayURL: string; Format: string; Definition: string }[]);
const file = (name: string) => readFileSync(join(MEDIA, name));
const bytes = async (answer: Response) => Buffer.from(await answer.arrayBuffer());

beforeAll(async () => {
  sandbox = await startSandbox({ enforceQps: false });
});
afterAll(() => sandbox.close());

describe('sandbox media files', () => {
  it('are real and small: an MP4, an HLS rendition, an MP3 and pictures, about 100 KB in all', () => {
    const sizes = (dir: string): number => readdirSync(dir).reduce((sum, name) => {
      const path = join(dir, name);
      return sum + (statSync(path).isDirectory() ? sizes(path) : statSync(path).size);
    }, 0);
    expect(sizes(MEDIA)).toBeLessThan(150_000);
    expect(file('clip.mp4').subarray(4, 8).toString('latin1')).toBe('ftyp');
    expect(file('hls/segment-0.mpegts')[0]).toBe(0x47);
    expect(file('frame-1.jpg').subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
  });
});

describe('play URLs', () => {
  it('serve the MP4 of a stream with its type, length, ranges, HEAD and CORS', async () => {
    const [ld] = await playUrls(videoNamed('getting-started.mp4'), { Formats: 'mp4' });
    const whole = await fetch(ld!.PlayURL, { headers: { origin: 'null' } });
    expect(whole.status).toBe(200);
    expect(whole.headers.get('content-type')).toBe('video/mp4');
    expect(whole.headers.get('accept-ranges')).toBe('bytes');
    expect(whole.headers.get('access-control-allow-origin')).toBe('*');
    expect(await bytes(whole)).toEqual(file('clip.mp4'));

    const part = await fetch(ld!.PlayURL, { headers: { range: 'bytes=100-199' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 100-199/${file('clip.mp4').length}`);
    expect(await bytes(part)).toEqual(file('clip.mp4').subarray(100, 200));
    const tail = await fetch(ld!.PlayURL, { headers: { range: 'bytes=-10' } });
    expect(await bytes(tail)).toEqual(file('clip.mp4').subarray(-10));
    const beyond = await fetch(ld!.PlayURL, { headers: { range: 'bytes=9999999-' } });
    expect(beyond.status).toBe(416);
    expect(beyond.headers.get('content-range')).toBe(`bytes */${file('clip.mp4').length}`);

    const head = await fetch(ld!.PlayURL, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(file('clip.mp4').length));
    expect((await bytes(head)).length).toBe(0);
    const etag = head.headers.get('etag')!;
    expect((await fetch(ld!.PlayURL, { headers: { 'if-none-match': etag } })).status).toBe(304);

    const preflight = await fetch(ld!.PlayURL, { method: 'OPTIONS', headers: { origin: 'null', 'access-control-request-method': 'GET', 'access-control-request-headers': 'range' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toBe('range');
    expect((await fetch(ld!.PlayURL, { method: 'PUT', body: 'x' })).status).toBe(405);
  });

  it('serve the demo HLS rendition: a playlist whose segments are MPEG-TS files', async () => {
    const videoId = videoNamed('cloud-native.mp4');
    const [hls] = await playUrls(videoId, { Formats: 'm3u8' });
    expect(hls).toMatchObject({ Format: 'm3u8', Definition: 'SD' });
    const playlist = await fetch(hls!.PlayURL);
    expect(playlist.headers.get('content-type')).toBe('application/vnd.apple.mpegurl');
    const text = await playlist.text();
    expect(text).toMatch(/^#EXTM3U/);
    expect(text).toContain('#EXT-X-ENDLIST');
    const segments = text.split('\n').filter((line) => line && !line.startsWith('#'));
    expect(segments).toEqual(['sd-0.ts', 'sd-1.ts', 'sd-2.ts']);
    for (const [index, segment] of segments.entries()) {
      const answer = await fetch(new URL(segment, hls!.PlayURL));
      expect(answer.headers.get('content-type')).toBe('video/mp2t');
      expect(await bytes(answer)).toEqual(file(`hls/segment-${index}.mpegts`));
    }
    expect((await fetch(new URL('sd-3.ts', hls!.PlayURL))).status).toBe(404);
    expect((await fetch(new URL('hd-0.ts', hls!.PlayURL))).status).toBe(404);
  });

  it('check signed URLs: segments of a signed playlist are signed alike; tampered or expired URLs get 403', async () => {
    const videoId = videoNamed('cloud-native.mp4');
    const [hls] = await playUrls(videoId, { Formats: 'm3u8', AuthTimeout: '600', ReAuthInfo: '{"uid":"7","rand":"r1"}' });
    const text = await (await fetch(hls!.PlayURL)).text();
    const first = text.split('\n').find((line) => line.startsWith('sd-0.ts'))!;
    expect(first).toMatch(/^sd-0\.ts\?auth_key=\d+-r1-7-[0-9a-f]{32}$/);
    expect((await fetch(new URL(first, hls!.PlayURL))).status).toBe(200);
    const unsignedName = new URL('sd-1.ts', hls!.PlayURL);
    unsignedName.search = new URL(first, hls!.PlayURL).search;
    expect((await fetch(unsignedName)).status).toBe(403);

    const [oss] = await playUrls(videoNamed('getting-started.mp4'), { Formats: 'mp4', OutputType: 'oss', AuthTimeout: '60' });
    expect((await fetch(oss!.PlayURL)).status).toBe(200);
    const tampered = new URL(oss!.PlayURL);
    tampered.searchParams.set('Expires', String(Number(tampered.searchParams.get('Expires')) + 1));
    const refused = await fetch(tampered);
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { Code: string }).Code).toBe('Forbidden.UrlAuth');
    sandbox.advance(61);
    const expired = await fetch(oss!.PlayURL);
    expect(expired.status).toBe(403);
    expect(((await expired.json()) as { Code: string }).Code).toBe('Forbidden.UrlAuthExpired');
  });

  it('answer 404 for a video or stream that does not exist, 403 for frozen media; audio streams are audio files', async () => {
    expect((await fetch(`${sandbox.url}/play/none/ld.mp4`)).status).toBe(404);
    const tutorial = sandbox.state.data.videos[videoNamed('getting-started.mp4')]!;
    expect((await fetch(`${sandbox.url}/play/${tutorial.VideoId}/fhd.mp4`)).status).toBe(404);
    // The demo podcast is in Archive storage, not restored: GetPlayInfo refuses it, and so does its CDN URL.
    const podcast = sandbox.state.data.videos[videoNamed('podcast-12.mp3')]!;
    const frozen = await fetch(podcast.Streams[0]!.PlayURL);
    expect(frozen.status).toBe(403);
    expect(((await frozen.json()) as { Message: string }).Message).toContain('Archive');

    const audio = { ...tutorial.Streams[0]!, StreamType: 'audio' as const, Definition: 'SQ' };
    tutorial.Streams.push({ ...audio, Format: 'mp4', PlayURL: `${sandbox.url}/play/${tutorial.VideoId}/sq.mp4` });
    tutorial.Streams.push({ ...audio, Format: 'mp3', PlayURL: `${sandbox.url}/play/${tutorial.VideoId}/sq.mp3` });
    const m4a = await fetch(`${sandbox.url}/play/${tutorial.VideoId}/sq.mp4`);
    expect(m4a.headers.get('content-type')).toBe('audio/mp4');
    expect(await bytes(m4a)).toEqual(file('audio.m4a'));
    const mp3 = await fetch(`${sandbox.url}/play/${tutorial.VideoId}/sq.mp3`);
    expect(mp3.headers.get('content-type')).toBe('audio/mpeg');
    expect(await bytes(mp3)).toEqual(file('audio.mp3'));
  });
});

describe('picture URLs', () => {
  it('serve covers, snapshots, audit frames, PNG images and animated GIFs as real pictures', async () => {
    const covers = Object.values(sandbox.state.data.videos).flatMap((video) => (video.CoverURL ? [video.CoverURL] : []));
    expect(covers.length).toBeGreaterThan(3);
    const frames = new Set<string>();
    for (const cover of covers) {
      const answer = await fetch(cover);
      expect(answer.headers.get('content-type')).toBe('image/jpeg');
      const body = await bytes(answer);
      expect(body.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
      frames.add(body.toString('base64'));
    }
    expect(frames.size).toBeGreaterThan(1);
    const png = await fetch(`${sandbox.url}/watermark/default-logo.png`);
    expect(png.headers.get('content-type')).toBe('image/png');
    expect(await bytes(png)).toEqual(file('image.png'));
    const dynamic = Object.values(sandbox.state.data.dynamicImages)[0]!;
    const gif = await fetch(dynamic.FileURL);
    expect((await bytes(gif)).subarray(0, 6).toString('latin1')).toBe('GIF89a');
    const frame = await fetch(`${sandbox.url}/aivideocensor/${videoNamed('reported-clip.mp4')}/1000.jpg`);
    expect(frame.headers.get('content-type')).toBe('image/jpeg');
    expect((await fetch(`${sandbox.url}/snapshot/x/notes.txt`)).status).toBe(404);
  });
});
