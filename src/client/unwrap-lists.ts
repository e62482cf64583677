import { LIST_WRAPPERS } from '../wire/list-wrappers.js';

type Json = Record<string, unknown>;

/**
 * The one place where the service's list wrappers are removed: `VideoList: { Video: [...] }` becomes
 * `VideoList: [...]`, for the paths the official models give per action (src/wire/list-wrappers.ts). A lone
 * element (as XML decoding yields for one item) becomes a one-item list, an absent or empty wrapper an empty list.
 * Everything after the client reads this flat shape.
 */
export function unwrapLists<T extends Json>(action: string, body: T): T {
  const paths = LIST_WRAPPERS[action];
  if (!paths) return body;
  for (const path of paths) unwrapAt([body], path.split('.'));
  return body;
}

function unwrapAt(parents: readonly unknown[], steps: readonly string[]): void {
  const [step, ...rest] = steps;
  if (step === undefined) return;
  const each = step.endsWith('[]');
  const name = each ? step.slice(0, -2) : step;
  for (const parent of parents) {
    if (!isObject(parent) || !(name in parent)) continue;
    if (rest.length === 1 && !each) {
      parent[name] = listOf(parent[name], rest[0]!);
      continue;
    }
    const value = parent[name];
    unwrapAt(each && Array.isArray(value) ? value : [value], rest);
  }
}

function listOf(wrapper: unknown, inner: string): unknown[] {
  if (Array.isArray(wrapper)) return wrapper;
  if (!isObject(wrapper)) return [];
  const items = wrapper[inner];
  if (Array.isArray(items)) return items;
  return items === undefined || items === null || items === '' ? [] : [items];
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
