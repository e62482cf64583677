import type { ActionContext, SandboxEnv } from '../../action-context.js';
import { invalidParameter } from '../../errors.js';
import { canonicalValue, CATALOG_DIMENSIONS, dimensionShare, dimensionValues, orderOf, type CatalogDimension } from './dimensions.js';
import { VALUE_SEPARATOR } from './player-query.js';

/** Fields whose values have an order, and so take `>` and `<` as well as `=` and `!=` (SDK model). */
const ORDERED: readonly CatalogDimension[] = ['SdkVersion', 'VideoDefinition'];
const OPS = ['=', '!=', '>', '<'] as const;
const MAX_FILTERS = 3;

/** One filter, resolved to the dimension values it selects; the answer is broken down by these values. */
export interface Filter {
  readonly field: CatalogDimension;
  readonly values: readonly string[];
}

const versionParts = (value: string) => value.split('.').map((part) => Number(part) || 0);
function compareVersions(a: string, b: string): number {
  const [x, y] = [versionParts(a), versionParts(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

function compare(env: SandboxEnv, field: CatalogDimension, a: string, b: string): number {
  return field === 'SdkVersion' ? compareVersions(a, b) : orderOf(env, field, a) - orderOf(env, field, b);
}

/** Filters: a JSON list of at most 3 {Field, Op, Value} (Value joined by #_#). Fields compare case-insensitively. */
export function readFilters(context: ActionContext): Filter[] {
  const raw = context.json<unknown>('Filters');
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) throw invalidParameter('Filters', 'It must be a JSON list of {Field, Op, Value}.');
  if (raw.length > MAX_FILTERS) throw invalidParameter('Filters', `At most ${MAX_FILTERS} dimensions.`);
  const filters = raw.map((item: unknown) => readFilter(context, item));
  if (new Set(filters.map((filter) => filter.field)).size !== filters.length) throw invalidParameter('Filters', 'Give each Field once.');
  return filters;
}

function readFilter(context: ActionContext, item: unknown): Filter {
  const { Field, Op, Value } = (item && typeof item === 'object' ? item : {}) as Record<string, unknown>;
  const field = CATALOG_DIMENSIONS.find((name) => typeof Field === 'string' && name.toLowerCase() === Field.toLowerCase());
  if (!field) throw invalidParameter('Filters', `Field must be one of ${CATALOG_DIMENSIONS.join(', ')}.`);
  const op = OPS.find((candidate) => candidate === Op);
  if (!op) throw invalidParameter('Filters', `Op must be one of ${OPS.join(' ')}.`);
  if ((op === '>' || op === '<') && !ORDERED.includes(field)) throw invalidParameter('Filters', `${field} takes only = and !=.`);
  if (typeof Value !== 'string' || !Value.trim()) throw invalidParameter('Filters', 'Value must be a non-empty string.');
  const given = Value.split(VALUE_SEPARATOR).map((value) => value.trim());
  const known = dimensionValues(context, field);
  if (op === '>' || op === '<') {
    if (given.length !== 1) throw invalidParameter('Filters', `${op} takes one value.`);
    const bound = canonicalValue(context, field, given[0]!) ?? given[0]!;
    if (field !== 'SdkVersion' && orderOf(context, field, bound) < 0) throw invalidParameter('Filters', `Unknown ${field} ${bound}.`);
    const sign = op === '>' ? 1 : -1;
    return { field, values: known.filter((value) => sign * compare(context, field, value, bound) > 0) };
  }
  const named = new Set(given.map((value) => canonicalValue(context, field, value)).filter((value): value is string => value !== undefined));
  return { field, values: known.filter((value) => (op === '=' ? named.has(value) : !named.has(value))) };
}

/** One combination of filter values: its label (values joined by `_`, as the SDK model's H265_MP4_WIFI) and share. */
export interface Combination {
  readonly label: string;
  share(env: SandboxEnv, at: number): number;
}

/** Every combination of the filters' values, in filter order. */
export function combinations(filters: readonly Filter[]): Combination[] {
  let combos: { parts: [CatalogDimension, string][] }[] = [{ parts: [] }];
  for (const filter of filters) combos = combos.flatMap((combo) => filter.values.map((value) => ({ parts: [...combo.parts, [filter.field, value] as [CatalogDimension, string]] })));
  return combos.map(({ parts }) => ({
    label: parts.map(([, value]) => value).join('_'),
    share: (env, at) => parts.reduce((share, [field, value]) => share * dimensionShare(env, field, value, at), 1),
  }));
}
