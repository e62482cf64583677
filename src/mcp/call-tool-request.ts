import { CallToolRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';

/**
 * tools/call as the SDK defines it, except that `arguments` is passed on as the client sent it. The SDK's own schema
 * copies arguments into a fresh object, which drops a `__proto__` key without a trace; parseArguments must see it to
 * refuse it. (The SDK's server has already checked the request against its own schema.)
 */
export const CallToolRequestWithRawArgumentsSchema = CallToolRequestSchema.extend({
  params: CallToolRequestSchema.shape.params.extend({
    arguments: z.custom<Record<string, unknown>>((value) => typeof value === 'object' && value !== null && !Array.isArray(value)).optional(),
  }),
});
