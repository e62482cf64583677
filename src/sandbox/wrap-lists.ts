import { LIST_WRAPPERS } from '../wire/list-wrappers.js';

type Json = Record<string, unknown>;

/**
 * The encoder's half of src/client/unwrap-lists.ts: handlers answer flat lists (`VideoList: [...]`) and this wraps
 * each one where the real service does (`VideoList: { Video: [...] }`), from the same per-action table taken from
 * the official models, for JSON and XML alike. The handler's value is not changed (it may share objects with the
 * state): wrapped parts are copies.
 */
export function wrapLists(action: string, body: Json): Json {
  const steps = stepsOf(action);
  if (!steps) return body;
  let value = body;
  for (const [path, split] of steps) value = wrapAt(value, split, path) as Json;
  return value;
}

const STEPS = new Map<string, readonly (readonly [string, readonly string[]])[] | undefined>();

/** The action's paths split into steps, inner paths first (`VideoList[].Snapshots.Snapshot` reads the flat outer list, so it goes before `VideoList.Video`); computed once per action. */
function stepsOf(action: string): readonly (readonly [string, readonly string[]])[] | undefined {
  if (STEPS.has(action)) return STEPS.get(action);
  const paths = LIST_WRAPPERS[action];
  const steps = paths ? [...paths].reverse().map((path) => [path, path.split('.')] as const) : undefined;
  STEPS.set(action, steps);
  return steps;
}

function wrapAt(value: unknown, steps: readonly string[], path: string): unknown {
  const [step, ...rest] = steps;
  if (step === undefined || !isObject(value)) return value;
  const each = step.endsWith('[]');
  const name = each ? step.slice(0, -2) : step;
  const child = value[name];
  if (child === undefined) return value;
  let next: unknown;
  if (rest.length === 1 && !each) {
    if (!Array.isArray(child)) throw new Error(`sandbox handler answered ${name} as ${typeof child}, not a flat list (${path})`);
    next = { [rest[0]!]: child };
  } else if (each) {
    next = Array.isArray(child) ? child.map((item) => wrapAt(item, rest, path)) : child;
  } else next = wrapAt(child, rest, path);
  return next === child ? value : { ...value, [name]: next };
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
