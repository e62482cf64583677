import type { Arbitrary } from 'fast-check';

export type JsonSchema = Record<string, unknown>;

export function valueArbitrary(schema: JsonSchema, options?: { optionalRate?: number }): Arbitrary<unknown>;

export interface InvalidCase {
  readonly args: Record<string, unknown>;
  readonly site: { readonly kind: string; readonly path: string };
}

export function invalidArgumentsArbitrary(inputSchema: JsonSchema): Arbitrary<InvalidCase>;
