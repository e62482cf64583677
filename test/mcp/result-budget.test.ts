import { describe, expect, it } from 'vitest';
import { clipText, estimateTokens, fitToBudget, summarizeSeries } from '../../src/mcp/result-budget.js';

const render = (value: unknown) => JSON.stringify(value);
const page = (count: number) => Array.from({ length: count }, (_, index) => ({ VideoId: `v${index}`, Title: `video number ${index} `.repeat(20) }));

describe('fitToBudget', () => {
  it('leaves a result within the budget alone', () => {
    const value = { RequestId: 'r', VideoList: page(3) };
    expect(fitToBudget(value, render, 5_000, { args: {}, parameters: [] })).toEqual({ value, text: render(value), notes: [] });
  });

  it('keeps whole first items, a divisor of the page size, and names the exact next page', () => {
    const value = { RequestId: 'r', Total: 500, VideoList: page(100) };
    const fitted = fitToBudget(value, render, 4_000, { args: { PageNo: 3, PageSize: 100 }, parameters: ['PageNo', 'PageSize'] });
    const kept = (fitted.value.VideoList as unknown[]).length;
    expect(100 % kept).toBe(0);
    expect(estimateTokens(render(fitted.value))).toBeLessThanOrEqual(4_000);
    expect(fitted.value.VideoList).toEqual(value.VideoList.slice(0, kept));
    // Page 3 of 100 starts at item 200; with PageSize=kept, item 200 + kept is on page (200 + kept) / kept + 1.
    expect(fitted.notes[0]).toContain(`PageSize=${kept}, PageNo=${(200 + kept) / kept + 1}`);
  });

  it('averages a series with the factor stated and keeps the field types', () => {
    const points = Array.from({ length: 1000 }, (_, index) => ({ TimeStamp: new Date(Date.UTC(2026, 0, 1) + index * 300_000).toISOString(), Value: String(index * 2), Ratio: 0.5 }));
    const fitted = fitToBudget({ RequestId: 'r', Series: points }, render, 3_000, { args: {}, parameters: ['StartTime', 'EndTime'] });
    const shown = fitted.value.Series as { TimeStamp: string; Value: string; Ratio: number }[];
    const factor = Number(/averaged (\d+) to 1/.exec(fitted.notes[0]!)![1]);
    expect(shown.length).toBe(Math.ceil(1000 / factor));
    expect(shown[0]).toEqual({ TimeStamp: points[0]!.TimeStamp, Value: String(Math.round(((factor - 1) * 2) / 2)), Ratio: 0.5 });
  });

  it('shortens a huge string as a last resort, saying how much was cut', () => {
    const fitted = fitToBudget({ RequestId: 'r', Description: 'x'.repeat(1_000_000) }, render, 2_000, { args: {}, parameters: [] });
    expect(estimateTokens(render(fitted.value))).toBeLessThanOrEqual(2_000);
    expect(String(fitted.value.Description)).toMatch(/…\[\d+ characters left out\]$/);
    expect(fitted.notes[0]).toMatch(/Description: \d+ of 1000000 characters left out/);
  });

  it('tells a time window to start at the first omitted item when there is no paging', () => {
    const logs = Array.from({ length: 200 }, (_, index) => ({ LogName: `log-${index}`, LogPath: `https://logs.example.com/${'p'.repeat(200)}/${index}`, StartTime: `2026-01-01T${String(index % 24).padStart(2, '0')}:00:00Z` }));
    const fitted = fitToBudget({ RequestId: 'r', Logs: logs }, render, 3_000, { args: {}, parameters: ['StartTime', 'EndTime'] });
    const kept = (fitted.value.Logs as unknown[]).length;
    expect(fitted.notes[0]).toContain(`StartTime=${logs[kept]!.StartTime}`);
  });
});

describe('summarizeSeries and clipText', () => {
  it('summarizes total, average and peak with its time', () => {
    const series = [1, 5, 3].map((value, index) => ({ TimeStamp: `2026-01-01T0${index}:00:00Z`, Value: String(value) }));
    expect(summarizeSeries({ Data: series })).toEqual(['Data: 3 points every 3600 s, Value total 9, average 3, peak 5 at 2026-01-01T01:00:00Z.']);
    expect(summarizeSeries({ Logs: [{ LogName: 'a', StartTime: 'x' }] })).toEqual([]);
  });

  it('clips plain text to the budget', () => {
    const text = clipText('y'.repeat(100_000), 1_000);
    expect(estimateTokens(text)).toBeLessThanOrEqual(1_000);
    expect(text).toMatch(/characters left out to fit the result budget\]$/);
  });
});

describe('pagingOf: one paging block for every list tool', () => {
  it('names the next page by the action’s own page argument, and none on the last page', async () => {
    const { pagingOf } = await import('../../src/mcp/paging.js');
    expect(pagingOf(['PageNo', 'PageSize'], { PageNo: 2, PageSize: 10 }, { Total: 35, VideoList: page(10) })).toEqual({ Total: 35, Returned: 10, NextPage: { PageNo: 3, PageSize: 10 } });
    expect(pagingOf(['PageNo', 'PageSize'], { PageNo: 4, PageSize: 10 }, { Total: 35, VideoList: page(5) })).toEqual({ Total: 35, Returned: 5 });
    expect(pagingOf(['PageNumber', 'PageSize'], {}, { TotalCount: '120', Domains: page(20) })).toEqual({ Total: 120, Returned: 20, NextPage: { PageNumber: 2, PageSize: 20 } });
    expect(pagingOf(['PageNo', 'PageSize'], {}, { MediaSnapshot: { Total: 3, Snapshots: page(3) } })).toEqual({ Total: 3, Returned: 3 });
  });

  it('prefers a ScrollToken, and gives nothing for tools that do not page', async () => {
    const { pagingOf } = await import('../../src/mcp/paging.js');
    expect(pagingOf(['PageNo', 'PageSize', 'ScrollToken'], { PageSize: 5 }, { Total: 40, ScrollToken: 'tok', MediaList: page(5) })).toEqual({ Total: 40, Returned: 5, NextPage: { ScrollToken: 'tok', PageSize: 5 } });
    expect(pagingOf(['VideoId'], {}, { Video: {} })).toBeUndefined();
  });
});
