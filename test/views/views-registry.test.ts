import { describe, expect, it } from 'vitest';
import { allTools } from '../../src/tools/registry.js';
import { clientSupportsViews, findView, VIEWS, withViewMeta } from '../../src/views/index.js';
import { chartsOf, formatValue } from '../../views/usage/series.js';
import { position, timelineSpan } from '../../views/audit-review/review.js';

describe('view registry', () => {
  it('every view a tool names is registered, and every view is used', () => {
    const named = allTools().flatMap((tool) => (tool.view ? [[tool.name, tool.view] as const] : []));
    expect(named.length).toBeGreaterThan(5);
    for (const [tool, view] of named) expect(findView(view), `${tool} -> ${view}`).toBeDefined();
    for (const view of VIEWS) expect(named.some(([, name]) => name === view.name), view.name).toBe(true);
  });

  it('links a published tool to ui://vod/<name> under both keys, and refuses an unknown view', () => {
    const published: { name: string; _meta?: Record<string, unknown> } = { name: 't' };
    expect(withViewMeta(published, 'usage')).toEqual({ name: 't', _meta: { ui: { resourceUri: 'ui://vod/usage' }, 'ui/resourceUri': 'ui://vod/usage' } });
    expect(withViewMeta(published, undefined)).toEqual({ name: 't' });
    expect(() => withViewMeta(published, 'nope')).toThrow(/nope/);
  });

  it('counts a client as Apps-capable only with the extension and its HTML profile', () => {
    expect(clientSupportsViews({ extensions: { 'io.modelcontextprotocol/ui': { mimeTypes: ['text/html;profile=mcp-app'] } } })).toBe(true);
    expect(clientSupportsViews({ extensions: { 'io.modelcontextprotocol/ui': {} } })).toBe(false);
    expect(clientSupportsViews({ extensions: { 'io.modelcontextprotocol/ui': { mimeTypes: ['text/html'] } } })).toBe(false);
    expect(clientSupportsViews({})).toBe(false);
    expect(clientSupportsViews(undefined)).toBe(false);
  });
});

describe('usage series', () => {
  it('plots each numeric field, each named Data entry, leaves out what is not a number', () => {
    const charts = chartsOf({
      RequestId: 'x',
      TrafficDataPerInterval: [
        { TimeStamp: '2026-12-01T00:00:00Z', Value: '100', HttpsValue: '40' },
        { TimeStamp: '2026-12-01T01:00:00Z', Value: '', HttpsValue: '60' },
      ],
      TranscodeData: [{ TimeStamp: '2026-12-01T00:00:00Z', Data: [{ Name: 'HD', Value: '120' }, { Name: 'SD', Value: '60' }] }],
    });
    expect(charts.map((chart) => [chart.key, chart.title, chart.unit])).toEqual([
      ['TrafficDataPerInterval', 'CDN traffic', 'bytes'],
      ['TranscodeData', 'Transcode minutes', 'minutes'],
    ]);
    expect(charts[0]!.series).toEqual([
      { name: 'Value', points: [[Date.parse('2026-12-01T00:00:00Z') / 1000, 100]] },
      { name: 'HttpsValue', points: [[Date.parse('2026-12-01T00:00:00Z') / 1000, 40], [Date.parse('2026-12-01T01:00:00Z') / 1000, 60]] },
    ]);
    expect(charts[1]!.series.map((series) => [series.name, series.points[0]![1]])).toEqual([['HD', 2], ['SD', 1]]);
  });

  it('reads UsageDataPerInterval as bandwidth or traffic from the Field argument', () => {
    const result = { UsageDataPerInterval: [{ TimeStamp: '2026-12-01T00:00:00Z', Value: '5' }] };
    expect(chartsOf(result, { Field: 'bps' })[0]!.unit).toBe('bps');
    expect(chartsOf(result, { Field: 'traf' })[0]!.unit).toBe('bytes');
  });

  it('formats values in their units', () => {
    expect(formatValue(1536, 'bytes')).toBe('1.5 KB');
    expect(formatValue(2_500_000, 'bps')).toBe('2.5 Mbps');
    expect(formatValue(97.5, 'percent')).toBe('97.5%');
  });
});

describe('audit timeline', () => {
  it('places a second on the video span, clamped, and falls back past the last finding', () => {
    expect(position(30, 120)).toBe(25);
    expect(position(200, 120)).toBe(100);
    expect(timelineSpan({}, 120)).toBe(120);
    expect(timelineSpan({ Frames: [{ Second: 100 }], Audio: { Segments: [{ EndTime: 110 }] } }, undefined)).toBeCloseTo(115.5);
  });
});
