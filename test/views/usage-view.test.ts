import { describe, expect, it } from 'vitest';
import { chromiumMissing, useHarness } from './harness/index.js';
import { SCREENSHOTS } from './harness/screenshots.js';
import { PALETTE } from '../../views/usage/series.js';

if (chromiumMissing) console.warn(chromiumMissing);

const rgbOf = (hex: string) => [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));

/** The last `days` days up to the hour, as the usage tools take them. */
function lastDays(days: number): { StartTime: string; EndTime: string } {
  const end = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000);
  const start = new Date(end.getTime() - days * 86_400_000);
  const iso = (date: Date) => `${date.toISOString().slice(0, 19)}Z`;
  return { StartTime: iso(start), EndTime: iso(end) };
}

describe.skipIf(Boolean(chromiumMissing))('usage view in Chromium (built server, sandbox)', () => {
  const harness = useHarness();

  it('draws every series of the CDN traffic the sandbox returned', async () => {
    const view = await harness().openView({ tool: 'describe_vod_domain_traffic_data', view: 'usage', args: lastDays(3) });
    expect(view.result.isError).toBeFalsy();
    const points = (view.result.structuredContent as { TrafficDataPerInterval: Record<string, string>[] }).TrafficDataPerInterval;
    expect(points.length).toBeGreaterThan(10);
    const fields = Object.keys(points[0]!).filter((field) => field !== 'TimeStamp');

    const chart = view.frame.locator('[data-chart="TrafficDataPerInterval"]');
    await expect.poll(() => chart.locator('li[data-series]').count(), { timeout: 30_000 }).toBe(fields.length);
    for (const field of fields) {
      const numeric = points.filter((point) => Number.isFinite(Number(point[field]))).length;
      expect(await chart.locator(`li[data-series="${field}"]`).getAttribute('data-points')).toBe(String(numeric));
    }
    expect(await chart.locator('h2').textContent()).toBe('CDN traffic');
    // Each series' colour is on the canvas (the lines were drawn, not only the legend), except a series drawn
    // over by a later one with the very same values (Value and DomesticValue without overseas traffic).
    const ink = (rgb: number[]) =>
      chart.locator('canvas').evaluate((canvas: HTMLCanvasElement, [red, green, blue]) => {
        const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
        let count = 0;
        for (let i = 0; i < data.length; i += 4) if (Math.abs(data[i]! - red!) < 16 && Math.abs(data[i + 1]! - green!) < 16 && Math.abs(data[i + 2]! - blue!) < 16) count++;
        return count;
      }, rgb);
    await view.page.locator('#views iframe').screenshot({ path: `${SCREENSHOTS}/usage-traffic.png` });
    const values = (field: string) => points.map((point) => point[field]).join();
    const visible = fields.filter((field, index) => !fields.slice(index + 1).some((later) => values(later) === values(field)));
    expect(visible.length).toBeGreaterThan(1);
    for (const field of visible) await expect.poll(() => ink(rgbOf(PALETTE[fields.indexOf(field)]!)), { timeout: 10_000, message: field }).toBeGreaterThan(50);
    await view.page.close();
  }, 120_000);

  it('draws storage and transcode minutes, and follows the host theme', async () => {
    const storage = await harness().openView({ tool: 'describe_vod_storage_data', view: 'usage', args: lastDays(3), theme: 'dark' });
    const chart = storage.frame.locator('[data-chart="StorageData"]');
    await expect.poll(() => chart.locator('li[data-series]').count(), { timeout: 30_000 }).toBe(2);
    expect(await storage.frame.locator('html').getAttribute('data-theme')).toBe('dark');
    await storage.page.evaluate(() => window.setHostTheme('light'));
    await expect.poll(() => storage.frame.locator('html').getAttribute('data-theme'), { timeout: 10_000 }).toBe('light');
    await storage.page.close();

    const transcode = await harness().openView({ tool: 'describe_vod_transcode_data', view: 'usage', args: lastDays(3) });
    const minutes = transcode.frame.locator('[data-chart="TranscodeData"]');
    await expect.poll(() => minutes.locator('h2').textContent(), { timeout: 30_000 }).toBe('Transcode minutes');
    const names = new Set((transcode.result.structuredContent as { TranscodeData: { Data: { Name: string }[] }[] }).TranscodeData.flatMap((point) => point.Data.map((entry) => entry.Name)));
    expect(await minutes.locator('li[data-series]').count()).toBe(names.size);
    await transcode.page.close();
  }, 120_000);
});
