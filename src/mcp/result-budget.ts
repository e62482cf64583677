/**
 * One result-size policy for every tool: a result whose text would exceed the budget is shortened in ways that keep it
 * valid JSON of the same shape (whole list items dropped from the end, time series averaged over wider steps, and
 * only as a last resort long strings shortened), with a notice that says what was left out and how to get it.
 */

export const DEFAULT_RESULT_TOKENS = 20_000;

/**
 * A cheap upper estimate of a text's tokens for o200k-style tokenizers: JSON punctuation and digits run about 3-4
 * characters per token, CJK about one per character. The bench and the tests check it against js-tiktoken.
 */
export function estimateTokens(text: string): number {
  let ascii = 0;
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) < 128) ascii++;
  return Math.ceil(ascii / 2.8 + (text.length - ascii));
}

type Json = Record<string, unknown>;

/** What the tool was called with, so that the notice can give the exact call for the rest. */
export interface CallShape {
  readonly args: Readonly<Record<string, unknown>>;
  /** The tool's argument names. */
  readonly parameters: readonly string[];
}

export interface Fitted {
  readonly value: Json;
  /** `value` as rendered, so that the caller does not render it again. */
  readonly text: string;
  /** Empty when nothing was left out. */
  readonly notes: readonly string[];
}

interface Found {
  readonly path: readonly (string | number)[];
  readonly items: unknown[];
}

/** The time of a point of a time series. */
const SERIES_TIME_KEYS = ['TimeStamp', 'TimeStp', 'Time', 'StatTime', 'Date'];
/** The time of any listed item (a log file's StartTime...), for "the rest starts at". */
const TIME_KEYS = [...SERIES_TIME_KEYS, 'StartTime', 'CreationTime', 'CreateTime'];

/** The lists of more than one item in the value, outer lists before the lists inside them. */
function listsOf(value: unknown, path: (string | number)[] = [], found: Found[] = []): Found[] {
  if (Array.isArray(value)) {
    if (value.length > 1) found.push({ path, items: value });
    value.forEach((item, index) => listsOf(item, [...path, index], found));
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) listsOf(child, [...path, key], found);
  }
  return found;
}

/** The time series in the value, in the order of listsOf; a path is built only for a series found. */
function seriesOf(value: unknown, path: (string | number)[] = [], found: Found[] = []): Found[] {
  if (Array.isArray(value)) {
    if (isSeries(value)) found.push({ path: [...path], items: value });
    for (let index = 0; index < value.length; index++) {
      path.push(index);
      seriesOf(value[index], path, found);
      path.pop();
    }
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      path.push(key);
      seriesOf(child, path, found);
      path.pop();
    }
  }
  return found;
}

/** The largest list (as text) not yet handled: the one whose shortening gains most. */
function largestList(value: Json, handled: ReadonlySet<string>): Found | undefined {
  let largest: { found: Found; size: number } | undefined;
  for (const found of listsOf(value)) {
    if (handled.has(where(found.path))) continue;
    const size = JSON.stringify(found.items).length;
    if (!largest || size > largest.size) largest = { found, size };
  }
  return largest?.found;
}

