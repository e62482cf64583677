import type { z } from 'zod';
import type { ApiParams, ApiResponse, VodApi } from '../client/index.js';
import type { UploadGrant } from '../client/upload/tickets.js';
import type { SharedStore } from '../store/index.js';
import { hardenInput } from './schema-helpers.js';
import type { Toolset } from './toolsets.js';
import { wireFormatOf } from './wire-format.js';

/**
 * read: changes nothing. write: changes state in a way the user can undo or repeat.
 * destructive: loses data or disrupts service in a way the user cannot undo from the tools.
 */
export type Tier = 'read' | 'write' | 'destructive';

export interface ToolAnnotations {
  title: string;
  readOnlyHint: boolean;
  destructiveHint: boolean;
  idempotentHint: boolean;
  openWorldHint: boolean;
}

/** What a destructive call will affect, resolved from the API before asking for confirmation. */
export interface Preview {
  /** One line the server writes, e.g. "Delete 2 videos (3.1 GB, 12 min)". Not uploader text. */
  readonly summary: string;
  /** The affected items as data (titles etc. are uploader text and are shown delimited). */
  readonly items?: readonly Record<string, unknown>[];
}

export interface ToolContext {
  readonly api: VodApi;
  readonly signal?: AbortSignal | undefined;
  /** Reports progress to the client when it asked for it (a progress token); does nothing otherwise. */
  readonly progress?: ((done: number, total?: number, message?: string) => void) | undefined;
  /** What task-level tools may use beyond the API; generated tools never need it. */
  readonly host?: TaskHost | undefined;
}

/**
 * The server's side of task-level tools: files, state and time bounds. Filled in by the MCP layer from the
 * server's options and the client's session (its MCP roots).
 */
export interface TaskHost {
  /**
   * local: the server runs on the user's machine (stdio) and may read files under the allowed roots.
   * remote: reached over HTTP; a path names a file on the user's machine, so no file is read here.
   */
  readonly files: 'local' | 'remote';
  /** Absolute directories files may be read from: the configured roots (default: the working directory) plus the client's MCP roots. */
  allowedRoots(): Promise<readonly string[]>;
  /** A directory for task state: upload checkpoints, bulk plans and their progress. */
  readonly stateDir: string;
  /**
   * The replica group's shared store (--redis): bulk plans, their progress and their run lock live there instead of
   * under stateDir, so any replica can run a plan made through another. Undefined for a single process.
   */
  readonly sharedStore?: SharedStore | undefined;
  /** The longest one call of a wait tool waits before it answers "still running, call again". */
  readonly maxWaitMs: number;
  /** Remote mode: a single-use ticket for one media record's upload, and the command the user runs on their machine. */
  readonly uploadTickets?: UploadTicketIssuer | undefined;
}

export interface UploadTicketIssuer {
  /** `filePath` is the user's path as they wrote it: only quoted into the command, never read here. */
  issue(grant: UploadGrant, filePath: string): Promise<{ Ticket: string; ExpiresAt: string; Command: string }>;
}

type AnyObject = z.ZodObject<z.ZodRawShape>;

export interface ToolSpec<I extends AnyObject, O extends z.ZodType> {
  /** The API action, e.g. `SearchMedia`; the tool name is its snake_case form. */
  readonly action: string;
  readonly title: string;
  readonly toolset: Toolset;
  readonly tier: Tier;
  /** One line: why this tier. Rendered in the docs' tier table. */
  readonly tierReason: string;
  /** Repeating the same call has no further effect. Defaults to true for read, false otherwise. */
  readonly idempotent?: boolean;
  /** The call starts paid processing (transcode, snapshot, AI, audit...). Appended to the description. */
  readonly billable?: boolean;
  readonly description: string;
  /** A strict object (z.strictObject) with the API's parameter names. */
  readonly input: I;
  readonly output: O;
  /** Arguments -> API parameters. Default: `toApiParams` (arrays comma-joined, objects JSON, declared wire formats). */
  readonly toParams?: (args: z.output<I>) => ApiParams;
  /** Default: one call of `action` with `toParams(args)`, returning the response. */
  readonly handler?: (args: z.output<I>, context: ToolContext) => Promise<z.input<O>>;
  /** For tools that need confirmation: what will be affected, looked up with read calls only. */
  readonly preview?: (args: z.output<I>, context: ToolContext) => Promise<Preview>;
  /**
   * An MCP Apps view that shows this tool's result (a name in src/views/registry.ts, built from views/<name>/).
   * Published as `_meta.ui.resourceUri` to clients that support the ui extension; the result itself is unchanged.
   */
  readonly view?: string;
}

export interface ToolDefinition<I extends AnyObject = AnyObject, O extends z.ZodType = z.ZodType> {
  readonly name: string;
  /** api: one API action. task: a job built from several calls (upload a file, wait, review, bulk). */
  readonly kind: 'api' | 'task';
  /** The API action (api tools), or the tool's name in PascalCase (task tools). */
  readonly action: string;
  readonly title: string;
  readonly toolset: Toolset;
  readonly tier: Tier;
  readonly tierReason: string;
  readonly billable: boolean;
  readonly description: string;
  readonly annotations: ToolAnnotations;
  readonly input: I;
  readonly output: O;
  toParams(args: z.output<I>): ApiParams;
  run(args: z.output<I>, context: ToolContext): Promise<z.input<O>>;
  preview?(args: z.output<I>, context: ToolContext): Promise<Preview>;
  /** The MCP Apps view of its results (ToolSpec.view). */
  readonly view?: string;
}

