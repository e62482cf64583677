import { z } from 'zod';

/**
 * The params of tools/call as the spec defines them, except that `arguments` is passed on as the client sent it.
 * The SDK's own spec schema copies arguments into a fresh object, which drops a `__proto__` key without a trace;
 * parseArguments must see it to refuse it. Registered with the SDK's 3-argument setRequestHandler form, which
 * validates params against this schema (and still runs the server's own tools/call result checks).
 */
export const CallToolParamsWithRawArguments = z.looseObject({
  name: z.string(),
  arguments: z.custom<Record<string, unknown>>((value) => typeof value === 'object' && value !== null && !Array.isArray(value), 'arguments must be an object').optional(),
  _meta: z.looseObject({ progressToken: z.union([z.string(), z.number()]).optional() }).optional(),
});

export type CallToolParams = z.infer<typeof CallToolParamsWithRawArguments>;