function replaceAt(value: unknown, path: readonly (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [step, ...rest] = path;
  if (Array.isArray(value)) return value.map((item, index) => (index === step ? replaceAt(item, rest, replacement) : item));
  const object = value as Json;
  return { ...object, [step!]: replaceAt(object[step!], rest, replacement) };
}

const numeric = (value: unknown): number | undefined => {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  return undefined;
};

export const timeOf = (item: unknown, keys: readonly string[] = TIME_KEYS): string | undefined => {
  if (!item || typeof item !== 'object') return undefined;
  for (const key of keys) {
    const value = (item as Json)[key];
    if (typeof value === 'string' && value) return value;
  }
  return undefined;
};

/** A time series: flat points, each with a point time, at least one number, and otherwise only short labels. */
export function isSeries(items: readonly unknown[]): boolean {
  const isPoint = (item: unknown) => {
    if (timeOf(item, SERIES_TIME_KEYS) === undefined) return false;
    const values = Object.entries(item as Json).filter(([key]) => !SERIES_TIME_KEYS.includes(key)).map(([, value]) => value);
    return values.some((value) => numeric(value) !== undefined) && values.every((value) => numeric(value) !== undefined || (typeof value === 'string' && value.length <= 32));
  };
  return items.length > 2 && items.every(isPoint);
}

/** Averages every `factor` consecutive points into one, keeping the first point's time and each field's type. */
function downsample(items: readonly unknown[], factor: number): unknown[] {
  const out: unknown[] = [];
  for (let start = 0; start < items.length; start += factor) {
    const group = items.slice(start, start + factor) as Json[];
    const first = group[0]!;
    const merged: Json = {};
    for (const [key, sample] of Object.entries(first)) {
      const numbers = group.map((point) => numeric(point[key]));
      if (TIME_KEYS.includes(key) || numbers.some((number) => number === undefined)) merged[key] = sample;
      else {
        const mean = numbers.reduce<number>((sum, number) => sum + number!, 0) / group.length;
        const integral = group.every((point) => Number.isInteger(numeric(point[key])));
        const rounded = integral ? Math.round(mean) : Number(mean.toFixed(4));
        merged[key] = typeof sample === 'string' ? String(rounded) : rounded;
      }
    }
    out.push(merged);
  }
  return out;
}

const where = (path: readonly (string | number)[]) => path.join('.') || 'the result';

/** How to get what a cut list left out, from the arguments the call was made with. */
function continuation(call: CallShape, items: readonly unknown[], kept: number): string {
  const has = (name: string) => call.parameters.includes(name);
  const pageKey = has('PageNo') ? 'PageNo' : has('PageNumber') ? 'PageNumber' : undefined;
  const size = Number(call.args.PageSize ?? items.length);
  if (pageKey && has('PageSize') && items.length <= size) {
    const page = Number(call.args[pageKey] ?? 1);
    return `call again with the same arguments and PageSize=${kept}, ${pageKey}=${((page - 1) * size) / kept + 2} for the next items`;
  }
  const nextTime = timeOf(items[kept]);
  if (nextTime && has('StartTime')) return `call again with a narrower window: StartTime=${nextTime} onwards holds the rest`;
  if (has('PageSize')) return `call again with PageSize=${kept} and the continuation token of each answer`;
  return 'narrow the request (fewer IDs, fields or a shorter time window) to see the rest';
}

/** The largest `kept` whose page arithmetic stays exact: a divisor of the page size, so the next page starts right after. */
function pageAligned(call: CallShape, kept: number, length: number): number {
  if (!call.parameters.includes('PageSize')) return kept;
  const size = Number(call.args.PageSize ?? length);
  for (let candidate = kept; candidate > 1; candidate--) if (size % candidate === 0) return candidate;
  return 1;
}

export function fitToBudget(value: Json, render: (value: Json) => string, maxTokens: number, call: CallShape): Fitted {
  const fits = (candidate: Json) => estimateTokens(render(candidate)) <= maxTokens;
  const text = render(value);
  if (estimateTokens(text) <= maxTokens) return { value, text, notes: [] };
  let current = value;
  const notes: string[] = [];
  const handled = new Set<string>();
  for (let round = 0; round < 8 && !fits(current); round++) {
    const list = largestList(current, handled);
    if (!list) break;
    handled.add(where(list.path));
    const { items, path } = list;
    if (isSeries(items)) {
      let factor = 2;
      while (factor < items.length && !fits(replaceAt(current, path, downsample(items, factor)) as Json)) factor *= 2;
      if (factor < items.length) {
        current = replaceAt(current, path, downsample(items, factor)) as Json;
        notes.push(`${where(path)}: ${items.length} points averaged ${factor} to 1 (${Math.ceil(items.length / factor)} shown); for full resolution ask for a shorter window (StartTime/EndTime).`);
        continue;
      }
    }
    let low = 1;
    let high = items.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (fits(replaceAt(current, path, items.slice(0, middle)) as Json)) low = middle;
      else high = middle - 1;
    }
    const kept = pageAligned(call, low, items.length);
    current = replaceAt(current, path, items.slice(0, kept)) as Json;
    notes.push(`${where(path)}: the first ${kept} of ${items.length} items are shown; ${continuation(call, items, kept)}.`);
  }
  if (!fits(current)) {
    const shortened = shortenStrings(current, (candidate) => fits(candidate));
    current = shortened.value;
    notes.push(...shortened.notes);
  }
  return { value: current, text: render(current), notes };
}

