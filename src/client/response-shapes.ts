/** The API nests lists differently across actions (`[...]`, `{ Category: [...] }`, a lone object): flatten them. */
export function asList(value: unknown): Record<string, unknown>[] {
  if (Array.isArray(value)) return value as Record<string, unknown>[];
  if (value && typeof value === 'object') {
    const entries = Object.values(value as Record<string, unknown>);
    if (entries.length === 1 && Array.isArray(entries[0])) return entries[0] as Record<string, unknown>[];
    return [value as Record<string, unknown>];
  }
  return [];
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

/** An ID list the API returns as an array, a wrapped array (`{ String: [...] }`) or a comma string. */
export function idsOf(value: unknown): string[] {
  if (typeof value === 'string') return value ? value.split(',') : [];
  if (Array.isArray(value)) return value.map(String);
  if (value && typeof value === 'object') {
    const [inner] = Object.values(value as Record<string, unknown>);
    return Array.isArray(inner) ? inner.map(String) : [];
  }
  return [];
}
