import type { CallToolResult, Tool } from '@modelcontextprotocol/server';
import { z } from 'zod';
import { maskSecrets, nextStepFor, VodApiError } from '../client/index.js';
import type { Logger } from '../log.js';
import { toolIcons } from './icons.js';
import type { AnyTool, ToolContext } from '../tools/define-tool.js';
import { toSnakeCase } from '../tools/define-tool.js';
import { TaskError } from '../tools/tasks/task-error.js';
import { checkToolIn, type Checkable } from '../tools/check-tool.js';
import { clip, closest } from '../tools/names.js';
import { pagingOf } from './paging.js';
import { clipText, DEFAULT_RESULT_TOKENS, fitToBudget, summarizeSeries } from './result-budget.js';
import { referRepeats, renderCountingRepeats, REPEATS_NOTICE } from './repeated-values.js';
import { renderResultText } from './untrusted.js';

const converted = new WeakMap<AnyTool, Tool>();

/** The MCP view of a tool, converted from zod once per process and reused by every session's tools/list. */
export function toMcpTool(tool: AnyTool): Tool {
  let cached = converted.get(tool);
  if (!cached) {
    cached = convert(tool);
    converted.set(tool, cached);
  }
  return cached;
}

function convert(tool: AnyTool): Tool {
  return {
    name: tool.name,
    title: tool.title,
    description: tool.description,
    inputSchema: toJsonSchema(tool.input, 'input') as Tool['inputSchema'],
    outputSchema: toJsonSchema(tool.output, 'output') as Tool['outputSchema'],
    annotations: tool.annotations,
    icons: toolIcons(tool.tier),
  };
}

function toJsonSchema(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<string, unknown>;
  delete json.$schema;
  return withoutSafeIntegerBounds(json) as Record<string, unknown>;
}

/** zod writes JavaScript's safe-integer limits on every `.int()`: bounds that say nothing and cost tokens. */
function withoutSafeIntegerBounds(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutSafeIntegerBounds);
  if (!node || typeof node !== 'object') return node;
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'maximum' && value === Number.MAX_SAFE_INTEGER) || (key === 'minimum' && value === Number.MIN_SAFE_INTEGER)) continue;
    result[key] = withoutSafeIntegerBounds(value);
  }
  return result;
}

/** Every error text a tool returns passes the same masking as API messages and log lines. */
export function errorResult(text: string): CallToolResult {
  return { isError: true, content: [{ type: 'text', text: maskSecrets(text) }] };
}

/** `catalog`: every tool of the catalog, where a call whose answer was lost finds the read that shows whether it ran. */
export function formatApiError(error: VodApiError, catalog: readonly (Checkable & { readonly toolset: string })[]): string {
  const from = error.action && error.action !== '-' ? ` from ${error.action}` : '';
  const parts = [`VOD API error ${error.code}${error.httpStatus ? ` (HTTP ${error.httpStatus})` : ''}${from}: ${error.message}`];
  if (error.requestId) parts.push(`RequestId: ${error.requestId}`);
  const check = error.outcomeUnknown ? checkToolIn(error.action, catalog) : undefined;
  const nextStep = nextStepFor(error.code, {
    outcomeUnknown: error.outcomeUnknown,
    tool: from ? toSnakeCase(error.action) : undefined,
    checkWith: check && `${check.name} (toolset ${check.toolset})`,
  });
  parts.push(`Next step: ${nextStep}`);
  return parts.join('\n');
}

/** The keys of the object schema found at `path` (through optional wrappers and arrays), for suggestions. */
function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  const unwrap = (current: unknown): unknown => {
    let value = current;
    while (value instanceof z.ZodOptional || value instanceof z.ZodNullable || value instanceof z.ZodDefault) value = value.unwrap();
    return value;
  };
  let current = unwrap(schema);
  for (const key of path) {
    if (current instanceof z.ZodObject) current = unwrap((current.shape as Record<string, unknown>)[String(key)]);
    else if (current instanceof z.ZodArray) current = unwrap(current.element);
    else return [];
  }
  return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
}

/** Names the argument and the rule for each problem; unknown names get the closest valid one. */
export function formatInputError(tool: AnyTool, error: z.ZodError): string {
  const valid = Object.keys(tool.input.shape);
  const MAX_ISSUES = 20;
  const lines = error.issues.slice(0, MAX_ISSUES).map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const where = issue.path.length ? ` in ${clip(issue.path.join('.'))}` : '';
      const choices = issue.path.length ? keysAt(tool.input, issue.path) : valid;
      const shown = issue.keys.slice(0, 10);
      const more = issue.keys.length > shown.length ? ` And ${issue.keys.length - shown.length} more unknown keys.` : '';
      return shown
        .map((key) => {
          const near = closest(key, choices);
          return `Unknown ${where ? 'key' : 'argument'} "${clip(key)}"${where}${near ? ` (did you mean "${near}"?)` : ''}.${where && choices.length ? ` Valid keys: ${choices.join(', ')}.` : ''}`;
        })
        .join(' ') + more;
    }
    const path = issue.path.length ? clip(issue.path.join('.')) : '(arguments)';
    return `${path}: ${issue.message}`;
  });
  if (error.issues.length > MAX_ISSUES) lines.push(`... and ${error.issues.length - MAX_ISSUES} more problems.`);
  return `Invalid arguments for ${tool.name}; nothing was sent to the API.\n${lines.join('\n')}\nValid arguments: ${valid.join(', ') || '(none)'}.`;
}

export type ParsedArgs = { ok: true; args: Record<string, unknown> } | { ok: false; result: CallToolResult };

