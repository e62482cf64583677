import { describe, expect, it } from 'vitest';
import { chromiumMissing, useHarness } from './harness/index.js';
import { SCREENSHOTS } from './harness/screenshots.js';

if (chromiumMissing) console.warn(chromiumMissing);

const SEARCH = { SearchType: 'video', Fields: ['Title', 'CoverURL', 'Status', 'Duration', 'Size'], SortBy: ['CreationTime:Asc'], PageSize: 4 };

describe.skipIf(Boolean(chromiumMissing))('media browser view in Chromium (built server, sandbox)', () => {
  const harness = useHarness();

  it('pages through the demo library with the host calling search_media, covers loading under the declared CSP', async () => {
    const view = await harness().openView({ tool: 'search_media', view: 'media-browser', args: { ...SEARCH, PageNo: 1 } });
    expect(view.csp.resourceDomains, JSON.stringify(view.csp)).toContainEqual(expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/));
    expect(view.csp.connectDomains).toEqual(view.csp.resourceDomains);
    const cards = view.frame.locator('article.card');
    await expect.poll(() => cards.count(), { timeout: 30_000 }).toBe(4);
    const firstPage = await cards.locator('.title').allTextContents();
    const expected = (view.result.structuredContent as { MediaList: { Video: { Title: string } }[] }).MediaList.map((item) => item.Video.Title);
    expect(firstPage).toEqual(expected.map((title) => title.replace(/^<untrusted-data>|<\/untrusted-data>$/g, '')));
    expect(await view.frame.locator('[data-status]').first().textContent()).toBe('Normal');
    expect(await view.frame.locator('[data-duration]').first().textContent()).toMatch(/^\d+:\d\d$/);
    // Covers are real JPEGs from the sandbox's origin, allowed by the CSP: they decode to a width.
    await expect.poll(() => view.frame.locator('.cover img').first().evaluate((img: HTMLImageElement) => img.naturalWidth), { timeout: 15_000 }).toBe(320);
    await view.page.screenshot({ path: `${SCREENSHOTS}/media-browser-grid.png`, fullPage: true });

    await view.frame.locator('[data-page=next]').click();
    await expect.poll(() => view.frame.locator('[data-page-no]').getAttribute('data-page-no'), { timeout: 30_000 }).toBe('2');
    const secondPage = await cards.locator('.title').allTextContents();
    expect(secondPage.length).toBeGreaterThan(0);
    expect(secondPage.some((title) => firstPage.includes(title))).toBe(false);
    const direct = await harness().client.callTool({ name: 'search_media', arguments: { ...SEARCH, PageNo: 2 } });
    const titles = (direct.structuredContent as { MediaList: { Video: { Title: string } }[] }).MediaList.map((item) => item.Video.Title);
    expect(secondPage).toEqual(titles.map((title) => title.replace(/^<untrusted-data>|<\/untrusted-data>$/g, '')));
    expect(await view.hostLog()).toContain('tools/call search_media');
    await view.frame.locator('[data-page=previous]').click();
    await expect.poll(() => view.frame.locator('[data-page-no]').getAttribute('data-page-no'), { timeout: 30_000 }).toBe('1');
    expect(await cards.locator('.title').allTextContents()).toEqual(firstPage);
    await view.page.close();
  }, 180_000);

  it('plays an HLS stream (hls.js) and an MP4 stream from get_play_info', async () => {
    const view = await harness().openView({ tool: 'search_media', view: 'media-browser', args: { ...SEARCH, PageNo: 1 } });
    const cards = view.frame.locator('article.card');
    await expect.poll(() => cards.count(), { timeout: 30_000 }).toBe(4);
    const playing = (format: string) =>
      view.frame.locator('video[data-player]').evaluate(
        (video: HTMLVideoElement, wanted) => new Promise<{ time: number; engine: string }>((resolve, reject) => {
          const check = () => video.dataset.format === wanted && !video.paused && video.currentTime > 0.3 && resolve({ time: video.currentTime, engine: video.dataset.engine ?? '' });
          video.addEventListener('timeupdate', check);
          video.addEventListener('error', () => reject(new Error(`media error ${video.error?.code}`)));
          setTimeout(() => reject(new Error(`not playing ${wanted}: format ${video.dataset.format}, readyState ${video.readyState}`)), 30_000);
          check();
        }),
        format,
      );

    await cards.filter({ hasText: '云原生架构实践' }).locator('[data-play]').click();
    await view.frame.locator('[data-stream="SD m3u8"]').click();
    const hls = await playing('m3u8');
    expect(hls.engine).toBe('hls.js');
    expect(hls.time).toBeGreaterThan(0.3);
    await view.page.screenshot({ path: `${SCREENSHOTS}/media-browser.png`, fullPage: true });

    await cards.filter({ hasText: 'Getting started' }).locator('[data-play]').click();
    await view.frame.locator('[data-stream="HD mp4"]').click();
    const mp4 = await playing('mp4');
    expect(mp4.engine).toBe('native');
    expect(await view.hostLog()).toContain('tools/call get_play_info');
    await view.page.close();
  }, 180_000);

  it('shows the one video get_video_info returned, with its facts, cover and Play', async () => {
    const found = await harness().client.callTool({ name: 'search_media', arguments: { SearchType: 'video', Match: "Title = 'Getting started'" } });
    const videoId = (found.structuredContent as { MediaList: { MediaId: string }[] }).MediaList[0]!.MediaId;
    const view = await harness().openView({ tool: 'get_video_info', view: 'media-browser', args: { VideoId: videoId } });
    const video = (view.result.structuredContent as { Video: { Title: string; Duration: number | string; Status: string } }).Video;
    const cards = view.frame.locator('article.card');
    await expect.poll(() => cards.count(), { timeout: 30_000 }).toBe(1);
    expect(await cards.getAttribute('data-video-id')).toBe(videoId);
    expect(await cards.locator('.title').textContent()).toBe(video.Title.replace(/^<untrusted-data>|<\/untrusted-data>$/g, ''));
    expect(await cards.locator('[data-status]').textContent()).toBe(video.Status);
    const seconds = Math.round(Number(video.Duration));
    expect(await cards.locator('[data-duration]').textContent()).toBe(`${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`);
    expect(await view.frame.locator('[data-page-no]').count()).toBe(0);
    await expect.poll(() => cards.locator('.cover img').evaluate((img: HTMLImageElement) => img.naturalWidth), { timeout: 15_000 }).toBeGreaterThan(0);
    await cards.locator('[data-play]').click();
    await expect.poll(() => view.frame.locator('[data-stream]').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await view.hostLog()).toContain('tools/call get_play_info');
    await view.page.close();
  }, 180_000);
});
