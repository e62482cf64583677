import { z } from 'zod';

/**
 * How a parameter travels on the wire when the default (scalars as text, scalar lists comma-joined, objects as JSON)
 * is not what the API expects: `repeatList` is the metadata's RepeatList (`Tag.1.Key=a&Tag.1.Value=b`, or `Id.1=a`
 * for scalars), `json` a list the API takes as one JSON text (the metadata's Json type, e.g. `[1000,2000]`).
 */
export type WireFormat = 'repeatList' | 'json';

const wireFormats = z.registry<{ wire: WireFormat }>();

/** Declares the schema's wire format; the same schema instance is what toApiParams finds under optional/default. */
export function withWireFormat<T extends z.ZodType>(schema: T, wire: WireFormat): T {
  wireFormats.add(schema, { wire });
  return schema;
}

/** Carries a declared format over to a rebuilt copy of the schema (hardenInput clones every schema it hardens). */
export function copyWireFormat(from: z.ZodType, to: z.ZodType): void {
  const declared = wireFormats.get(from);
  if (declared) wireFormats.add(to, declared);
}

export const repeatList = <T extends z.ZodType>(schema: T) => withWireFormat(schema, 'repeatList');
export const jsonList = <T extends z.ZodType>(schema: T) => withWireFormat(schema, 'json');

/** The declared format of a tool argument's schema, looking through optional, default and nullable wrappers. */
export function wireFormatOf(schema: unknown): WireFormat | undefined {
  let current = schema;
  while (current instanceof z.ZodType) {
    const declared = wireFormats.get(current);
    if (declared) return declared.wire;
    if (current instanceof z.ZodOptional || current instanceof z.ZodDefault || current instanceof z.ZodNullable) current = current.unwrap();
    else return undefined;
  }
  return undefined;
}
