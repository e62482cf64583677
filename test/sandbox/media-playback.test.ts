import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { chromiumMissing, launchChromium, type Browser } from '../helpers/chromium.js';
import { ok } from '../helpers/signed-request.js';

/**
 * The sandbox's play URLs really play in Debian's Chromium: the MP4 natively, the HLS rendition through hls.js
 * (light build, as the media view bundles it), from a page of another origin so the CORS headers are exercised.
 */
const HLS_JS = readFileSync(createRequire(import.meta.url).resolve('hls.js/dist/hls.light.min.js'));
const PAGE = '<!doctype html><meta charset="utf-8"><video id="player" muted playsinline crossorigin="anonymous"></video><script src="/hls.js"></script>';

if (chromiumMissing) console.warn(chromiumMissing);

describe.skipIf(chromiumMissing)('sandbox media in Chromium', () => {
  let sandbox: Sandbox;
  let page: Server;
  let pageUrl: string;
  let chromium: Browser;

  beforeAll(async () => {
    sandbox = await startSandbox({ enforceQps: false });
    page = createServer((req, res) => {
      const script = req.url === '/hls.js';
      res.writeHead(200, { 'content-type': script ? 'text/javascript' : 'text/html; charset=utf-8' });
      res.end(script ? HLS_JS : PAGE);
    });
    await new Promise<void>((resolve) => page.listen(0, '127.0.0.1', resolve));
    pageUrl = `http://localhost:${(page.address() as AddressInfo).port}/`;
    chromium = await launchChromium({ flags: ['--autoplay-policy=no-user-gesture-required'] });
  }, 60_000);
  afterAll(async () => {
    await chromium?.close();
    page?.close();
    await sandbox?.close();
  });

  const playUrl = async (fileName: string, format: string) => {
    const videoId = Object.values(sandbox.state.data.videos).find((video) => video.FileName === fileName)!.VideoId;
    const list = (await ok(sandbox, 'GetPlayInfo', { VideoId: videoId, Formats: format, AuthTimeout: '3600' })).PlayInfoList as { PlayURL: string }[];
    return list[0]!.PlayURL;
  };

  /** Starts playback and resolves once the clock has moved past 0.3 s and 'playing' fired; rejects on a media error. */
  const play = async (url: string, useHlsJs: boolean) => {
    const tab = await chromium.context.newPage();
    try {
      await tab.goto(pageUrl);
      return await tab.evaluate(
        ({ url, useHlsJs }) =>
          new Promise<{ currentTime: number; playing: boolean; via: string }>((resolve, reject) => {
            const video = document.getElementById('player') as HTMLVideoElement;
            let playing = false;
            video.addEventListener('playing', () => (playing = true));
            video.addEventListener('timeupdate', () => {
              if (playing && video.currentTime > 0.3) resolve({ currentTime: video.currentTime, playing, via: useHlsJs ? 'hls.js' : 'native' });
            });
            video.addEventListener('error', () => reject(new Error(`media error ${video.error?.code}: ${video.error?.message}`)));
            setTimeout(() => reject(new Error(`no playback after 20 s (readyState ${video.readyState})`)), 20_000);
            const Hls = (window as unknown as { Hls: { isSupported(): boolean; new (): HlsPlayer } }).Hls;
            interface HlsPlayer {
              loadSource(url: string): void;
              attachMedia(media: HTMLMediaElement): void;
              on(event: string, listener: (event: string, data: { fatal: boolean; details: string }) => void): void;
            }
            if (useHlsJs) {
              if (!Hls.isSupported()) return reject(new Error('hls.js: Media Source Extensions are not supported'));
              const hls = new Hls();
              hls.on('hlsError', (_event, data) => data.fatal && reject(new Error(`hls.js: ${data.details}`)));
              hls.loadSource(url);
              hls.attachMedia(video);
            } else video.src = url;
            void video.play().catch(() => {});
          }),
        { url, useHlsJs },
      );
    } finally {
      await tab.close();
    }
  };

  it('plays the MP4 stream natively (H.264 + AAC)', async () => {
    const result = await play(await playUrl('getting-started.mp4', 'mp4'), false);
    expect(result.playing).toBe(true);
    expect(result.currentTime).toBeGreaterThan(0.3);
  }, 60_000);

  it('plays the signed HLS stream through hls.js (MPEG-TS segments remuxed for MSE)', async () => {
    const url = await playUrl('cloud-native.mp4', 'm3u8');
    expect(url).toContain('.m3u8?auth_key=');
    const result = await play(url, true);
    expect(result).toMatchObject({ playing: true, via: 'hls.js' });
    expect(result.currentTime).toBeGreaterThan(0.3);
  }, 60_000);
});
