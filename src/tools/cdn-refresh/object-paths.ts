import { z } from 'zod';
import type { ApiParams } from '../../client/index.js';
import { toApiParams } from '../define-tool.js';
import { NEWLINE_LIST_ITEM, URL_MAX_LENGTH } from '../schema-helpers.js';

/** URLs (`host/path`, scheme optional); the API takes them newline-separated. */
export const objectPaths = (max: number, description: string) =>
  z
    .array(z.string().min(1).max(URL_MAX_LENGTH).check(NEWLINE_LIST_ITEM))
    .min(1)
    .max(max)
    .describe(`${description} 1-${max} items.`);

/** Default serialization, with ObjectPath joined by newlines instead of commas. */
export function withNewlinePaths(args: { ObjectPath: string[] } & Record<string, unknown>): ApiParams {
  return { ...toApiParams(args), ObjectPath: args.ObjectPath.join('\n') };
}
