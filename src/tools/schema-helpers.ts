import { z } from 'zod';
import { parseUtcTime } from '../search/index.js';
import { copyWireFormat, wireFormatOf } from './wire-format.js';

/** Shared argument shapes, so every tool states the spec's rules in the schema, not only in prose. */

/** Cap for a string the spec gives no limit (published as maxLength; see hardenInput). */
export const DEFAULT_MAX_LENGTH = 1024;
/** Cap for URLs the spec gives no limit. */
export const URL_MAX_LENGTH = 2048;
/** Cap for one ID in an ID list (VOD IDs are 32 characters; app, domain and job IDs are shorter). */
export const ID_MAX_LENGTH = 128;

// ---------------------------------------------------------------------------------------------------------------
// Text content. Every input string is checked for one of two kinds (hardenInput adds singleLine where a string has
// neither): single-line fields (titles, names, tags, IDs, URLs...) refuse control characters, line breaks and bidi
// controls; multi-line fields (descriptions, notes, PEM, XML) allow tab and line breaks (and bidi controls, which
// right-to-left prose uses) but no other control character. Lone UTF-16 surrogates are refused in both.

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// Control characters are what these two rules are about.
/* eslint-disable no-control-regex */
const SINGLE_LINE_FORBIDDEN = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;
const MULTI_LINE_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/* eslint-enable no-control-regex */

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

function whatIs(char: string): string {
  if (/[\r\n\u2028\u2029]/.test(char)) return 'a line break';
  if (/[\u202A-\u202E\u2066-\u2069]/.test(char)) return 'a bidirectional override';
  if (char === '\u0000') return 'NUL';
  return 'a control character';
}

function contentCheck(forbidden: RegExp, kind: string) {
  return z.superRefine<string>((value, ctx) => {
    const lone = LONE_SURROGATE.exec(value);
    if (lone) {
      ctx.addIssue({
        code: 'custom',
        input: value,
        message: `has a lone UTF-16 surrogate (${codePoint(lone[0])}) at position ${lone.index}: half of a character, not valid Unicode text`,
      });
      return;
    }
    const bad = forbidden.exec(value);
    if (bad) {
      ctx.addIssue({ code: 'custom', input: value, message: `has ${whatIs(bad[0])} (${codePoint(bad[0])}) at position ${bad.index}; not allowed in ${kind}` });
    }
  });
}

/** The check of single-line text: no control characters, line breaks or bidi controls, no lone surrogates. */
export const SINGLE_LINE = contentCheck(SINGLE_LINE_FORBIDDEN, 'a single-line field');
/** The check of multi-line text: tab and line breaks allowed; other control characters and lone surrogates refused. */
export const MULTI_LINE = contentCheck(MULTI_LINE_FORBIDDEN, 'this field');

/** Marks a string schema as multi-line text (descriptions, notes, PEM, XML). */
export const multiLine = <T extends z.ZodString>(schema: T): T => schema.check(MULTI_LINE) as T;

// ---------------------------------------------------------------------------------------------------------------
// Lists the API takes comma-separated: an item must not contain the separator, or one item becomes several.

/** Items of a list the API takes comma-joined: not empty, no comma, no leading/trailing whitespace (published as a pattern). */
export const COMMA_LIST_ITEM = z.regex(/^[^\s,](?:[^,]*[^\s,])?$/, 'must not contain a comma or start/end with whitespace: the list is sent comma-separated, give one value per item');

/** The same for URL items (a pattern would hide their `format: uri`); a comma in a URL is written %2C. */
export const COMMA_FREE_URL = z.superRefine<string>((value, ctx) => {
  if (value.includes(',')) ctx.addIssue({ code: 'custom', input: value, message: 'must not contain a comma (write it as %2C): the list is sent comma-separated' });
});

/** Items of a list the API takes newline-joined (CDN object paths): no line break. */
export const NEWLINE_LIST_ITEM = z.regex(/^[^\r\n]*$/, 'must not contain a line break: give one value per item');

/** The check of one ID in an ID list: no whitespace, no comma. */
export const LIST_ID = z.regex(/^[^\s,]+$/, 'must not contain whitespace or commas: give one ID per item');

/** One ID of an ID list: 1-128 characters, no whitespace, no comma. */
export const listId = () => z.string().min(1).max(ID_MAX_LENGTH).check(LIST_ID);

