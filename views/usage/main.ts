import uPlot from 'uplot';
import type { CallToolResult } from '@modelcontextprotocol/client';
import { connectView, structuredOf } from '../shared/app.js';
import { el, show } from '../shared/dom.js';
import { chartsOf, formatValue, PALETTE, type Chart } from './series.js';

const root = document.getElementById('app')!;
let args: Record<string, unknown> = {};
let charts: Chart[] = [];
let plots: uPlot[] = [];

await connectView('usage', {
  onInput: (input) => (args = input),
  onResult: (result) => render(result),
});
// A host theme change recolours the axes: charts are redrawn from the data they already have.
new MutationObserver(() => draw()).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'style'] });
new ResizeObserver(() => plots.forEach((plot) => plot.setSize(sizeFor(plot.root.parentElement!)))).observe(root);

function render(result: CallToolResult): void {
  const structured = structuredOf(result);
  charts = structured ? chartsOf(structured, args) : [];
  draw();
}

function draw(): void {
  plots.forEach((plot) => plot.destroy());
  plots = [];
  if (!charts.length) {
    show(root, el('p', { className: 'muted', text: 'This result has no time series to draw.', attrs: { 'data-empty': '' } }));
    return;
  }
  show(root, ...charts.map((chart) => section(chart)));
  for (const [index, chart] of charts.entries()) plots.push(plot(chart, root.querySelectorAll<HTMLElement>('.plot')[index]!));
}

function section(chart: Chart): HTMLElement {
  const legend = chart.series.map((series, index) => {
    const values = series.points.map(([, value]) => value);
    const peak = values.length ? Math.max(...values) : 0;
    const swatch = el('span', { className: 'swatch' });
    swatch.style.background = PALETTE[index % PALETTE.length]!;
    return el('li', { attrs: { 'data-series': series.name, 'data-points': String(values.length) } }, [
      swatch,
      el('span', { text: series.name }),
      el('span', { className: 'muted', text: ` ${values.length} points, peak ${formatValue(peak, chart.unit)}` }),
    ]);
  });
  return el('section', { className: 'chart', attrs: { 'data-chart': chart.key } }, [el('h2', { text: chart.title }), el('ul', { className: 'legend' }, legend), el('div', { className: 'plot' })]);
}

function plot(chart: Chart, target: HTMLElement): uPlot {
  const times = [...new Set(chart.series.flatMap((series) => series.points.map(([time]) => time)))].sort((a, b) => a - b);
  const columns = chart.series.map((series) => {
    const byTime = new Map(series.points.map(([time, value]) => [time, value]));
    return times.map((time) => byTime.get(time) ?? null);
  });
  const axisColor = resolvedColor('--vod-text-2');
  const gridColor = resolvedColor('--vod-border');
  const axis = { stroke: axisColor, grid: { stroke: gridColor, width: 1 }, ticks: { stroke: gridColor, width: 1 } };
  return new uPlot(
    {
      ...sizeFor(target),
      legend: { show: false },
      cursor: { drag: { x: false, y: false } },
      series: [{}, ...chart.series.map((series, index) => ({ label: series.name, stroke: PALETTE[index % PALETTE.length], width: 2, spanGaps: true, points: { show: times.length < 40 } }))],
      axes: [axis, { ...axis, size: 80, values: (_plot: uPlot, ticks: number[]) => ticks.map((tick) => formatValue(tick, chart.unit)) }],
    },
    [times, ...columns],
    target,
  );
}

/** A theme colour as rgb(): the canvas cannot take var() or light-dark(), so the browser resolves it on a probe. */
function resolvedColor(variable: string): string {
  const probe = el('span');
  probe.style.color = `var(${variable})`;
  document.body.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

function sizeFor(target: HTMLElement): { width: number; height: number } {
  return { width: Math.max(280, target.clientWidth || root.clientWidth), height: 200 };
}
