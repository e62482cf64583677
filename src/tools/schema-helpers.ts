import { z } from 'zod';

/** Shared argument shapes, so every tool states the spec's rules in the schema, not only in prose. */

export const UTC_TIME_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

export const utcTime = (description: string) =>
  z.string().regex(UTC_TIME_PATTERN, 'must be a UTC time in the form yyyy-MM-ddTHH:mm:ssZ').describe(description);

/** Strings whose limit the spec states in UTF-8 bytes (Title 128, Description 1024...). */
export const utf8String = (maxBytes: number, description: string) =>
  z
    .string()
    .refine((value) => Buffer.byteLength(value, 'utf8') <= maxBytes, `must be at most ${maxBytes} bytes in UTF-8`)
    .describe(`${description} Max ${maxBytes} bytes.`);

/** A comma-separated list in the API, an array in the tool. */
export const idList = (max: number, description: string, item: z.ZodString = z.string().min(1)) =>
  z.array(item).min(1).max(max).describe(`${description} 1-${max} items.`);

export const pageNo = () => z.number().int().min(1).describe('Page number, from 1.');

export const pageSize = (max: number, fallback?: number) =>
  z.number().int().min(1).max(max).describe(`Items per page, 1-${max}${fallback ? ` (default ${fallback})` : ''}.`);

export const httpUrl = (description: string) =>
  z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).describe(description);

// Output side: loose, since the service adds fields over time, and tolerant of the spec's masked examples ("781111****").
export const out = {
  str: () => z.string().optional(),
  num: () => z.number().optional(),
  long: () => z.union([z.number(), z.string()]).optional(),
  bool: () => z.union([z.boolean(), z.string()]).optional(),
  obj: <T extends z.ZodRawShape>(shape: T) => z.looseObject(shape),
  list: <T extends z.ZodType>(item: T) => z.array(item).optional(),
  any: () => z.unknown().optional(),
};

/** Every response carries RequestId; build an output schema from the rest of its fields. */
export const response = <T extends z.ZodRawShape>(shape: T) => z.looseObject({ RequestId: z.string(), ...shape });