/** A comma-separated list in the API, an array in the tool. Items refuse commas (they would split into more items). */
export const idList = (max: number, description: string, item: z.ZodString = listId()) =>
  z.array(hasCheck(item, LIST_ID) ? item : item.check(COMMA_LIST_ITEM)).min(1).max(max).describe(`${description} 1-${max} items.`);

// ---------------------------------------------------------------------------------------------------------------
// Scalars.

/** `yyyy-MM-ddTHH:mm:ssZ` with each month's days and hour, minute, second in range; the refinement also refuses 02-29 of common years. */
export const UTC_TIME_PATTERN =
  /^\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2\d))T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\dZ$/;

/**
 * Published on objects whose StartTime and EndTime go together (JSON Schema's dependentRequired). The order and the
 * window, which JSON Schema cannot compare, are stated in EndTime's description ("after StartTime, within N days").
 */
export const TIME_PAIR = { dependentRequired: { StartTime: ['EndTime'], EndTime: ['StartTime'] } } as const;

/** JSON Schema for "these properties must be absent" (`{properties: {X: false}}`), for one-of rules in `.meta()`. */
export const absent = (...keys: readonly string[]) => ({ properties: Object.fromEntries(keys.map((key) => [key, false])) });

/** JSON Schema `if field == value then rule`, for rules that depend on an enum argument, in `.meta({ allOf: [...] })`. */
export const whenEquals = (field: string, value: string, then: Record<string, unknown>) => ({
  if: { properties: { [field]: { const: value } }, required: [field] },
  then,
});

/**
 * Several `whenEquals` rules as one root if/then/else chain: a root allOf/anyOf/oneOf is refused by several clients
 * (the Anthropic API among them), and the rules test one field, so at most one branch applies.
 */
export const ifChain = (rules: readonly { if: unknown; then: unknown }[]): Record<string, unknown> =>
  rules.reduceRight<Record<string, unknown>>((rest, rule) => ({ if: rule.if, then: rule.then, ...(Object.keys(rest).length ? { else: rest } : {}) }), {});

/** JSON Schema "give at least one of the two", as a root if/then (a root anyOf is refused by several clients). */
export const atLeastOneOf = (first: string, second: string) => ({ if: { not: { required: [first] } }, then: { required: [second] } });

/** JSON Schema for a list in which `value` (e.g. 'ALL') must stand alone, in the array's `.meta()`. */
export const aloneInList = (value: string) => ({ if: { contains: { const: value } }, then: { maxItems: 1 } });

/** EndTime's description with its rule: `endTimeText(31)` -> "End (UTC), after StartTime, within 31 days." */
export const endTimeText = (maxDays?: number, extra = '') => `End (UTC), after StartTime${maxDays ? `, within ${maxDays} days` : ''}${extra}.`;

export const utcTime = (description: string) =>
  z
    .string()
    .max(20)
    .regex(UTC_TIME_PATTERN, 'must be a UTC time in the form yyyy-MM-ddTHH:mm:ssZ')
    .refine((value) => parseUtcTime(value) !== undefined, 'must be a real date and time (e.g. no February 29 in a common year)')
    .describe(description);

/** Strings whose limit the spec states in UTF-8 bytes (Title 128, Description 1024...). Single-line unless `multiline`. */
export const utf8String = (maxBytes: number, description: string, options: { multiline?: boolean } = {}) => {
  // maxLength in UTF-16 units is a true upper bound of a byte limit (no character is shorter in UTF-8), so publish it.
  const base = z.string().max(maxBytes);
  return (options.multiline ? multiLine(base) : base)
    .refine((value) => Buffer.byteLength(value, 'utf8') <= maxBytes, `must be at most ${maxBytes} bytes in UTF-8`)
    .describe(`${description} Max ${maxBytes} bytes.`);
};

/**
 * A regular expression source matching exactly the decimal integers min..max (no sign, no leading zeros), so the
 * numeric range of a string parameter is published as a pattern. The range is split where digits roll over
 * (the approach of to-regex-range), each piece is `prefix[a-b]\\d{n}`.
 */
