import { randomUUID } from 'node:crypto';

/**
 * JSON text kept, already UTF-8 encoded, for values sent again and again unchanged (the tool list: up to ~0.5 MB,
 * answered to every tools/list of every session). Encoding half a megabyte of text costs more than writing it, so a
 * transport that writes JSON asks `jsonLine`, which serializes the rest of the message and hands the kept bytes over
 * as they are; the pieces together are byte for byte what JSON.stringify writes.
 */
const kept = new WeakMap<object, Buffer>();
/** Unguessable, so no string of a message can look like it. */
const MARK = JSON.stringify(`\u0000kept-json-${randomUUID()}\u0000`);

/** Keeps the JSON text of `value` (which must not change afterwards) and returns the value. */
export function keepJson<T extends object>(value: T): T {
  kept.set(value, Buffer.from(JSON.stringify(value), 'utf8'));
  return value;
}

/**
 * JSON.stringify(message) followed by a newline, as pieces to write in order: the kept bytes of its `result.tools`,
 * when that is a kept value, between the serialized text before and after it.
 */
export function jsonLine(message: unknown): (string | Buffer)[] {
  const result = message && typeof message === 'object' && 'result' in message ? (message as { result: unknown }).result : undefined;
  const tools = result && typeof result === 'object' && 'tools' in result ? (result as { tools: unknown }).tools : undefined;
  const bytes = tools && typeof tools === 'object' ? kept.get(tools) : undefined;
  if (bytes === undefined) return [`${JSON.stringify(message)}\n`];
  const outline = JSON.stringify({ ...(message as object), result: { ...(result as object), tools: JSON.parse(MARK) as string } });
  const at = outline.indexOf(MARK);
  return [outline.slice(0, at), bytes, `${outline.slice(at + MARK.length)}\n`];
}
