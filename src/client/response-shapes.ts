import type { ApiResponse } from './vod-client.js';

/**
 * A list field of an answer in the client's flat shape (parseResponse has replaced the service's wrappers with their
 * lists, src/client/unwrap-lists.ts): absent means empty. Anything else is not the documented shape and is an error,
 * not a guess.
 */
export function listOf(answer: ApiResponse | undefined, field: string): Record<string, unknown>[] {
  const value = answer?.[field];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new TypeError(`The answer's ${field} is not a list.`);
  return value as Record<string, unknown>[];
}

/** An ID list field of an answer in the flat shape (`NonExistVideoIds: ['a', 'b']`): absent means empty. */
export function idListOf(answer: ApiResponse | undefined, field: string): string[] {
  return (listOf(answer, field) as unknown[]).map(String);
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}
