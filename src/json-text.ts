import { randomUUID } from 'node:crypto';

/**
 * JSON text kept for values that are sent again and again unchanged (the tool list: up to ~0.5 MB, answered to
 * every tools/list of every session). A transport that writes JSON asks `stringify`, which splices the kept text in
 * instead of serializing the value again; the output is byte for byte what JSON.stringify writes.
 */
const kept = new WeakMap<object, string>();
/** Unguessable, so no string of a message can look like it. */
const MARK = `\u0000kept-json-${randomUUID()}\u0000`;

/** Keeps the JSON text of `value` (which must not change afterwards) and returns the value. */
export function keepJson<T extends object>(value: T): T {
  kept.set(value, JSON.stringify(value));
  return value;
}

/** JSON.stringify(message), reusing the kept text of its `result.tools` when that is a kept value. */
export function stringify(message: unknown): string {
  const result = message && typeof message === 'object' && 'result' in message ? (message as { result: unknown }).result : undefined;
  const tools = result && typeof result === 'object' && 'tools' in result ? (result as { tools: unknown }).tools : undefined;
  const text = tools && typeof tools === 'object' ? kept.get(tools) : undefined;
  if (text === undefined) return JSON.stringify(message);
  const outline = JSON.stringify({ ...(message as object), result: { ...(result as object), tools: MARK } });
  const at = outline.indexOf(JSON.stringify(MARK));
  return outline.slice(0, at) + text + outline.slice(at + JSON.stringify(MARK).length);
}