/** Keys that address the object model, not data: JSON.parse keeps them as own keys, but objects copied later may drop them. */
const OBJECT_MODEL_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function objectModelKeyPath(value: unknown, path: string[] = [], depth = 0): string[] | undefined {
  if (typeof value !== 'object' || value === null || depth > 64) return undefined;
  for (const key of Object.keys(value)) {
    if (OBJECT_MODEL_KEYS.has(key)) return [...path, key];
    const found = objectModelKeyPath((value as Record<string, unknown>)[key], [...path, key], depth + 1);
    if (found) return found;
  }
  return undefined;
}

export function parseArguments(tool: AnyTool, rawArgs: unknown): ParsedArgs {
  const reserved = objectModelKeyPath(rawArgs);
  if (reserved) {
    const key = reserved[reserved.length - 1];
    const where = reserved.length > 1 ? ` in ${reserved.slice(0, -1).join('.')}` : '';
    const valid = Object.keys(tool.input.shape);
    return {
      ok: false,
      result: errorResult(
        `Invalid arguments for ${tool.name}; nothing was sent to the API.\nUnknown ${where ? 'key' : 'argument'} "${key}"${where}: no VOD parameter has this name.\nValid arguments: ${valid.join(', ') || '(none)'}.`,
      ),
    };
  }
  const parsed = tool.input.safeParse(rawArgs ?? {});
  return parsed.success ? { ok: true, args: parsed.data } : { ok: false, result: errorResult(formatInputError(tool, parsed.error)) };
}

/** The whole catalog, asked for only when an API error's outcome is unknown (to name the read that checks it). */
export type CatalogLookup = () => Promise<readonly (Checkable & { readonly toolset: string })[]>;

export async function runTool(tool: AnyTool, args: Record<string, unknown>, context: ToolContext, logger: Logger, maxTokens: number | undefined, catalog: CatalogLookup): Promise<CallToolResult> {
  maxTokens ??= DEFAULT_RESULT_TOKENS;
  let result: unknown;
  try {
    result = await tool.run(args, context);
  } catch (error) {
    if (error instanceof VodApiError) return errorResult(clipText(formatApiError(error, error.outcomeUnknown ? await catalog() : []), maxTokens));
    if (error instanceof TaskError) return errorResult(clipText(`${tool.name}: ${error.message}`, maxTokens));
    logger.error(`tool ${tool.name} failed`, { error: (error as Error).message });
    return errorResult(clipText(`Internal error in ${tool.name}: ${(error as Error).message}`, maxTokens));
  }
  const checked = tool.output.safeParse(result);
  if (!checked.success) {
    logger.warn(`tool ${tool.name}: response does not match its output schema`, { issues: checked.error.issues.slice(0, 3) });
    return errorResult(
      clipText(`The API answered, but the answer does not match ${tool.name}'s output schema (${z.prettifyError(checked.error)}). Raw answer: ${renderResultText(result)}`, maxTokens),
    );
  }
  return shapedResult(tool, checked.data as Record<string, unknown>, args, maxTokens);
}

/** One line of server-written text: no control characters, no angle brackets (nothing that reads as a delimiter). */
function serverText(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must not reach the output
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, ' ').replace(/[<>]/g, '');
}

/**
 * The data as text and as structured content, within the result budget; a note on what was left out (also in
 * structured content, as ResultNotice) and a summary of each time series, as their own text blocks.
 */
function shapedResult(tool: AnyTool, output: Record<string, unknown>, args: Record<string, unknown>, maxTokens: number): CallToolResult {
  // A task tool's NextStep is written by this server (IDs and tool names only): its own text block, outside the data fence.
  const { NextStep: nextStep, ...data } = output;
  const next = tool.kind === 'task' && typeof nextStep === 'string' ? serverText(nextStep) : undefined;
  if (nextStep !== undefined && next === undefined) data.NextStep = nextStep;
  const summary = summarizeSeries(data);
  const reserve = 200 + summary.join('\n').length;
  const parameters = Object.keys(tool.input.shape);
  // fitToBudget renders the value it returns last: its repeat count is kept, not found again by another walk.
  let last: { readonly value: Record<string, unknown>; readonly replaced: number } | undefined;
  const render = (value: Record<string, unknown>) => {
    const rendered = renderCountingRepeats(value);
    last = { value, replaced: rendered.replaced };
    return rendered.text;
  };
  const fitted = fitToBudget(data, render, Math.max(500, maxTokens - reserve), { args, parameters });
  const notice = fitted.notes.length ? `Result shortened to fit the result budget (${maxTokens} tokens, --max-result-tokens). ${fitted.notes.join(' ')}` : undefined;
  // A shortened page continues as its notice says, not at the next full page.
  const paging = notice ? undefined : pagingOf(parameters, args, fitted.value);
  const structured = { ...fitted.value, ...(next ? { NextStep: next } : {}), ...(notice ? { ResultNotice: notice } : {}), ...(paging ? { Paging: paging } : {}) };
  const content: CallToolResult['content'] = [{ type: 'text', text: fitted.text }];
  const replaced = last?.value === fitted.value ? last.replaced : referRepeats(fitted.value).replaced;
  if (replaced) content.push({ type: 'text', text: REPEATS_NOTICE });
  if (next) content.push({ type: 'text', text: `Next step: ${next}` });
  if (notice) content.push({ type: 'text', text: notice });
  if (paging) content.push({ type: 'text', text: `Paging: ${JSON.stringify(paging)}${paging.NextPage ? ' (add NextPage to the same arguments for the next page)' : ' (last page)'}` });
  if (summary.length) content.push({ type: 'text', text: `Series summary (full data): ${summary.join(' ')}` });
  return { content, structuredContent: structured };
}