/** Any tool, whatever its schemas (methods are bivariant, so specific tools fit). */
export type AnyTool = ToolDefinition<AnyObject, z.ZodType>;

export function toSnakeCase(action: string): string {
  return action
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase();
}

/** The only place annotations are decided: from the tier, never from the verb in the name. */
export function annotationsFor(tier: Tier, title: string, idempotent: boolean | undefined): ToolAnnotations {
  return {
    title,
    readOnlyHint: tier === 'read',
    destructiveHint: tier === 'destructive',
    idempotentHint: tier === 'read' ? true : (idempotent ?? false),
    openWorldHint: true,
  };
}

const BILLABLE_NOTE = ' Billable: starts paid processing.';

export function defineTool<I extends AnyObject, O extends z.ZodType>(spec: ToolSpec<I, O>): ToolDefinition<I, O> {
  const toParams = spec.toParams ?? ((args: z.output<I>) => toApiParams(args as Record<string, unknown>, spec.input.shape));
  const idempotent = spec.tier === 'read' ? true : (spec.idempotent ?? false);
  return {
    name: toSnakeCase(spec.action),
    kind: 'api',
    action: spec.action,
    title: spec.title,
    toolset: spec.toolset,
    tier: spec.tier,
    tierReason: spec.tierReason,
    billable: spec.billable ?? false,
    description: spec.billable ? spec.description + BILLABLE_NOTE : spec.description,
    annotations: annotationsFor(spec.tier, spec.title, spec.idempotent),
    // Every string gets a length cap and a content check, published in the JSON Schema (schema-helpers: hardenInput).
    input: hardenInput(spec.input),
    output: spec.output,
    toParams,
    ...(spec.preview ? { preview: spec.preview } : {}),
    ...(spec.view ? { view: spec.view } : {}),
    run: spec.handler
      ? spec.handler
      : async (args, context) => (await context.api.call(spec.action, toParams(args), { idempotent, signal: context.signal })) as z.input<O>,
  };
}

export interface TaskToolSpec<I extends AnyObject, O extends z.ZodType> extends Omit<ToolSpec<I, O>, 'action' | 'toParams' | 'handler'> {
  /** snake_case, and no API action has it. */
  readonly name: string;
  readonly handler: (args: z.output<I>, context: ToolContext) => Promise<z.input<O>>;
}

/** A task-level tool: the same validation, tiers, confirmation, result budget and error paths as the generated ones. */
export function defineTaskTool<I extends AnyObject, O extends z.ZodType>(spec: TaskToolSpec<I, O>): ToolDefinition<I, O> {
  const { name, handler, ...rest } = spec;
  const action = name.replace(/(^|_)([a-z])/g, (_, __, letter: string) => letter.toUpperCase());
  return { ...defineTool({ ...rest, action, handler }), name, kind: 'task' };
}

/**
 * Serializes tool arguments to RPC parameters: lists of scalars comma-joined, objects and lists of objects as JSON,
 * except where the argument's schema (in `shape`) declares another wire format (see wire-format.ts): RepeatList
 * parameters flattened to `Name.1.Key=...`, Json lists as one JSON text.
 */
export function toApiParams(args: Record<string, unknown>, shape: Readonly<Record<string, unknown>> = {}): ApiParams {
  const params: ApiParams = {};
  for (const [key, value] of Object.entries(args)) {
    if (value === undefined || value === null) continue;
    const wire = wireFormatOf(shape[key]);
    if (wire === 'repeatList') Object.assign(params, flattenRepeatList(key, value));
    else if (wire === 'json') params[key] = JSON.stringify(value);
    else params[key] = serializeValue(value);
  }
  return params;
}

/** `[{Key:'a',Value:'b'}]` -> `{ 'Tag.1.Key': 'a', 'Tag.1.Value': 'b' }`; `['a','b']` -> `{ 'Id.1': 'a', 'Id.2': 'b' }` (1-based, as the API). */
function flattenRepeatList(name: string, value: unknown): ApiParams {
  const params: ApiParams = {};
  const items = Array.isArray(value) ? value : [value];
  items.forEach((item, index) => {
    const prefix = `${name}.${index + 1}`;
    if (item && typeof item === 'object' && !Array.isArray(item)) {
      for (const [field, fieldValue] of Object.entries(item as Record<string, unknown>)) {
        if (fieldValue !== undefined && fieldValue !== null) params[`${prefix}.${field}`] = serializeValue(fieldValue);
      }
    } else if (item !== undefined && item !== null) params[prefix] = serializeValue(item);
  });
  return params;
}

function serializeValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((item) => ['string', 'number'].includes(typeof item))) return value.join(',');
  return JSON.stringify(value);
}

export type { ApiResponse };
