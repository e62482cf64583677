import { z } from 'zod';
import { toApiParams } from '../define-tool.js';
import { endTimeText, ifChain, integerRangePattern, utcTime, whenEquals } from '../schema-helpers.js';
import { appId } from '../spec-shapes.js';

/**
 * Shared arguments of the player SDK analytics (DescribeVodPlayerCollectData, DescribeVodPlayerMetricData,
 * DescribeVodPlayerDimensionData), from the official SDK models' parameter notes (docs/spec-decisions.md).
 */

export const PLAYER_METRICS = [
  'Vv', 'RealVv', 'FirstFrame', 'SecondPlayRate', 'SlowPlayRate', 'StuckCountRate', 'SeekDuration', 'StuckDuration100s', 'StuckCount100s',
  'PlayFailRate', 'SeedFailRate', 'AvgPlayBitrate', 'AvgStartBitrate', 'ErrorCount100s',
  'Uv', 'AvgPerVv', 'AvgVideoDuration', 'AvgPerPlayDuration', 'AvgPerCompletionVv', 'CompletionVv', 'CompletionRate', 'AvgPlayDuration', 'JumpRate5s',
] as const;
export const PLAYER_OS = ['Android', 'iOS', 'Harmony', 'Windows', 'MacOS', 'Linux'] as const;
export const NATIVE_OS = ['Android', 'iOS', 'Harmony'] as const;
export const FILTER_FIELDS = [
  'SdkVersion', 'AppVersion', 'Codec', 'VideoType', 'Network', 'Country', 'Isp', 'VideoDefinition', 'Domain', 'Province', 'IsHw', 'ErrorCode',
] as const;
export const PLAYER_DIMENSIONS = ['Os', ...FILTER_FIELDS] as const;
/** Fields whose values are ordered, so they take > and < as well as = and !=. */
export const ORDERED_FIELDS: readonly string[] = ['SdkVersion', 'VideoDefinition'];
/** How Os and a filter's Value join several values on the wire. */
export const VALUE_SEPARATOR = '#_#';

const DAY_MS = 86_400_000;
const MAX_SPAN_DAYS = 31;

const unique = (items: readonly unknown[]) => new Set(items).size === items.length;

export const playerAppId = () => appId('App ID, e.g. app-1000000.');

export const playerWindowFields = {
  StartTime: utcTime('Start, UTC, within the last year; the range is [StartTime, EndTime).'),
  EndTime: utcTime(endTimeText(MAX_SPAN_DAYS)),
};

export const interval = () => z.enum(['5m', '1h', '1d']).describe('Granularity: 5m for spans up to 3 days, 1h up to 7 days, 1d any.');

export const metrics = () =>
  z
    .array(z.enum(PLAYER_METRICS))
    .min(1)
    .max(3)
    .refine(unique, 'give each metric once')
    .meta({ uniqueItems: true })
    .describe('1-3 metrics. QoS: plays, first frame (ms), stutter, failure and bitrate figures; QoE: viewers, durations (ms), completion, 5 s bounce. Rates are decimals.');

export const terminalType = () => z.enum(['web', 'mobile']).describe('web: Web player SDK; mobile: native (Android/iOS) player SDK.');

export const playerOs = () =>
  z.array(z.enum(PLAYER_OS)).min(1).max(PLAYER_OS.length).refine(unique, 'give each OS once').meta({ uniqueItems: true }).describe('Player OS filter; mobile takes Android, iOS, Harmony.');

/** The published rule: a mobile (native) terminal has only the mobile OSes. */
export const OS_BY_TERMINAL = ifChain([whenEquals('TerminalType', 'mobile', { properties: { Os: { items: { enum: [...NATIVE_OS] } } } })]);

/** EndTime after StartTime within 31 days; Interval allowed for the span; Os allowed for the terminal. */
export function checkPlayerQuery(args: { StartTime: string; EndTime: string; Interval: string; TerminalType: string; Os?: readonly string[] | undefined }, context: z.RefinementCtx): void {
  const span = Date.parse(args.EndTime) - Date.parse(args.StartTime);
  if (!(span > 0)) context.addIssue({ code: 'custom', path: ['EndTime'], message: 'must be after StartTime' });
  else if (span > MAX_SPAN_DAYS * DAY_MS) context.addIssue({ code: 'custom', path: ['EndTime'], message: `must be at most ${MAX_SPAN_DAYS} days after StartTime` });
  else if (args.Interval === '5m' && span > 3 * DAY_MS) context.addIssue({ code: 'custom', path: ['Interval'], message: 'spans over 3 days take 1h or 1d' });
  else if (args.Interval === '1h' && span > 7 * DAY_MS) context.addIssue({ code: 'custom', path: ['Interval'], message: 'spans over 7 days take 1d' });
  const native: readonly string[] = NATIVE_OS;
  if (args.TerminalType === 'mobile' && args.Os?.some((os) => !native.includes(os))) {
    context.addIssue({ code: 'custom', path: ['Os'], message: `mobile (native) players run on ${NATIVE_OS.join(', ')} only` });
  }
}

/** Period-over-period offset: `Nd`, 1-365 days. */
export const period = () =>
  z
    .string()
    .max(4)
    .regex(new RegExp(`^${integerRangePattern(1, 365).slice(1, -1)}d$`), 'must be days as Nd, 1d-365d')
    .describe('Compare with the same range N days earlier, as Nd (e.g. 1d, 7d).');

/** Arguments -> parameters: Os and each filter's Value joined by #_#, Filters as one JSON text. */
export function playerParams(args: Record<string, unknown>) {
  const { Os, Filters, ...rest } = args as { Os?: string[]; Filters?: { Field: string; Op: string; Value: string[] }[] };
  return {
    ...toApiParams(rest),
    ...(Os ? { Os: Os.join(VALUE_SEPARATOR) } : {}),
    ...(Filters ? { Filters: JSON.stringify(Filters.map((filter) => ({ Field: filter.Field, Op: filter.Op, Value: filter.Value.join(VALUE_SEPARATOR) }))) } : {}),
  };
}

/** A calendar date text (`yyyyMMdd` or `yyyy-MM-dd`) that exists. */
export const dateText = (dashed: boolean, description: string) => {
  const pattern = dashed ? /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/ : /^\d{4}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/;
  return z
    .string()
    .max(10)
    .regex(pattern, `must be a date as ${dashed ? 'yyyy-MM-dd' : 'yyyyMMdd'}`)
    .refine((value) => {
      const digits = value.replace(/-/g, '');
      const [year, month, day] = [Number(digits.slice(0, 4)), Number(digits.slice(4, 6)), Number(digits.slice(6, 8))];
      return new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
    }, 'must be a real date')
    .describe(description);
};

/** The regions VOD stores media in (SDK models). */
export const MEDIA_REGIONS = ['cn-beijing', 'cn-shanghai', 'cn-shenzhen', 'ap-northeast-1', 'ap-southeast-1', 'ap-southeast-5', 'eu-central-1'] as const;
