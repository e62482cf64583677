import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface SpecActionEntry {
  action: string;
  family: string;
  requestExample: Record<string, string> | null;
  responseExample: unknown;
  requestParams: { name: string; type: string; required: boolean }[];
}

export const SPEC_ACTIONS: SpecActionEntry[] = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../src/sandbox/spec/actions.json', import.meta.url)), 'utf8'),
) as SpecActionEntry[];

/** The three examples the manual wraps in `<Action>Response` (a PDF/XML artefact): unwrap them. */
export function responseBody(entry: SpecActionEntry): unknown {
  const example = entry.responseExample as Record<string, unknown> | null;
  const wrapped = example?.[`${entry.action}Response`];
  return wrapped && typeof wrapped === 'object' ? wrapped : example;
}

/** Compares API parameter values the way the service reads them: JSON by value, lists without spaces. */
export function sameParamValue(a: string, b: string): boolean {
  const parse = (text: string): unknown => {
    try {
      const value: unknown = JSON.parse(text);
      return typeof value === 'object' ? value : undefined;
    } catch {
      return undefined;
    }
  };
  const ja = parse(a);
  const jb = parse(b);
  if (ja !== undefined && jb !== undefined) return JSON.stringify(ja) === JSON.stringify(jb);
  const norm = (text: string) => text.replace(/\s*,\s*/g, ',').replace(/\s*\n\s*/g, '\n').trim();
  return norm(a) === norm(b);
}