export function integerRangePattern(min: number, max: number): string {
  if (!Number.isInteger(min) || !Number.isInteger(max) || min < 0 || max < min) throw new Error(`bad range ${min}-${max}`);
  const stops = new Set([max]);
  const fillNines = (value: number, count: number) => Number(String(value).slice(0, -count) + '9'.repeat(count));
  for (let count = 1, stop = fillNines(min, 1); min <= stop && stop <= max; stop = fillNines(min, ++count)) stops.add(stop);
  const fillZeros = (value: number, count: number) => value - (value % 10 ** count);
  for (let count = 1, stop = fillZeros(max + 1, 1) - 1; min < stop && stop <= max; stop = fillZeros(max + 1, ++count) - 1) stops.add(stop);
  const parts: string[] = [];
  let start = min;
  for (const stop of [...stops].sort((x, y) => x - y)) {
    parts.push(piecePattern(String(start), String(stop)));
    start = stop + 1;
  }
  return `^(?:${parts.join('|')})$`;
}

function piecePattern(start: string, stop: string): string {
  let pattern = '';
  let anyDigits = 0;
  for (let i = 0; i < start.length; i++) {
    if (start[i] === stop[i]) pattern += start[i];
    else if (start[i] === '0' && stop[i] === '9') anyDigits++;
    else pattern += `[${start[i]}-${stop[i]}]`;
  }
  return pattern + (anyDigits === 0 ? '' : anyDigits === 1 ? '\\d' : `\\d{${anyDigits}}`);
}

/** A whole number carried as a string (the API types it String), min..max, published as a pattern. */
export const integerText = (min: number, max: number, message = `must be a whole number ${min}-${max}`) =>
  z.string().max(String(max).length).regex(new RegExp(integerRangePattern(min, max)), message);

export const pageNo = () => z.number().int().min(1).describe('Page number, from 1.');

export const pageSize = (max: number, fallback?: number) =>
  z.number().int().min(1).max(max).describe(`Items per page, 1-${max}${fallback ? ` (default ${fallback})` : ''}.`);

export const httpUrl = (description: string) =>
  z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).max(URL_MAX_LENGTH).describe(description);

// ---------------------------------------------------------------------------------------------------------------
// hardenInput: applied by defineTool to every input schema, so no string escapes a cap or a content check.

type Def = Record<string, unknown> & { type: string; checks?: unknown[] };

const defOf = (schema: z.ZodType) => schema._zod.def as unknown as Def;
const hasCheck = (schema: z.ZodType, check: unknown) => (defOf(schema).checks ?? []).includes(check);

function hasMaxLength(schema: z.ZodType): boolean {
  return (defOf(schema).checks ?? []).some((check) => {
    const kind = (check as z.ZodType)._zod.def as unknown as { check?: string };
    return kind.check === 'max_length' || kind.check === 'length_equals';
  });
}

/** A clone of `schema` with a new definition, keeping its description and other metadata. */
function rebuilt<T extends z.ZodType>(schema: T, def: Def): T {
  const copy = schema.clone(def as unknown as T['_zod']['def']) as T;
  const meta = z.globalRegistry.get(schema);
  if (meta) z.globalRegistry.add(copy, meta);
  copyWireFormat(schema, copy);
  return copy;
}

function hardenString(schema: z.ZodType, listSeparator: boolean): z.ZodType {
  let result = schema as z.ZodString;
  if (!hasMaxLength(result)) result = result.max(DEFAULT_MAX_LENGTH);
  if (!hasCheck(result, SINGLE_LINE) && !hasCheck(result, MULTI_LINE)) result = result.check(SINGLE_LINE);
  if (listSeparator && ![COMMA_LIST_ITEM, COMMA_FREE_URL, LIST_ID, NEWLINE_LIST_ITEM].some((check) => hasCheck(result, check))) {
    if (defOf(result).format === 'url') {
      // A pattern check would replace `format: uri` in the JSON Schema; publish the rule next to it instead.
      result = result.check(COMMA_FREE_URL).meta({ ...z.globalRegistry.get(result), pattern: '^[^,]*$' });
    } else result = result.check(COMMA_LIST_ITEM);
  }
  return result;
}

/**
 * Walks a schema and returns a copy in which every string has a maximum length (DEFAULT_MAX_LENGTH where it had none)
 * and a content check (SINGLE_LINE where it had none). `listItem`: the strings are items of a top-level list the
 * default serialization joins with commas, so they also refuse commas unless they declare another separator.
 */
