import { z } from 'zod';
import { utf8String } from '../schema-helpers.js';

/** Field rules shared by the media, image and attached-media update tools (spec 7.3.5, 7.4.2, 7.5.2). */

export const MAX_TAGS = 16;
export const MAX_TAG_BYTES = 32;
const EMOJI = /\p{Extended_Pictographic}/u;

const byteLength = (value: string) => Buffer.byteLength(value, 'utf8');

export const title = () => utf8String(128, 'Title.');
export const description = () => utf8String(1024, 'Description.', { multiline: true });
export const categoryId = () => z.number().int().positive().describe('Category ID.');

/** Tags as a tool argument: an array (the API joins them with commas). */
export const tagList = () =>
  z
    .array(z.string().min(1).refine((tag) => byteLength(tag) <= MAX_TAG_BYTES, `each tag at most ${MAX_TAG_BYTES} bytes`))
    .min(1)
    .max(MAX_TAGS)
    .describe(`Tags, each max ${MAX_TAG_BYTES} bytes; max ${MAX_TAGS}.`);

/** Tags inside an UpdateContent JSON item, where the API keeps them as one comma-separated string. */
export const tagString = () =>
  z
    .string()
    .refine((value) => tagsWithinLimits(value), `at most ${MAX_TAGS} comma-separated tags of at most ${MAX_TAG_BYTES} bytes each`)
    .describe(`Comma-separated tags, max ${MAX_TAGS}, each max ${MAX_TAG_BYTES} bytes.`);

export function tagsWithinLimits(value: string): boolean {
  const tags = value.split(',').map((tag) => tag.trim()).filter(Boolean);
  return tags.length <= MAX_TAGS && tags.every((tag) => byteLength(tag) <= MAX_TAG_BYTES);
}

export const withoutEmoji = <T extends z.ZodType<string>>(schema: T) => schema.refine((value) => !EMOJI.test(value), 'must not contain emoji');

export const outputType = () => z.enum(['oss', 'cdn']).describe('URL type: oss origin or cdn (default).');

/** OSS URLs are signed for at most 30 days; CDN URL-auth lifetimes are unbounded. */
export const MAX_OSS_AUTH_TIMEOUT = 2_592_000;

export const authTimeout = () => z.number().int().min(1).describe('URL validity in seconds.');

export function checkOssTimeout(args: { AuthTimeout?: number | undefined; OutputType?: string | undefined }, ctx: z.RefinementCtx): void {
  if (args.OutputType === 'oss' && args.AuthTimeout !== undefined && args.AuthTimeout > MAX_OSS_AUTH_TIMEOUT) {
    ctx.addIssue({ code: 'custom', path: ['AuthTimeout'], message: `must be at most ${MAX_OSS_AUTH_TIMEOUT} seconds for oss URLs` });
  }
}
