/**
 * The time series of a usage or CDN statistics result, as the tool returned them: every list of points with a
 * TimeStamp (or Date) becomes a chart, each numeric field of its points (or each named entry of `Data`) a series.
 * Values are taken as they are, except seconds of processing shown as minutes (TranscodeData, AIData).
 */
/** Series colours, in order, distinguishable in light and dark themes. */
export const PALETTE = ['#1f77d0', '#e8590c', '#2f9e44', '#ae3ec9', '#f08c00', '#0c8599'];

export interface Series {
  readonly name: string;
  /** [Unix seconds, value]; a point whose value is not a number is left out. */
  readonly points: readonly (readonly [number, number])[];
}

export interface Chart {
  /** The list's key in the result, e.g. TrafficDataPerInterval. */
  readonly key: string;
  readonly title: string;
  readonly unit: Unit;
  readonly series: readonly Series[];
}

export type Unit = 'bytes' | 'bps' | 'count' | 'percent' | 'minutes' | 'qps';

interface ListInfo {
  readonly title: string;
  readonly unit: Unit;
  /** A factor applied to every value (seconds -> minutes). */
  readonly scale?: number;
}

const LISTS: Readonly<Record<string, ListInfo>> = {
  TrafficDataPerInterval: { title: 'CDN traffic', unit: 'bytes' },
  BpsDataPerInterval: { title: 'CDN bandwidth', unit: 'bps' },
  SrcBpsDataPerInterval: { title: 'Origin bandwidth', unit: 'bps' },
  SrcTrafficDataPerInterval: { title: 'Origin traffic', unit: 'bytes' },
  BpsDataInterval: { title: 'Bandwidth by layer', unit: 'bps' },
  QpsDataInterval: { title: 'Requests per second', unit: 'qps' },
  HitRateInterval: { title: 'Byte hit rate', unit: 'percent' },
  Data: { title: 'Request hit rate', unit: 'percent' },
  StorageData: { title: 'Storage', unit: 'bytes' },
  TranscodeData: { title: 'Transcode minutes', unit: 'minutes', scale: 1 / 60 },
  AIData: { title: 'AI processing minutes', unit: 'minutes', scale: 1 / 60 },
};

/** Fields of a point that are not values. */
const NOT_VALUES = new Set(['TimeStamp', 'Date', 'Region', 'Specification', 'Name', 'Dimension']);

export function chartsOf(result: Record<string, unknown>, args: Record<string, unknown> = {}): Chart[] {
  const charts: Chart[] = [];
  for (const [key, value] of Object.entries(result)) {
    if (!Array.isArray(value) || !value.length || !value.every(isPoint)) continue;
    const info = listInfo(key, args);
    const series = seriesOf(value, info.scale ?? 1);
    if (series.length) charts.push({ key, title: info.title, unit: info.unit, series });
  }
  return charts;
}

function listInfo(key: string, args: Record<string, unknown>): ListInfo {
  // DescribeVodDomainUsageData returns one list for either field.
  if (key === 'UsageDataPerInterval') return args.Field === 'bps' ? { title: 'CDN bandwidth', unit: 'bps' } : { title: 'CDN traffic', unit: 'bytes' };
  return LISTS[key] ?? { title: key, unit: 'count' };
}

type Point = Record<string, unknown>;

function isPoint(item: unknown): item is Point {
  return typeof item === 'object' && item !== null && (typeof (item as Point).TimeStamp === 'string' || typeof (item as Point).Date === 'string');
}

function seriesOf(points: readonly Point[], scale: number): Series[] {
  const byName = new Map<string, [number, number][]>();
  const add = (name: string, time: number, raw: unknown) => {
    const value = toNumber(raw);
    if (value === undefined) return;
    let list = byName.get(name);
    if (!list) byName.set(name, (list = []));
    list.push([time, value * scale]);
  };
  for (const point of points) {
    const time = toTime(point.TimeStamp ?? point.Date);
    if (time === undefined) continue;
    if (Array.isArray(point.Data)) {
      for (const entry of point.Data as Point[]) if (typeof entry?.Name === 'string') add(entry.Name, time, entry.Value);
      continue;
    }
    for (const [field, raw] of Object.entries(point)) if (!NOT_VALUES.has(field)) add(field, time, raw);
  }
  return [...byName].map(([name, list]) => ({ name, points: list.sort((a, b) => a[0] - b[0]) }));
}

function toNumber(raw: unknown): number | undefined {
  const value = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
  return Number.isFinite(value) ? value : undefined;
}

function toTime(raw: unknown): number | undefined {
  if (typeof raw !== 'string') return undefined;
  const ms = /^\d{8}$/.test(raw) ? Date.parse(`${raw.slice(0, 4)}-${raw.slice(4, 6)}-${raw.slice(6, 8)}T00:00:00Z`) : Date.parse(raw);
  return Number.isFinite(ms) ? ms / 1000 : undefined;
}

const BYTE_UNITS = ['B', 'KB', 'MB', 'GB', 'TB', 'PB'];
const BIT_UNITS = ['bps', 'Kbps', 'Mbps', 'Gbps', 'Tbps'];

/** A value for an axis or the summary, in its unit. */
export function formatValue(value: number, unit: Unit): string {
  const scaled = (units: readonly string[], base: number) => {
    let index = 0;
    let current = Math.abs(value);
    while (current >= base && index < units.length - 1) {
      current /= base;
      index++;
    }
    return `${trim(Math.sign(value) * current)} ${units[index]}`;
  };
  switch (unit) {
    case 'bytes':
      return scaled(BYTE_UNITS, 1024);
    case 'bps':
      return scaled(BIT_UNITS, 1000);
    case 'percent':
      return `${trim(value)}%`;
    case 'minutes':
      return `${trim(value)} min`;
    case 'qps':
      return `${trim(value)}/s`;
    default:
      return trim(value);
  }
}

function trim(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(Math.abs(value) >= 100 ? 0 : 2).replace(/\.?0+$/, '');
}
