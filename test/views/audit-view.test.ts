import type { CallToolResult } from '@modelcontextprotocol/client';
import { beforeAll, describe, expect, it } from 'vitest';
import { chromiumMissing, useHarness } from './harness/index.js';
import { SCREENSHOTS } from './harness/screenshots.js';
import { SCENE_COLORS } from '../../views/audit-review/review.js';

if (chromiumMissing) console.warn(chromiumMissing);

interface Frame {
  Timestamp: string;
  Second: number;
  Url?: string;
  Findings: { Scene: string; Label: string; Score?: number }[];
}
interface History {
  Total: number;
  Histories: { Status?: string; Reason?: string }[];
}

const rgb = (hex: string) => `rgb(${[1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)).join(', ')})`;

describe.skipIf(Boolean(chromiumMissing))('audit review view in Chromium (built server, sandbox)', () => {
  const harness = useHarness();
  let videoId: string;
  const structured = <T>(result: unknown) => (result as CallToolResult).structuredContent as T;
  const history = async () => structured<History>(await harness().client.callTool({ name: 'get_audit_history', arguments: { VideoId: videoId } }));

  beforeAll(async () => {
    const found = await harness().client.callTool({ name: 'search_media', arguments: { SearchType: 'video', Match: "Title = 'Reported clip'" } });
    videoId = structured<{ MediaList: { MediaId: string }[] }>(found).MediaList[0]!.MediaId;
  }, 60_000);

  it("shows the demo audit's flagged frames as thumbnails at their timestamps, coloured by label", async () => {
    const info = await harness().client.callTool({ name: 'get_video_info', arguments: { VideoId: videoId } });
    const duration = Number(structured<{ Video: { Duration: string } }>(info).Video.Duration);
    expect(duration).toBeGreaterThan(0);
    const view = await harness().openView({ tool: 'review_audit', view: 'audit-review', args: { VideoId: videoId } });
    const frames = structured<{ Frames: Frame[] }>(view.result).Frames;
    expect(frames.length).toBeGreaterThan(2);
    // The CSP the resource declared lets the view load the account's media, here the sandbox's own origin.
    expect(view.csp.resourceDomains).toContain(new URL(frames[0]!.Url!).origin);

    const track = view.frame.locator('.track');
    await expect.poll(() => track.locator('.marker').count(), { timeout: 30_000 }).toBe(frames.length);
    expect(Number(await track.getAttribute('data-span'))).toBe(duration);
    const box = (await track.boundingBox())!;
    for (const frame of frames) {
      const marker = track.locator(`.marker[data-timestamp="${frame.Timestamp}"]`);
      const markerBox = (await marker.boundingBox())!;
      const centre = markerBox.x + markerBox.width / 2 - box.x;
      expect(Math.abs(centre - (frame.Second / duration) * box.width), `frame at ${frame.Second}s`).toBeLessThan(2);
      const top = [...frame.Findings].sort((a, b) => (b.Score ?? 0) - (a.Score ?? 0))[0]!;
      expect(await marker.evaluate((node) => getComputedStyle(node).borderTopColor)).toBe(rgb(SCENE_COLORS[top.Scene]!));
      // The thumbnail really loaded (the sandbox serves the screenshot, the CSP allows it).
      await expect.poll(() => marker.locator('img').evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth), { timeout: 15_000 }).toBeGreaterThan(0);
    }
    expect(await view.frame.locator('[data-suggestion]').textContent()).toBe('AI suggests: block');
    await expect.poll(() => view.frame.locator('.audio').textContent()).toContain('Contact me on WeChat for a discount');
    await view.page.locator('#views iframe').screenshot({ path: `${SCREENSHOTS}/audit-review.png` });
    await view.page.close();
  }, 120_000);

  it('block goes through create_audit and the host confirmation; nothing is recorded without the human yes', async () => {
    const before = await history();
    const view = await harness().openView({ tool: 'review_audit', view: 'audit-review', args: { VideoId: videoId } });
    const dialog = view.page.locator('dialog#confirmation');
    const status = view.frame.locator('[data-decision-status]');

    await view.frame.locator('button[data-action="block"]').click();
    await expect.poll(() => dialog.isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await dialog.locator('.message').textContent()).toContain('Block 1 video');
    expect(await view.hostLog()).toContain('tools/call create_audit');
    expect(await status.getAttribute('data-decision-status')).toBe('pending');
    expect((await history()).Total).toBe(before.Total);
    await view.page.screenshot({ path: `${SCREENSHOTS}/audit-review-confirmation.png`, fullPage: true });
    await dialog.locator('[data-answer="decline"]').click();
    await expect.poll(() => status.getAttribute('data-decision-status'), { timeout: 30_000 }).toBe('not-recorded');
    expect((await history()).Total).toBe(before.Total);

    // Accept without ticking the confirmation box is no yes either.
    await view.frame.locator('button[data-action="block"]').click();
    await expect.poll(() => dialog.isVisible(), { timeout: 30_000 }).toBe(true);
    await dialog.locator('[data-answer="accept"]').click();
    await expect.poll(() => status.getAttribute('data-decision-status'), { timeout: 30_000 }).toBe('not-recorded');
    expect((await history()).Total).toBe(before.Total);

    // The yes: ticked and accepted. The reason typed in the view is uploader-style text with markup.
    const reason = '<img src=x onerror="window.pwned=1">checked';
    await view.frame.locator('input[aria-label="Reason"]').fill(reason);
    await view.frame.locator('button[data-action="pass"]').click();
    await expect.poll(() => dialog.isVisible(), { timeout: 30_000 }).toBe(true);
    await dialog.locator('input[type="checkbox"]').check();
    await dialog.locator('[data-answer="accept"]').click();
    await expect.poll(() => status.getAttribute('data-decision-status'), { timeout: 30_000 }).toBe('recorded');
    const after = await history();
    expect(after.Total).toBe(before.Total + 1);
    expect(after.Histories[0]).toMatchObject({ Status: 'Normal', Reason: reason });
    await view.page.close();

    // Shown again, the reason is text: no element was made from it and no script ran.
    const again = await harness().openView({ tool: 'review_audit', view: 'audit-review', args: { VideoId: videoId } });
    const entries = again.frame.locator('.history li');
    await expect.poll(() => entries.first().textContent(), { timeout: 30_000 }).toContain(reason);
    expect(await again.frame.locator('.history img').count()).toBe(0);
    expect(await again.frame.locator('body').evaluate(() => 'pwned' in window)).toBe(false);
    expect(await again.frame.locator('[data-manual-status]').textContent()).toBe('now Normal');
    await again.page.close();
  }, 180_000);
});