function harden(schema: z.ZodType, listItem = false): z.ZodType {
  const def = defOf(schema);
  const walk = (inner: unknown, item = listItem) => harden(inner as z.ZodType, item);
  switch (def.type) {
    case 'string':
      return hardenString(schema, listItem);
    case 'object': {
      const shape = Object.fromEntries(Object.entries(def.shape as Record<string, z.ZodType>).map(([key, value]) => [key, walk(value, false)]));
      return rebuilt(schema, { ...def, shape });
    }
    case 'array':
      // Lists of lists are sent as JSON, where commas are fine.
      return rebuilt(schema, { ...def, element: walk(def.element, listItem && defOf(def.element as z.ZodType).type !== 'array') });
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'nonoptional':
    case 'readonly':
    case 'catch':
      return rebuilt(schema, { ...def, innerType: walk(def.innerType) });
    case 'union':
      return rebuilt(schema, { ...def, options: (def.options as z.ZodType[]).map((option) => walk(option)) });
    case 'record':
      return rebuilt(schema, { ...def, keyType: walk(def.keyType, false), valueType: walk(def.valueType, false) });
    case 'pipe':
      return rebuilt(schema, { ...def, in: walk(def.in) });
    case 'intersection':
      return rebuilt(schema, { ...def, left: walk(def.left), right: walk(def.right) });
    default:
      return schema;
  }
}

/** A top-level argument: a list of strings there is sent comma-joined by toApiParams, so its items refuse commas. */
function hardenArgument(schema: z.ZodType): z.ZodType {
  let inner = schema;
  while (['optional', 'nullable', 'default', 'readonly'].includes(defOf(inner).type)) inner = defOf(inner).innerType as z.ZodType;
  // RepeatList and JSON lists are not comma-joined, so their items may hold commas.
  return harden(schema, defOf(inner).type === 'array' && wireFormatOf(schema) === undefined);
}

/** The input schema as defineTool publishes and checks it: see `harden`. Object-level refinements are kept. */
export function hardenInput<T extends z.ZodObject<z.ZodRawShape>>(input: T): T {
  const def = defOf(input);
  const shape = Object.fromEntries(Object.entries(def.shape as Record<string, z.ZodType>).map(([key, value]) => [key, hardenArgument(value)]));
  return rebuilt(input, { ...def, shape });
}

/** Every string of a schema, with its path, for tests that check no string escaped hardenInput. */
export function stringsOf(schema: z.ZodType, path = ''): { path: string; schema: z.ZodType }[] {
  const def = defOf(schema);
  const walk = (inner: unknown, suffix = '') => stringsOf(inner as z.ZodType, path + suffix);
  switch (def.type) {
    case 'string':
      return [{ path, schema }];
    case 'object':
      return Object.entries(def.shape as Record<string, z.ZodType>).flatMap(([key, value]) => walk(value, path ? `.${key}` : key));
    case 'array':
      return walk(def.element, '[]');
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'nonoptional':
    case 'readonly':
    case 'catch':
      return walk(def.innerType);
    case 'union':
      return (def.options as z.ZodType[]).flatMap((option) => walk(option));
    case 'record':
      return [...walk(def.keyType, '{key}'), ...walk(def.valueType, '{}')];
    case 'pipe':
      return walk(def.in);
    case 'intersection':
      return [...walk(def.left), ...walk(def.right)];
    default:
      return [];
  }
}

export { hasCheck as schemaHasCheck, hasMaxLength as schemaHasMaxLength };

// Output side: loose, since the service adds fields over time, and tolerant of the spec's masked examples ("781111****").
export const out = {
  str: () => z.string().optional(),
  num: () => z.number().optional(),
  long: () => z.union([z.number(), z.string()]).optional(),
  bool: () => z.union([z.boolean(), z.string()]).optional(),
  obj: <T extends z.ZodRawShape>(shape: T) => z.looseObject(shape),
  list: <T extends z.ZodType>(item: T) => z.array(item).optional(),
  any: () => z.unknown().optional(),
};

/** Every response carries RequestId; build an output schema from the rest of its fields. */
export const response = <T extends z.ZodRawShape>(shape: T) => z.looseObject({ RequestId: z.string(), ...shape });
