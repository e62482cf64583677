import type { App } from '@modelcontextprotocol/ext-apps';
import type { CallToolResult } from '@modelcontextprotocol/client';
import Hls from 'hls.js/light';
import { connectView, structuredOf } from '../shared/app.js';
import { el, safeUrl, show, untrusted } from '../shared/dom.js';
import { bytes, clock } from './format.js';

interface Media {
  VideoId?: string;
  Title?: string;
  CoverURL?: string;
  Status?: string;
  Duration?: unknown;
  Size?: unknown;
  MediaType?: string;
}
interface Stream {
  PlayURL?: string;
  Definition?: string;
  Format?: string;
  StreamType?: string;
}

const root = document.getElementById('app')!;
let searchArgs: Record<string, unknown> = {};
let hls: Hls | undefined;
// The result can arrive while connect() is still settling: everything that calls the host awaits the connection.
const connected: Promise<App> = connectView('media-browser', {
  onInput: (args) => (searchArgs = args),
  onResult: (result) => render(result),
});
await connected;

function render(result: CallToolResult): void {
  const data = structuredOf(result);
  if (data && Array.isArray(data.MediaList)) return renderPage(data);
  if (data?.Video && typeof data.Video === 'object') return renderOne(data.Video as Media);
  show(root, el('p', { className: 'muted', text: 'No media to show: see the tool result text.' }));
}

function mediaOf(item: unknown): Media {
  const entry = (item ?? {}) as { Video?: Media; Audio?: Media; MediaId?: string; MediaType?: string };
  const media = entry.Video ?? entry.Audio ?? {};
  return { VideoId: media.VideoId ?? entry.MediaId, MediaType: entry.MediaType, ...media };
}

function renderPage(data: Record<string, unknown>): void {
  const items = (data.MediaList as unknown[]).map(mediaOf);
  const pageNo = Number(searchArgs.PageNo ?? 1);
  const pageSize = Number(searchArgs.PageSize ?? 10);
  const total = Number(data.Total ?? items.length);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const pager = el('nav', { className: 'pager' }, [
    el('button', { text: 'Previous', attrs: { 'data-page': 'previous', ...(pageNo <= 1 ? { disabled: '' } : {}) } }),
    el('span', { className: 'muted', text: `Page ${pageNo} of ${pages} (${total} media)`, attrs: { 'data-page-no': String(pageNo) } }),
    el('button', { text: 'Next', attrs: { 'data-page': 'next', ...(pageNo >= pages ? { disabled: '' } : {}) } }),
  ]);
  pager.querySelector('[data-page=previous]')!.addEventListener('click', () => void turnPage(pageNo - 1));
  pager.querySelector('[data-page=next]')!.addEventListener('click', () => void turnPage(pageNo + 1));
  const player = el('section', { className: 'player', attrs: { 'aria-live': 'polite' } });
  show(root, el('h1', { text: 'Media' }), el('div', { className: 'grid' }, items.map((media) => card(media, player))), pager, player);
}

/** The next page: search_media again through the host, with the same arguments and another PageNo. */
async function turnPage(pageNo: number): Promise<void> {
  const args = { ...searchArgs, PageNo: pageNo };
  root.querySelectorAll('nav button').forEach((button) => button.setAttribute('disabled', ''));
  const result = await (await connected).callServerTool({ name: 'search_media', arguments: args });
  searchArgs = args;
  render(result);
}

function renderOne(media: Media): void {
  const player = el('section', { className: 'player' });
  show(root, el('div', { className: 'grid' }, [card(media, player)]), player);
}

function card(media: Media, player: HTMLElement): HTMLElement {
  const cover = safeUrl(media.CoverURL);
  const status = media.Status ?? 'unknown';
  const playable = status === 'Normal' && media.VideoId && media.MediaType !== 'image' && media.MediaType !== 'attached';
  const play = playable ? el('button', { text: 'Play', attrs: { 'data-play': media.VideoId! } }) : null;
  play?.addEventListener('click', () => void openPlayer(media, player));
  return el('article', { className: 'card', attrs: { 'data-video-id': media.VideoId ?? '' } }, [
    el('div', { className: 'cover' }, [cover ? el('img', { attrs: { src: cover, alt: '', loading: 'lazy' } }) : el('span', { text: 'no cover' })]),
    el('div', { className: 'body' }, [
      el('div', { className: 'title' }, [untrusted(media.Title ?? media.VideoId ?? '')]),
      el('div', { className: 'facts' }, [
        el('span', { className: `badge status-${status.replace(/\W/g, '')}`, text: status, attrs: { 'data-status': status } }),
        el('span', { text: clock(media.Duration) ?? '–', attrs: { 'data-duration': '' } }),
        el('span', { text: bytes(media.Size) ?? '–', attrs: { 'data-size': '' } }),
        play,
      ]),
    ]),
  ]);
}

/** get_play_info through the host, then one button per stream; the first starts at once. */
async function openPlayer(media: Media, player: HTMLElement): Promise<void> {
  show(player, el('p', { className: 'muted', text: 'Asking for play URLs...' }));
  const result = await (await connected).callServerTool({ name: 'get_play_info', arguments: { VideoId: media.VideoId } });
  const streams = ((structuredOf(result)?.PlayInfoList ?? []) as Stream[]).filter((stream) => safeUrl(stream.PlayURL));
  if (!streams.length) return show(player, el('p', { className: 'muted', text: 'No playable stream: see the tool result text.' }));
  const video = el('video', { attrs: { controls: '', playsinline: '', 'data-player': media.VideoId! } });
  video.muted = true;
  const buttons = streams.map((stream) => {
    const label = `${stream.Definition ?? ''} ${stream.Format ?? ''}`.trim();
    const button = el('button', { text: label, attrs: { 'data-stream': label, 'aria-pressed': 'false' } });
    button.addEventListener('click', () => {
      buttons.forEach((other) => other.setAttribute('aria-pressed', String(other === button)));
      start(video, stream);
    });
    return button;
  });
  show(player, el('h2', {}, [untrusted(media.Title ?? '')]), el('div', { className: 'streams' }, buttons), video);
  buttons[0]!.click();
}

/** MP4 (and HLS where the browser has no MSE but plays HLS itself) natively; HLS through hls.js where MSE exists. */
function start(video: HTMLVideoElement, stream: Stream): void {
  hls?.destroy();
  hls = undefined;
  const url = safeUrl(stream.PlayURL)!;
  video.dataset.format = stream.Format ?? '';
  if (stream.Format === 'm3u8' && Hls.isSupported()) {
    hls = new Hls();
    hls.loadSource(url);
    hls.attachMedia(video);
    video.dataset.engine = 'hls.js';
  } else {
    video.src = url;
    video.dataset.engine = 'native';
  }
  void video.play().catch(() => {});
}
