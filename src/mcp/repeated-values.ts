/**
 * Long values the service repeats inside one answer (a cover URL that is also the first snapshot, a signed play URL
 * listed under two names, the same credential in two places) are written in full once in a result's text; every
 * later copy refers to the first. Structured content keeps every copy, so it still validates against the schema.
 */

import { containsUntrustedText, delimitData, UNTRUSTED_NOTICE } from './untrusted.js';

/** Shorter strings cost less than the reference that would replace them. */
export const REPEAT_MIN_CHARS = 96;

export const REFERENCE_PREFIX = '(same as ';

export interface Referred {
  readonly value: unknown;
  /** How many copies were replaced by a reference. */
  readonly replaced: number;
}

const step = (path: string, key: string | number) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key);

/** A copy of `value` (in JSON order) in which each long string seen before reads `(same as <path of its first place>)`. */
export function referRepeats(value: unknown): Referred {
  // Most results repeat nothing: a first pass without copies or paths finds out, and they are returned as they are.
  if (!hasRepeat(value, new Set())) return { value, replaced: 0 };
  const firstPlace = new Map<string, string>();
  let replaced = 0;
  const walk = (node: unknown, path: string): unknown => {
    if (typeof node === 'string') {
      if (node.length < REPEAT_MIN_CHARS) return node;
      const first = firstPlace.get(node);
      if (first === undefined) {
        firstPlace.set(node, path || '(the result)');
        return node;
      }
      replaced++;
      return `${REFERENCE_PREFIX}${first})`;
    }
    if (Array.isArray(node)) return node.map((item, index) => walk(item, step(path, index)));
    if (node && typeof node === 'object') {
      const copy: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(node)) copy[key] = walk(child, step(path, key));
      return copy;
    }
    return node;
  };
  const copy = walk(value, '');
  return { value: replaced ? copy : value, replaced };
}

/** Whether some long string occurs twice (`seen`: the long strings met so far). */
function hasRepeat(node: unknown, seen: Set<string>): boolean {
  if (typeof node === 'string') {
    if (node.length < REPEAT_MIN_CHARS) return false;
    if (seen.has(node)) return true;
    seen.add(node);
    return false;
  }
  if (Array.isArray(node)) {
    for (const item of node) if (hasRepeat(item, seen)) return true;
    return false;
  }
  if (node && typeof node === 'object') {
    for (const child of Object.values(node)) if (hasRepeat(child, seen)) return true;
  }
  return false;
}

export const REPEATS_NOTICE =
  'Long values that occur more than once in this result are written in full at their first place; each later copy reads "(same as <path>)". structuredContent has every copy in place.';

/** A result's text and how many repeats it refers to (see renderWithoutRepeats). */
export function renderCountingRepeats(value: unknown): { readonly text: string; readonly replaced: number } {
  const { value: shown, replaced } = referRepeats(value);
  return { text: containsUntrustedText(value) ? `${UNTRUSTED_NOTICE}\n${delimitData(shown)}` : JSON.stringify(shown), replaced };
}

/**
 * A result's text with repeats referred to. Whether it is fenced is decided on the value as the service sent it: a
 * reference holds only the path of keys that value already has.
 */
export function renderWithoutRepeats(value: unknown): string {
  return renderCountingRepeats(value).text;
}
