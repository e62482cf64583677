import current from '../../data/reference/openapi-params.json' with { type: 'json' };
import actions from './spec/actions.json' with { type: 'json' };
import { invalidParameter, missingParameter } from './errors.js';

/** The sandbox's own reading of the spec (extracted by scripts/extract-spec.mjs), independent of the tool schemas. */
export interface SpecParam {
  readonly name: string;
  readonly type: string;
  readonly required: boolean;
  readonly enum?: readonly string[];
}

export interface SpecError {
  readonly code: string;
  readonly message: string;
  readonly httpStatus: number;
}

export interface SpecAction {
  readonly action: string;
  readonly family: string;
  readonly qps: string | null;
  readonly requestParams: readonly SpecParam[];
  readonly errors: readonly SpecError[];
  readonly responseExample?: unknown;
}

interface MetadataAction {
  readonly parameters: readonly { name: string; type: string; required: boolean }[];
}

/**
 * The manual's 141 actions come from the sandbox's own extraction of the manual; the actions the manual does not
 * have yet come from the official API metadata (data/reference/openapi-params.json), which gives names, types and
 * required flags but no errors, enums or QPS. The manual's actions also take the metadata's newer parameters
 * (ReferenceId, JobIds...), and a parameter the metadata made optional is optional here: the handlers check what
 * replaces it (VideoId or ReferenceId) and still require what has no replacement.
 */
const TABLE = new Map<string, SpecAction>((actions as unknown as SpecAction[]).map((entry) => [entry.action, entry]));
for (const [action, meta] of Object.entries(current as Record<string, MetadataAction>)) {
  const manual = TABLE.get(action);
  if (!manual) {
    const requestParams = meta.parameters.map(({ name, type, required }) => ({ name, type, required }));
    TABLE.set(action, { action, family: 'current-api', qps: null, requestParams, errors: [] });
    continue;
  }
  const newer = new Map(meta.parameters.map((param) => [param.name, param]));
  // The manual writes a RepeatList as its members (`Tag.N.Key`, `Tag.N.Value`); the metadata names the list (`Tag`).
  const repeatLists = meta.parameters.filter((param) => param.type === 'RepeatList').map((param) => `${param.name}.N.`);
  const merged = manual.requestParams.filter((param) => !repeatLists.some((prefix) => param.name.startsWith(prefix))).map((param) => (param.required && newer.get(param.name)?.required === false ? { ...param, required: false } : param));
  for (const param of meta.parameters) {
    if (!merged.some((known) => known.name === param.name)) merged.push({ name: param.name, type: param.type, required: param.required });
  }
  TABLE.set(action, { ...manual, requestParams: merged });
}

export function specFor(action: string): SpecAction | undefined {
  return TABLE.get(action);
}

export function specActionNames(): string[] {
  return [...TABLE.keys()];
}

export function specQps(action: string): number | undefined {
  const qps = TABLE.get(action)?.qps;
  return qps && /^\d+$/.test(qps) ? Number(qps) : undefined;
}

/** The spec's error for `code` in this action's table, so handlers answer with its exact message and status. */
export function specError(action: string, code: string): SpecError | undefined {
  return TABLE.get(action)?.errors.find((error) => error.code === code);
}

interface CheckedParam {
  readonly name: string;
  readonly required: boolean;
  readonly repeatList: boolean;
  /** The spec type in lower case. */
  readonly type: string;
}

/** Each action's parameters with what checkAgainstSpec needs, computed on the action's first request. */
const CHECKS = new Map<string, readonly CheckedParam[]>();

function checksOf(spec: SpecAction): readonly CheckedParam[] {
  let checks = CHECKS.get(spec.action);
  if (!checks) {
    checks = spec.requestParams.map((param) => ({ name: param.name, required: param.required, repeatList: param.type === 'RepeatList', type: param.type.toLowerCase() }));
    CHECKS.set(spec.action, checks);
  }
  return checks;
}

const INTEGER = /^-?\d+$/;

/** Required parameters present; numeric and boolean parameters well formed. */
export function checkAgainstSpec(action: string, params: Readonly<Record<string, string>>): void {
  const spec = TABLE.get(action);
  if (!spec) return;
  for (const param of checksOf(spec)) {
    if (param.repeatList) {
      if (param.required && !Object.keys(params).some((key) => key.startsWith(`${param.name}.`))) throw missingParameter(`${param.name}.1`);
      continue;
    }
    const value = params[param.name];
    if (value === undefined || value === '') {
      if (param.required) throw missingParameter(param.name);
      continue;
    }
    const type = param.type;
    if ((type === 'integer' || type === 'long') && !INTEGER.test(value)) throw invalidParameter(param.name, 'It must be an integer.');
    if (type === 'float' && !Number.isFinite(Number(value))) throw invalidParameter(param.name, 'It must be a number.');
    if (type === 'boolean' && !['true', 'false'].includes(value.toLowerCase())) throw invalidParameter(param.name, 'It must be true or false.');
  }
}