function stringsOf(value: unknown, path: (string | number)[] = [], found: { path: (string | number)[]; text: string }[] = []) {
  if (typeof value === 'string' && value.length > 200) found.push({ path, text: value });
  else if (Array.isArray(value)) value.forEach((item, index) => stringsOf(item, [...path, index], found));
  else if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) stringsOf(child, [...path, key], found);
  return found.sort((a, b) => b.text.length - a.text.length);
}

/** The last resort: the longest strings shortened, each saying how much was cut. */
function shortenStrings(value: Json, fits: (value: Json) => boolean): { value: Json; notes: string[] } {
  let current = value;
  const notes: string[] = [];
  for (const { path, text } of stringsOf(value)) {
    if (fits(current)) break;
    let keep = 200;
    let high = text.length - 1;
    const cut = (length: number) => replaceAt(current, path, `${text.slice(0, length)}…[${text.length - length} characters left out]`) as Json;
    while (keep < high) {
      const middle = Math.ceil((keep + high) / 2);
      if (fits(cut(middle))) keep = middle;
      else high = middle - 1;
    }
    current = cut(keep);
    notes.push(`${where(path)}: ${text.length - keep} of ${text.length} characters left out.`);
  }
  return { value: current, notes };
}

/** An error or other plain text over budget: its head, and how much was left out. */
export function clipText(text: string, maxTokens: number): string {
  if (estimateTokens(text) <= maxTokens) return text;
  let keep = Math.min(text.length, maxTokens);
  while (keep > 0 && estimateTokens(text.slice(0, keep)) > maxTokens - 20) keep = Math.floor(keep * 0.9);
  return `${text.slice(0, keep)}…[${text.length - keep} characters left out to fit the result budget]`;
}

const secondsBetween = (a: string | undefined, b: string | undefined) => {
  const start = Date.parse(a ?? '');
  const end = Date.parse(b ?? '');
  return Number.isFinite(start) && Number.isFinite(end) ? Math.abs(end - start) / 1000 : undefined;
};

/** One line per time series of the result: points, interval, total, average and peak (with its time) of its main value. */
export function summarizeSeries(value: Json): string[] {
  return seriesOf(value).map(({ path, items }) => {
      const points = items as Json[];
      const field = 'Value' in points[0]! ? 'Value' : Object.keys(points[0]!).find((key) => !TIME_KEYS.includes(key) && numeric(points[0]![key]) !== undefined)!;
      const values = points.map((point) => numeric(point[field]) ?? 0);
      const total = values.reduce((sum, number) => sum + number, 0);
      const peakIndex = values.indexOf(Math.max(...values));
      const interval = secondsBetween(timeOf(points[0]), timeOf(points[1]));
      const round = (number: number) => Number(number.toFixed(2));
      return `${where(path)}: ${points.length} points${interval ? ` every ${interval} s` : ''}, ${field} total ${round(total)}, average ${round(total / points.length)}, peak ${round(values[peakIndex]!)} at ${timeOf(points[peakIndex])}.`;
    });
}
