import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { unwrapLists } from '../../src/client/unwrap-lists.js';
import { canonicalJson } from '../../src/mcp/confirmation-token.js';
import type { AnyTool } from '../../src/tools/define-tool.js';
import { fromApiParams } from './from-api-params.js';
import { loneItemsAsLists, MODEL_SHAPES } from './model-decode.js';

export interface SpecActionEntry {
  action: string;
  family: string;
  requestExample: Record<string, string> | null;
  responseExample: unknown;
  requestParams: { name: string; type: string; required: boolean }[];
}

export const SPEC_ACTIONS: SpecActionEntry[] = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../src/sandbox/spec/actions.json', import.meta.url)), 'utf8'),
) as SpecActionEntry[];

/** The three examples the manual wraps in `<Action>Response` (a PDF/XML artefact): unwrap them. */
export function responseBody(entry: SpecActionEntry): unknown {
  const example = entry.responseExample as Record<string, unknown> | null;
  const wrapped = example?.[`${entry.action}Response`];
  return wrapped && typeof wrapped === 'object' ? wrapped : example;
}

/** Compares API parameter values the way the service reads them: JSON by value, lists without spaces. */
export function sameParamValue(a: string, b: string): boolean {
  const parse = (text: string): unknown => {
    try {
      const value: unknown = JSON.parse(text);
      return typeof value === 'object' ? value : undefined;
    } catch {
      return undefined;
    }
  };
  const ja = parse(a);
  const jb = parse(b);
  if (ja !== undefined && jb !== undefined) return canonicalJson(ja) === canonicalJson(jb);
  const norm = (text: string) => text.replace(/\s*,\s*/g, ',').replace(/\s*\n\s*/g, '\n').trim();
  return norm(a) === norm(b);
}

/** Spec request examples that break the spec's own parameter table, each with the reason; they are not replayed. */
export const INVALID_SPEC_EXAMPLES: Record<string, string> = {
  SearchMedia: 'Match is the placeholder "field = value": an unknown field and an unquoted value (17.6 requires quotes).',
  GetVideoList: 'CateId is the masked "781111****", but the table types it Long.',
  UpdateCategory: 'CateId is the masked "10020****", but the table types it Long.',
  DeleteCategory: 'CateId is the masked "10020****", but the table types it Long.',
  GetCategories: 'CateId is the masked "10020****", but the table types it Long.',
  SubmitSnapshotJob: 'SpriteSnapshotConfig is written with single quotes: not JSON.',
  AddWatermark: 'Type is Text but WatermarkConfig is an image config, with the misspelt ReferPos "BottonLeft" and an undocumented Type key.',
  UpdateWatermark: 'WatermarkConfig misspells ReferPos as "BottonLeft" and adds an undocumented Type key.',
  SetMessageCallback: 'AuthKey "dsf346dvet" has no upper case letter, which the same table requires (upper case, lower case and digits).',
  DescribeVodUserDomains: 'Tag is sent as JSON; the table and the metadata type it a RepeatList (Tag.N.Key, Tag.N.Value).',
  UpdateAttachedMediaInfos: 'UpdateContent uses the keys "MediaId " (trailing space), Title2 and Description2, which the table does not define.',
};

/** Asserts that a request example, as tool arguments, validates and serializes back to the same parameters. */
export function expectRoundTrip(tool: AnyTool, example: Record<string, string>): void {
  const params = Object.fromEntries(Object.entries(example).filter(([key]) => key !== 'Action'));
  const parsed = tool.input.safeParse(fromApiParams(tool, params));
  expect(parsed.success, `${tool.action}: ${parsed.success ? '' : JSON.stringify(parsed.error.issues)}`).toBe(true);
  const sent = tool.toParams(parsed.data!);
  expect(Object.keys(sent).sort()).toEqual(Object.keys(params).sort());
  for (const [key, value] of Object.entries(params)) expect(sameParamValue(sent[key]!, value), `${tool.action}.${key}: ${sent[key]} vs ${value}`).toBe(true);
}

/**
 * Asserts that the spec's JSON response example of the tool's action, in the client's flat shape (unwrapLists, as
 * parseResponse hands every answer on; lone items the manual prints for one-item lists made lists first), validates
 * against its output schema.
 */
export function expectResponseExample(tool: AnyTool): void {
  const entry = SPEC_ACTIONS.find((candidate) => candidate.action === tool.action);
  const body = entry ? responseBody(entry) : undefined;
  const shape = MODEL_SHAPES[tool.action];
  const listed = body && shape ? loneItemsAsLists(shape, structuredClone(body)) : body;
  const flat = listed && typeof listed === 'object' ? unwrapLists(tool.action, listed as Record<string, unknown>) : listed;
  const result = tool.output.safeParse(flat);
  expect(result.success, `${tool.action}: ${result.success ? '' : JSON.stringify(result.error.issues.slice(0, 3))}`).toBe(true);
}

/** The spec's request example of an action (without Action). */
export function requestExampleOf(action: string): Record<string, string> {
  const example = SPEC_ACTIONS.find((candidate) => candidate.action === action)?.requestExample;
  if (!example) throw new Error(`the spec has no request example for ${action}`);
  return Object.fromEntries(Object.entries(example).filter(([key]) => key !== 'Action'));
}
