const UTC_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/;

/** Parses the protocol's time format `yyyy-MM-ddTHH:mm:ssZ` strictly (no fractions, no offsets, real dates only). */
export function parseUtcTime(text: string): number | undefined {
  if (!UTC_TIME.test(text)) return undefined;
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) return undefined;
  // Date.parse rolls over impossible dates such as 02-30; reject them by formatting back.
  return formatUtcTime(ms) === text ? ms : undefined;
}

/** Formats epoch milliseconds as `yyyy-MM-ddTHH:mm:ssZ`, dropping milliseconds. */
export function formatUtcTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Record-side time: epoch ms, or any string Date.parse understands (sandbox data may carry milliseconds). */
export function recordTimeToMs(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string') {
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? undefined : ms;
  }
  return undefined;
}

export function recordNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && value.trim() !== '') {
    const n = Number(value);
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

/** Quotes a string value for a Match expression (backslash-escapes `\` and `'`). */
export function quoteString(value: string): string {
  return `'${value.replace(/[\\']/g, (c) => `\\${c}`)}'`;
}
